/**
 * How likely the customer is to leave over this conversation, 0..1. A transparent heuristic,
 * not a trained model: the worse of how upset they are now (frustration, or negative sentiment
 * mapped onto 0..1), raised when they are already talking about leaving (a cancellation or
 * account-deletion intent, or a threat to leave among the frustration cues).
 */
const LEAVING_INTENTS: ReadonlySet<string> = new Set(["cancel_subscription", "delete_account"]);
const LEAVING_BONUS = 0.3;

export interface ChurnInput {
  sentiment: number;
  frustration: number;
  intent: string | null;
  threatensToLeave: boolean;
}

export function scoreChurnRisk(input: ChurnInput): number {
  const upset = Math.max(input.frustration, -Math.min(0, input.sentiment));
  const leaving = input.threatensToLeave || (input.intent !== null && LEAVING_INTENTS.has(input.intent));
  return Math.round(Math.min(1, upset + (leaving ? LEAVING_BONUS : 0)) * 100) / 100;
}
