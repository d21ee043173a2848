import type { SlaPolicy } from "../workspace/settings";
import type { ConversationFacts, EscalationFact } from "./conversation-facts";

/**
 * How each handoff was waited on: time to a person, whether the customer gave up, and whether the
 * tier's first-response target was met. Shared by the overview and the SLA table.
 */

/** A customer silent this long after a handoff nobody answered has left. */
export const ABANDONED_AFTER_MS = 30 * 60 * 1000;

export type AbandonmentState = "answered" | "abandoned" | "async" | "pending";

export function abandonmentOf(escalation: EscalationFact, facts: ConversationFacts, now: number): AbandonmentState {
  if (escalation.firstHumanReplyAt !== null) return "answered";
  if (escalation.askedForAsyncReply) return "async";
  const closed = facts.lastResolution !== null && facts.lastResolution.at >= escalation.at;
  const lastHeardFrom = Math.max(escalation.at, facts.lastCustomerMessageAt ?? 0);
  return closed || now - lastHeardFrom >= ABANDONED_AFTER_MS ? "abandoned" : "pending";
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

export function slaOf(escalation: EscalationFact, facts: ConversationFacts, sla: SlaPolicy, now: number): SlaReading {
  const targetSeconds = sla[tierOf(facts)].firstResponseSeconds;
  if (escalation.firstHumanReplyAt !== null) {
    const waitedSeconds = Math.round((escalation.firstHumanReplyAt - escalation.at) / 1000);
    return { status: waitedSeconds <= targetSeconds ? "met" : "breached", targetSeconds, waitedSeconds, replied: true };
  }
  const closedAt = facts.lastResolution !== null && facts.lastResolution.at >= escalation.at ? facts.lastResolution.at : now;
  const waitedSeconds = Math.round((Math.min(now, closedAt) - escalation.at) / 1000);
  return { status: waitedSeconds > targetSeconds ? "breached" : "pending", targetSeconds, waitedSeconds, replied: false };
}

export function secondsToFirstReply(escalation: EscalationFact): number | null {
  return escalation.firstHumanReplyAt === null ? null : Math.round((escalation.firstHumanReplyAt - escalation.at) / 1000);
}

export function secondsInQueue(escalation: EscalationFact): number | null {
  return escalation.assignedAt === null ? null : Math.round((escalation.assignedAt - escalation.at) / 1000);
}
