import { z } from "zod";
import { ESCALATION_TRIGGERS } from "../events/catalogue";
import type { SlaPolicy } from "../workspace/settings";
import type { ConversationFacts, EscalationFact } from "./conversation-facts";
import { localHour } from "./escalation-breakdowns";
import { abandonmentOf, slaOf } from "./handoff-waits";
import { isAiResolved, isReEscalated, stayedWithAi } from "./overview";

/**
 * The conversations behind one number on the supervisor pages. A number is a set (which
 * conversations a headline counts) and optionally a cut of their handoffs (the row of a table);
 * the page filters (period, tier, intent, trigger) apply on top, exactly as they do to the number.
 */

export const drillSets = [
  "conversations",
  "ai-resolved",
  "escalated",
  "re-escalated",
  "rated-ai",
  "rated-after-handoff",
  "human-replied",
  "assigned",
  "abandoned",
  "sla-met",
] as const;

export type DrillSet = (typeof drillSets)[number];

const blankToUndefined = (value: unknown) => (value === "" ? undefined : value);

export const drillSchema = z.object({
  set: z.preprocess(blankToUndefined, z.enum(drillSets).default("conversations")),
  primary: z.preprocess(blankToUndefined, z.enum(ESCALATION_TRIGGERS).optional()),
  fired: z.preprocess(blankToUndefined, z.enum(ESCALATION_TRIGGERS).optional()),
  handoffIntent: z.preprocess(blankToUndefined, z.string().regex(/^[a-z0-9_]{1,64}$/).optional()),
  specialist: z.preprocess(blankToUndefined, z.string().regex(/^[a-z0-9_]{1,64}$/).optional()),
  hour: z.preprocess(blankToUndefined, z.coerce.number().int().min(0).max(23).optional()),
});

export type Drill = z.infer<typeof drillSchema>;

export const setLabels: Record<DrillSet, string> = {
  conversations: "Conversations",
  "ai-resolved": "Resolved by the AI alone",
  escalated: "Handed to a person",
  "re-escalated": "Escalated again",
  "rated-ai": "Rated, AI only",
  "rated-after-handoff": "Rated after a handoff",
  "human-replied": "Handoffs a person answered",
  assigned: "Handoffs a person took",
  abandoned: "Handoffs abandoned while waiting",
  "sla-met": "Handoffs answered within the SLA",
};

/** Unknown or malformed parameters fall back to every conversation of the period. */
export function readDrill(params: Record<string, string | string[] | undefined>): Drill {
  const flat = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  const parsed = drillSchema.safeParse(flat);
  return parsed.success ? parsed.data : { set: "conversations" };
}

export type DrillLink = Record<string, string>;

/** The drill-down page's address for a number: the page filters' query with the drill's parameters set over it. */
export function drillHref(query: string, link: DrillLink): string {
  const params = new URLSearchParams(query);
  for (const [key, value] of Object.entries(link)) params.set(key, value);
  return `/supervisor/conversations?${params.toString()}`;
}

function cutMatches(e: EscalationFact, drill: Drill, timezone: string): boolean {
  return (
    (drill.primary === undefined || e.primaryTrigger === drill.primary) &&
    (drill.fired === undefined || e.triggers.includes(drill.fired)) &&
    (drill.handoffIntent === undefined || (e.intent ?? "unclassified") === drill.handoffIntent) &&
    (drill.specialist === undefined || (e.specialist ?? "unknown") === drill.specialist) &&
    (drill.hour === undefined || localHour(e.at, timezone) === drill.hour)
  );
}

/** The handoffs of one conversation that a handoff-level set counts. */
function handoffsInSet(f: ConversationFacts, set: DrillSet, sla: SlaPolicy, now: number): EscalationFact[] {
  switch (set) {
    case "human-replied":
      return f.escalations.filter((e) => e.firstHumanReplyAt !== null);
    case "assigned":
      return f.escalations.filter((e) => e.assignedAt !== null);
    case "abandoned":
      return f.escalations.filter((e) => abandonmentOf(e, f, now) === "abandoned");
    case "sla-met":
      return f.escalations.filter((e) => slaOf(e, f, sla, now).status === "met");
    default:
      return f.escalations;
  }
}

function inSet(f: ConversationFacts, set: DrillSet): boolean {
  switch (set) {
    case "ai-resolved":
      return isAiResolved(f);
    case "escalated":
      return f.escalations.length > 0;
    case "re-escalated":
      return f.escalations.length > 0 && isReEscalated(f);
    case "rated-ai":
      return f.csat !== null && stayedWithAi(f);
    case "rated-after-handoff":
      return f.csat !== null && !stayedWithAi(f);
    default:
      return true;
  }
}

export interface DrillRow {
  facts: ConversationFacts;
  /** Handoffs of this conversation that the number counted. */
  handoffs: number;
}

const HANDOFF_SETS: readonly DrillSet[] = ["escalated", "human-replied", "assigned", "abandoned", "sla-met"];

/**
 * Conversations already filtered by the page filters, narrowed to those behind the number. A cut
 * of the handoffs (trigger, intent, specialist, hour) keeps conversations with a handoff in it.
 */
export function drillDown(facts: readonly ConversationFacts[], drill: Drill, { sla, now, timezone }: { sla: SlaPolicy; now: Date; timezone: string }): DrillRow[] {
  const cut = drill.primary !== undefined || drill.fired !== undefined || drill.handoffIntent !== undefined || drill.specialist !== undefined || drill.hour !== undefined;
  const rows: DrillRow[] = [];
  for (const f of facts) {
    if (f.customerTurns === 0 || !inSet(f, drill.set)) continue;
    const handoffs = handoffsInSet(f, drill.set, sla, now.getTime()).filter((e) => cutMatches(e, drill, timezone));
    if ((cut || HANDOFF_SETS.includes(drill.set)) && handoffs.length === 0) continue;
    rows.push({ facts: f, handoffs: handoffs.length });
  }
  return rows.sort((a, b) => b.facts.createdAt - a.facts.createdAt);
}

export function describeDrill(drill: Drill): string {
  const parts: string[] = [setLabels[drill.set]];
  if (drill.primary) parts.push(`primary trigger ${drill.primary.replace(/_/g, " ")}`);
  if (drill.fired) parts.push(`trigger ${drill.fired.replace(/_/g, " ")} fired`);
  if (drill.handoffIntent) parts.push(`handoff intent ${drill.handoffIntent.replace(/_/g, " ")}`);
  if (drill.specialist) parts.push(`specialist ${drill.specialist}`);
  if (drill.hour !== undefined) parts.push(`handed off at ${String(drill.hour).padStart(2, "0")}:00`);
  return parts.join(" · ");
}
