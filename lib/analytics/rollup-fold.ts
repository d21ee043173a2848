import type { ConversationFacts } from "./conversation-facts";
import { dayOf, type AnalyticsFilters } from "./filters";
import { tierOf } from "./handoff-waits";
import { addToRollup, contributionOf, emptyRollupTally, type RollupTally } from "./overview";

/**
 * How a change in conversations' logs moves the rollups, as a pure function. Each rollup sums the
 * conversations that started in one span of UTC days and match one filter slice: a tier, an intent
 * and a trigger, each or all ("*"). A conversation counts in every slice it matches, so any
 * combination of the supervisor pages' filters is one row per span. Spans are single days and
 * aligned runs of 4 and 16 days, each day in one of each, so a month is read from a handful of
 * rows (see spansCovering) while a fold writes three rows per slice.
 *
 * A conversation's contribution is recomputed from its whole log rather than patched event by
 * event: events can commit out of order, and whether a conversation was resolved by the AI alone
 * depends on everything after it, so the old contribution comes out and the new one goes in.
 */

export const ANY = "*";

export function sliceKey(tier: string, intent: string, trigger: string): string {
  return `${tier}|${intent}|${trigger}`;
}

/** Longest first; every length divides the next, so the runs of one length tile those of the next. */
const SPAN_DAYS = [16, 4, 1] as const;
const DAY_MS = 24 * 3600 * 1000;

function dayNumber(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / DAY_MS;
}

function spanAt(start: number, days: number): string {
  const day = new Date(start * DAY_MS).toISOString().slice(0, 10);
  return days === 1 ? day : `${day}+${days}`;
}

/** The spans a day counts in: itself, and the 4- and 16-day runs it falls in. */
export function spansOf(day: string): string[] {
  const n = dayNumber(day);
  return SPAN_DAYS.map((days) => spanAt(Math.floor(n / days) * days, days));
}

/** The fewest spans that together hold exactly these consecutive days (YYYY-MM-DD, from `first`, `count` of them). */
export function spansCovering(first: string, count: number): string[] {
  const spans: string[] = [];
  const end = dayNumber(first) + count;
  for (let n = dayNumber(first); n < end; ) {
    const days = SPAN_DAYS.find((length) => n % length === 0 && n + length <= end)!;
    spans.push(spanAt(n, days));
    n += days;
  }
  return spans;
}

export function sliceOfFilters(filters: Pick<AnalyticsFilters, "tier" | "intent" | "trigger">): string {
  return sliceKey(filters.tier ?? ANY, filters.intent ?? ANY, filters.trigger ?? ANY);
}

/** Every slice the conversation matches, the same tests applyFilters makes. */
export function slicesOf(facts: ConversationFacts): string[] {
  const tiers = [ANY, tierOf(facts)];
  const intents = [ANY, ...new Set(facts.intents)];
  const triggers = [ANY, ...new Set(facts.escalations.flatMap((e) => e.triggers))];
  return tiers.flatMap((tier) => intents.flatMap((intent) => triggers.map((trigger) => sliceKey(tier, intent, trigger))));
}

/** What one conversation adds to the rollups, and where. */
export interface FoldedConversation {
  conversationId: string;
  day: string;
  slices: string[];
  tally: RollupTally;
}

/** Null for a conversation in which the customer never wrote: it counts nowhere. */
export function foldedConversation(facts: ConversationFacts): FoldedConversation | null {
  const tally = contributionOf(facts);
  return tally && { conversationId: facts.id, day: dayOf(new Date(facts.createdAt)), slices: slicesOf(facts), tally };
}

export interface ContributionChange {
  before: FoldedConversation | null;
  after: FoldedConversation | null;
}

/** A rollup's span (a day, or a day and a length) and slice as one key; slices hold no spaces. */
export function rollupKey(span: string, slice: string): string {
  return `${span} ${slice}`;
}

export function splitRollupKey(key: string): { span: string; slice: string } {
  const at = key.indexOf(" ");
  return { span: key.slice(0, at), slice: key.slice(at + 1) };
}

function keysOf(folded: FoldedConversation | null): string[] {
  if (!folded) return [];
  const spans = spansOf(folded.day);
  return folded.slices.flatMap((slice) => spans.map((span) => rollupKey(span, slice)));
}

/** The rollups a set of changes writes to. */
export function affectedKeys(changes: readonly ContributionChange[]): Set<string> {
  return new Set(changes.flatMap(({ before, after }) => [...keysOf(before), ...keysOf(after)]));
}

/**
 * The affected rollups after the changes, from their current tallies (a missing key is an empty
 * day). A rollup no conversation counts in any more comes back null, to be deleted.
 */
export function foldIntoRollups(current: ReadonlyMap<string, RollupTally>, changes: readonly ContributionChange[]): Map<string, RollupTally | null> {
  const next = new Map<string, RollupTally>();
  const tallyAt = (key: string) => {
    let tally = next.get(key);
    if (!tally) {
      tally = structuredClone(current.get(key) ?? emptyRollupTally());
      next.set(key, tally);
    }
    return tally;
  };
  for (const { before, after } of changes) {
    if (before) for (const key of keysOf(before)) addToRollup(tallyAt(key), before.tally, -1);
    if (after) for (const key of keysOf(after)) addToRollup(tallyAt(key), after.tally, 1);
  }
  return new Map([...next].map(([key, tally]) => [key, tally.conversations === 0 ? null : tally]));
}
