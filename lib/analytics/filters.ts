import { z } from "zod";
import { ESCALATION_TRIGGERS } from "../events/catalogue";
import type { ConversationFacts } from "./conversation-facts";
import { tierOf } from "./handoff-waits";

/**
 * The supervisor pages' filters, read from and written to the URL so a view can be shared or
 * bookmarked. Days are UTC calendar days; `to` is included.
 */

const DAY_MS = 24 * 3600 * 1000;
export const DEFAULT_RANGE_DAYS = 30;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)));
const blankToUndefined = (value: unknown) => (value === "" ? undefined : value);

export const analyticsFilterSchema = z.object({
  from: z.preprocess(blankToUndefined, day.optional()),
  to: z.preprocess(blankToUndefined, day.optional()),
  tier: z.preprocess(blankToUndefined, z.enum(["free", "pro", "premium", "enterprise"]).optional()),
  intent: z.preprocess(blankToUndefined, z.string().regex(/^[a-z0-9_]{1,64}$/).optional()),
  trigger: z.preprocess(blankToUndefined, z.enum(ESCALATION_TRIGGERS).optional()),
});

export interface AnalyticsFilters {
  /** Inclusive start and exclusive end of the period. */
  start: Date;
  end: Date;
  tier?: "free" | "pro" | "premium" | "enterprise";
  intent?: string;
  trigger?: (typeof ESCALATION_TRIGGERS)[number];
}

export function dayOf(at: Date): string {
  return at.toISOString().slice(0, 10);
}

function startOfDay(value: string): Date {
  return new Date(`${value}T00:00:00Z`);
}

/** Unknown or malformed parameters fall back to the last 30 days without other filters. */
export function readFilters(params: Record<string, string | string[] | undefined>, now: Date): AnalyticsFilters {
  const flat = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  const parsed = analyticsFilterSchema.safeParse(flat);
  const values = parsed.success ? parsed.data : {};
  const end = values.to ? new Date(startOfDay(values.to).getTime() + DAY_MS) : new Date(startOfDay(dayOf(now)).getTime() + DAY_MS);
  const start = values.from ? startOfDay(values.from) : new Date(end.getTime() - DEFAULT_RANGE_DAYS * DAY_MS);
  return {
    start: start < end ? start : new Date(end.getTime() - DAY_MS),
    end,
    ...(values.tier ? { tier: values.tier } : {}),
    ...(values.intent ? { intent: values.intent } : {}),
    ...(values.trigger ? { trigger: values.trigger } : {}),
  };
}

/** The same filters as URL parameters, for links such as the CSV exports. */
export function filterQuery(filters: AnalyticsFilters): string {
  const params = new URLSearchParams({ from: dayOf(filters.start), to: dayOf(new Date(filters.end.getTime() - DAY_MS)) });
  if (filters.tier) params.set("tier", filters.tier);
  if (filters.intent) params.set("intent", filters.intent);
  if (filters.trigger) params.set("trigger", filters.trigger);
  return params.toString();
}

export function previousPeriod(filters: AnalyticsFilters): AnalyticsFilters {
  const length = filters.end.getTime() - filters.start.getTime();
  return { ...filters, start: new Date(filters.start.getTime() - length), end: filters.start };
}

export function applyFilters(facts: readonly ConversationFacts[], filters: AnalyticsFilters): ConversationFacts[] {
  return facts.filter(
    (f) =>
      f.createdAt >= filters.start.getTime() &&
      f.createdAt < filters.end.getTime() &&
      (!filters.tier || tierOf(f) === filters.tier) &&
      (!filters.intent || f.intents.includes(filters.intent)) &&
      (!filters.trigger || f.escalations.some((e) => e.triggers.includes(filters.trigger!))),
  );
}
