import { ESCALATION_TRIGGERS, type EscalationTrigger } from "../events/catalogue";
import type { ConversationFacts, EscalationFact } from "./conversation-facts";
import { tierOf } from "./handoff-waits";
import { ratio } from "./statistics";

/** Where the AI's handoffs come from, cut by trigger, intent, specialist, tier and hour of day. */

export interface TriggerRow {
  trigger: EscalationTrigger;
  /** Handoffs on which this trigger fired, as the main reason or alongside it. */
  fired: number;
  /** Handoffs whose main reason it was. */
  primary: number;
  /** primary / all handoffs. */
  primaryShare: number | null;
}

export interface CountRow {
  key: string;
  escalations: number;
  share: number | null;
}

export interface TierRow {
  tier: string;
  conversations: number;
  escalatedConversations: number;
  escalationRate: number | null;
  escalations: number;
}

function allEscalations(facts: readonly ConversationFacts[]): EscalationFact[] {
  return facts.flatMap((f) => f.escalations);
}

export function escalationsByTrigger(facts: readonly ConversationFacts[]): TriggerRow[] {
  const escalations = allEscalations(facts);
  return ESCALATION_TRIGGERS.map((trigger) => {
    const primary = escalations.filter((e) => e.primaryTrigger === trigger).length;
    return { trigger, fired: escalations.filter((e) => e.triggers.includes(trigger)).length, primary, primaryShare: ratio(primary, escalations.length) };
  }).sort((a, b) => b.fired - a.fired || b.primary - a.primary);
}

function countBy(escalations: readonly EscalationFact[], keyOf: (e: EscalationFact) => string): CountRow[] {
  const counts = new Map<string, number>();
  for (const e of escalations) counts.set(keyOf(e), (counts.get(keyOf(e)) ?? 0) + 1);
  return [...counts]
    .map(([key, count]) => ({ key, escalations: count, share: ratio(count, escalations.length) }))
    .sort((a, b) => b.escalations - a.escalations || a.key.localeCompare(b.key));
}

export function escalationsByIntent(facts: readonly ConversationFacts[]): CountRow[] {
  return countBy(allEscalations(facts), (e) => e.intent ?? "unclassified");
}

export function escalationsBySpecialist(facts: readonly ConversationFacts[]): CountRow[] {
  return countBy(allEscalations(facts), (e) => e.specialist ?? "unknown");
}

export function escalationsByTier(facts: readonly ConversationFacts[]): TierRow[] {
  const rows = new Map<string, TierRow>();
  for (const tier of ["free", "pro", "premium", "enterprise"]) {
    rows.set(tier, { tier, conversations: 0, escalatedConversations: 0, escalationRate: null, escalations: 0 });
  }
  for (const f of facts) {
    if (f.customerTurns === 0) continue;
    const row = rows.get(tierOf(f))!;
    row.conversations++;
    if (f.escalations.length > 0) row.escalatedConversations++;
    row.escalations += f.escalations.length;
  }
  return [...rows.values()].map((row) => ({ ...row, escalationRate: ratio(row.escalatedConversations, row.conversations) }));
}

export function localHour(at: number, timezone: string): number {
  const hour = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", hourCycle: "h23", timeZone: timezone }).format(new Date(at));
  return Number(hour);
}

/** All 24 hours, including the quiet ones, so a table or chart shows the whole day. */
export function escalationsByHour(facts: readonly ConversationFacts[], timezone: string): CountRow[] {
  const escalations = allEscalations(facts);
  const counts = Array.from({ length: 24 }, () => 0);
  for (const e of escalations) counts[localHour(e.at, timezone)]!++;
  return counts.map((count, hour) => ({ key: `${String(hour).padStart(2, "0")}:00`, escalations: count, share: ratio(count, escalations.length) }));
}
