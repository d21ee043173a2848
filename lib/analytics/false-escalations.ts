import type { EscalationTrigger } from "../events/catalogue";
import type { ConversationFacts } from "./conversation-facts";

/** Handoffs a person closed almost at once as needing nothing: the thresholds may fire too early. */

export const QUICK_RESOLUTION_MS = 10 * 60 * 1000;
export const NO_ACTION_NEEDED = "no_action_needed";

export interface FalseEscalationCandidate {
  conversationId: string;
  escalatedAt: Date;
  primaryTrigger: EscalationTrigger | null;
  triggers: EscalationTrigger[];
  intent: string | null;
  minutesToResolve: number;
  resolvedById: string | null;
}

export function falseEscalationCandidates(facts: readonly ConversationFacts[]): FalseEscalationCandidate[] {
  const candidates: FalseEscalationCandidate[] = [];
  for (const f of facts) {
    const resolution = f.lastResolution;
    if (!resolution || resolution.outcome !== NO_ACTION_NEEDED || resolution.byUserId === null) continue;
    const escalation = f.escalations.findLast((e) => e.at <= resolution.at);
    if (!escalation || resolution.at - escalation.at > QUICK_RESOLUTION_MS) continue;
    candidates.push({
      conversationId: f.id,
      escalatedAt: new Date(escalation.at),
      primaryTrigger: escalation.primaryTrigger,
      triggers: escalation.triggers,
      intent: escalation.intent,
      minutesToResolve: Math.round((resolution.at - escalation.at) / 60_000),
      resolvedById: resolution.byUserId,
    });
  }
  return candidates.sort((a, b) => b.escalatedAt.getTime() - a.escalatedAt.getTime());
}
