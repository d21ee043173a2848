import type { ConversationFacts } from "./conversation-facts";
import { dayOf, type AnalyticsFilters } from "./filters";
import { tierOf } from "./handoff-waits";
import { addToRollup, contributionOf, emptyRollupTally, type RollupTally } from "./overview";

/**
 * How a change in conversations' logs moves the daily rollups, as a pure function. Each rollup sums
 * the conversations that started on one UTC day and match one filter slice: a tier, an intent and
 * a trigger, each or all ("*"). A conversation counts in every slice it matches, so any combination
 * of the supervisor pages' filters is one row per day.
 *
 * A conversation's contribution is recomputed from its whole log rather than patched event by
 * event: events can commit out of order, and whether a conversation was resolved by the AI alone
 * depends on everything after it, so the old contribution comes out and the new one goes in.
 */

export const ANY = "*";

export function sliceKey(tier: string, intent: string, trigger: string): string {
  return `${tier}|${intent}|${trigger}`;
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

export function rollupKey(day: string, slice: string): string {
  return `${day} ${slice}`;
}

function keysOf(folded: FoldedConversation | null): string[] {
  return folded ? folded.slices.map((slice) => rollupKey(folded.day, slice)) : [];
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
