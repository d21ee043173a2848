/**
 * The escalation router's contract. `TurnSignals` is stored in the conversation's event log exactly
 * as the router received it, so a supervisor can re-decide any past turn under other thresholds:
 * it therefore holds raw scores and measurements only, never a yes/no that depends on a threshold.
 */

export const ESCALATION_TRIGGERS = [
  "sentiment",
  "low_confidence",
  "customer_request",
  "complexity",
  "risk",
  "authority_limit",
  "sla",
  "anomaly",
  "handoff_loop",
  "model_failure",
] as const;

export type EscalationTrigger = (typeof ESCALATION_TRIGGERS)[number];

/**
 * Intent labels for small talk. The intent classifier emits these for greetings, thanks and the
 * like; a low confidence on them is harmless (there is nothing to get wrong), so they are exempt
 * from the confidence floor, and repeating them is not a customer going in circles.
 */
export const CONVERSATIONAL_INTENTS: ReadonlySet<string> = new Set([
  "greeting",
  "thanks",
  "goodbye",
  "small_talk",
  "acknowledgement",
]);

export interface FiredTrigger {
  trigger: EscalationTrigger;
  /** The measurement that crossed the threshold, on the trigger's own scale (see the router). */
  score: number;
  threshold: number;
  /** A quote from the customer or the numbers behind the score, enough to check the decision by eye. */
  evidence: string;
}

export interface FrustrationCue {
  cue: string;
  evidence: string;
}

export interface TurnSignals {
  /** 1-based index of the customer turn being decided. */
  turn: number;
  /** Label from the intent classifier; conversational labels (see `CONVERSATIONAL_INTENTS`) exempt the turn from the confidence floor. */
  intent: string;
  /** Triage's confidence in the route: the probability of the intent plus its alternatives that go to the same specialist. */
  intentConfidence: number;
  /** Whether the customer asked a question or made a request, rather than making a statement. */
  asksSomething: boolean;
  /** Retrieval confidence of the knowledge article the reply was built on; null when the reply was not an article answer. */
  answerConfidence: number | null;
  /** This turn's sentiment, -1 (hostile) .. 1 (delighted). */
  sentiment: number;
  /** Sentiment of every customer turn so far, this one last. */
  sentimentTrajectory: number[];
  /** 0..1, higher is more frustrated. */
  frustration: { score: number; cues: FrustrationCue[] };
  /** 0..1 from the human-request detector; see `HUMAN_REQUEST_THRESHOLD`. */
  humanRequest: { score: number; evidence: string };
  /** Category named by the risk scorer (null when none); whether it escalates is the policy's `riskCategories`. */
  risk: { category: string | null; score: number; evidence: string };
  /** 0..1 with the reasons that contributed. */
  complexity: { score: number; reasons: string[] };
  /** An action the AI was asked to take, its amount and the workspace's limit for it at the time; null when none. */
  authority: { action: string; amountCents: number; limitCents: number } | null;
  anomaly: { contactsLast24h: number; baselinePerDay: number };
  /** AI agents that handled the conversation, in order, e.g. ["triage", "knowledge", "transactions"]. */
  agentChain: string[];
  /** Seconds left on the SLA clock the customer is waiting on (negative once breached); null when no clock runs. */
  slaSecondsRemaining: number | null;
  /**
   * Set when no model could answer this turn: the hosted model failed (with what) and the offline
   * engine could not stand in. Absent from turns measured before the reply was attempted.
   */
  modelFailure?: { evidence: string } | null;
}

export type EscalationAction = "continue" | "handoff" | "approval_request";

export type EscalationUrgency = "low" | "medium" | "high" | "critical";

export interface EscalationDecision {
  escalate: boolean;
  action: EscalationAction;
  primaryTrigger: EscalationTrigger | null;
  /** Every trigger that fired, in priority order, not only the primary one. */
  triggersFired: FiredTrigger[];
  /** One plain sentence for the human who picks the conversation up. */
  reason: string;
  urgency: EscalationUrgency;
}
