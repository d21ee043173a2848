import type { SlaPolicy } from "../workspace/settings";
import type { ConversationFacts, EscalationFact } from "./conversation-facts";

/**
 * How each handoff was waited on: time to a person, whether the customer gave up, and whether the
 * tier's first-response target was met. Shared by the overview and the SLA table.
 */

/** A customer silent this long after a handoff nobody answered has left. */
export const ABANDONED_AFTER_MS = 30 * 60 * 1000;

export type AbandonmentState = "answered" | "abandoned" | "async" | "pending";

/**
 * What the outcome of one handoff's wait depends on besides the clock. Whether an unanswered
 * handoff was abandoned or missed its target changes with time alone, so the rollups keep these
 * and read them against the moment the overview is asked for.
 */
export interface HandoffClock {
  at: number;
  firstHumanReplyAt: number | null;
  askedForAsyncReply: boolean;
  /** When the conversation was resolved after the handoff; null while it was not. */
  closedAt: number | null;
  lastCustomerMessageAt: number | null;
}

export function handoffClockOf(escalation: EscalationFact, facts: ConversationFacts): HandoffClock {
  return {
    at: escalation.at,
    firstHumanReplyAt: escalation.firstHumanReplyAt,
    askedForAsyncReply: escalation.askedForAsyncReply,
    closedAt: facts.lastResolution !== null && facts.lastResolution.at >= escalation.at ? facts.lastResolution.at : null,
    lastCustomerMessageAt: facts.lastCustomerMessageAt,
  };
}

export function abandonmentAt(clock: HandoffClock, now: number): AbandonmentState {
  if (clock.firstHumanReplyAt !== null) return "answered";
  if (clock.askedForAsyncReply) return "async";
  const lastHeardFrom = Math.max(clock.at, clock.lastCustomerMessageAt ?? 0);
  return clock.closedAt !== null || now - lastHeardFrom >= ABANDONED_AFTER_MS ? "abandoned" : "pending";
}

export function abandonmentOf(escalation: EscalationFact, facts: ConversationFacts, now: number): AbandonmentState {
  return abandonmentAt(handoffClockOf(escalation, facts), now);
}

export interface SlaReading {
  status: "met" | "breached" | "pending";
  targetSeconds: number;
  /** Seconds until the first reply, or waited so far (until now or the conversation closed). */
  waitedSeconds: number;
  replied: boolean;
}

export function tierOf(facts: ConversationFacts): keyof SlaPolicy {
  const tier = facts.tier ?? "free";
  return tier === "pro" || tier === "premium" || tier === "enterprise" ? tier : "free";
}

export function slaAt(clock: HandoffClock, targetSeconds: number, now: number): SlaReading {
  if (clock.firstHumanReplyAt !== null) {
    const waitedSeconds = Math.round((clock.firstHumanReplyAt - clock.at) / 1000);
    return { status: waitedSeconds <= targetSeconds ? "met" : "breached", targetSeconds, waitedSeconds, replied: true };
  }
  const closedAt = clock.closedAt ?? now;
  const waitedSeconds = Math.round((Math.min(now, closedAt) - clock.at) / 1000);
  return { status: waitedSeconds > targetSeconds ? "breached" : "pending", targetSeconds, waitedSeconds, replied: false };
}

export function slaOf(escalation: EscalationFact, facts: ConversationFacts, sla: SlaPolicy, now: number): SlaReading {
  return slaAt(handoffClockOf(escalation, facts), sla[tierOf(facts)].firstResponseSeconds, now);
}

export function secondsToFirstReply(escalation: EscalationFact): number | null {
  return escalation.firstHumanReplyAt === null ? null : Math.round((escalation.firstHumanReplyAt - escalation.at) / 1000);
}

export function secondsInQueue(escalation: EscalationFact): number | null {
  return escalation.assignedAt === null ? null : Math.round((escalation.assignedAt - escalation.at) / 1000);
}
