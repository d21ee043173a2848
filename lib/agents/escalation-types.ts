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
  "action_failed",
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
  /**
   * For each earlier customer turn, oldest first, the confidence the floor was applied to (see
   * `flooredConfidence`), or null where it did not apply: small talk, a statement, an off-topic
   * question. Lets the router count misses in a row under any floor. Absent on turns stored before it.
   */
  earlierConfidences?: (number | null)[];
  /** Whether the message is about the shop at all, and what in it says so. Absent on turns stored before it. */
  scope?: { shopRelated: boolean; evidence: string; byMeaning?: boolean };
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
  /**
   * AI agents that handled the customer's current problem, in order, e.g. ["triage", "knowledge",
   * "transactions"]. A new question on another topic starts a new chain: a topic change is not a loop.
   */
  agentChain: string[];
  /** Seconds left on the SLA clock the customer is waiting on (negative once breached); null when no clock runs. */
  slaSecondsRemaining: number | null;
  /**
   * Set when no model could answer this turn: the hosted model failed (with what) and the offline
   * engine could not stand in. Absent from turns measured before the reply was attempted.
   */
  modelFailure?: { evidence: string } | null;
  /**
   * Set when an action the customer asked for could not be done: the business system did not
   * confirm it, or none is connected for it. Absent from turns measured before the reply.
   */
  actionFailure?: { evidence: string } | null;
}

export type EscalationAction = "continue" | "handoff" | "approval_request";

export type EscalationUrgency = "low" | "medium" | "high" | "critical";

/**
 * A turn the AI keeps but has no answer for: a question about the shop no article fits (a miss,
 * handed over only after the policy's misses in a row), or one about something else entirely.
 */
export interface UnansweredTurn {
  kind: "miss" | "out_of_scope";
  /** Misses in a row, this one included (0 for an off-topic question). */
  missesInARow: number;
  evidence: string;
}

export interface EscalationDecision {
  escalate: boolean;
  action: EscalationAction;
  primaryTrigger: EscalationTrigger | null;
  /** Every trigger that fired, in priority order, not only the primary one. */
  triggersFired: FiredTrigger[];
  /** One plain sentence for the human who picks the conversation up. */
  reason: string;
  urgency: EscalationUrgency;
  /** Set when the AI continues without an answer; absent otherwise (and on decisions stored before it). */
  unanswered?: UnansweredTurn;
}
