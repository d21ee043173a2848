/**
 * The escalation router: decides, for one customer turn, whether a person must take over.
 * It is the only place that turns signals into that decision; the live pipeline and the
 * supervisors' threshold what-if both call `decideEscalation`, so every threshold comes from the
 * policy argument and nothing else.
 */

import type { EscalationPolicy } from "../workspace/settings";
import { CONTACT_BASELINE_FLOOR_PER_DAY, isSpikeAgainstBaseline } from "../signals/anomaly";
import { detectHandoffLoop } from "../signals/handoff-loop";
import {
  CONVERSATIONAL_INTENTS,
  type EscalationDecision,
  type EscalationTrigger,
  type EscalationUrgency,
  type FiredTrigger,
  type TurnSignals,
  type UnansweredTurn,
} from "../events/catalogue";

/**
 * Which fired trigger is the primary reason, first wins. Ordered from what is least negotiable and
 * most telling for the human: what the customer explicitly asked, topics the business never
 * leaves to the AI, how the customer feels, what the AI is not allowed to do alone, unusual
 * behaviour, then the shape of the conversation, the AI's own doubt, and last the clock, which
 * says nothing about the problem itself.
 */
export const ESCALATION_PRIORITY: readonly EscalationTrigger[] = [
  "customer_request",
  "risk",
  "sentiment",
  "authority_limit",
  "anomaly",
  "complexity",
  "handoff_loop",
  "model_failure",
  "action_failed",
  "low_confidence",
  "sla",
];

/** The human-request detector's own cut-off: its score is calibrated so that 0.5 means "asked for a person". */
export const HUMAN_REQUEST_THRESHOLD = 0.5;

/**
 * Frustration (0..1, higher is worse) uses the same policy knob as sentiment (-1..1, lower is
 * worse), mapped onto its scale: the default floor of -0.6 becomes a frustration of 0.8.
 */
export function frustrationThreshold(policy: EscalationPolicy): number {
  return (1 - policy.sentimentFloor) / 2;
}

const URGENCY_LEVELS: readonly EscalationUrgency[] = ["low", "medium", "high", "critical"];

const TRIGGER_LABELS: Record<EscalationTrigger, string> = {
  customer_request: "a request for a person",
  risk: "a risk topic",
  sentiment: "negative sentiment",
  authority_limit: "an action above the AI's authority",
  anomaly: "unusual contact volume",
  complexity: "complexity",
  handoff_loop: "a routing loop",
  low_confidence: "low AI confidence",
  sla: "a missed SLA",
  model_failure: "a model failure",
  action_failed: "an action the business system did not confirm",
};

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function formatCents(cents: number): string {
  return `$${(cents / 100).toFixed(2)}`;
}

interface SentimentReading {
  fired: FiredTrigger | null;
  /** The customer is upset right now (level or frustration), as opposed to only less happy than before. */
  distressed: boolean;
}

/** A turn scoring below this counts towards a run of unhappy turns. */
const SUSTAINED_UNHAPPY = -0.2;

function readSentiment(signals: TurnSignals, policy: EscalationPolicy): SentimentReading {
  const trajectory = signals.sentimentTrajectory.length > 0 ? signals.sentimentTrajectory : [signals.sentiment];
  const decline = round(Math.max(...trajectory) - signals.sentiment);
  const frustrationFloor = frustrationThreshold(policy);
  const conditions: { score: number; threshold: number; evidence: string }[] = [];
  if (signals.sentiment <= policy.sentimentFloor) {
    conditions.push({ score: signals.sentiment, threshold: policy.sentimentFloor, evidence: `sentiment ${round(signals.sentiment)} ≤ ${policy.sentimentFloor}` });
  }
  if (signals.frustration.score >= frustrationFloor) {
    const cues = signals.frustration.cues.map(({ cue, evidence }) => `${cue}: ${evidence}`).join("; ");
    conditions.push({
      score: signals.frustration.score,
      threshold: frustrationFloor,
      evidence: `frustration ${round(signals.frustration.score)} ≥ ${round(frustrationFloor)}${cues ? ` (${cues})` : ""}`,
    });
  }
  // Three unhappy turns in a row, the last clearly so, is a customer the AI is not calming down,
  // even when no single message crosses the floor.
  const lastThree = trajectory.slice(-3);
  if (conditions.length === 0 && lastThree.length === 3 && lastThree.every((score) => score < SUSTAINED_UNHAPPY) && signals.sentiment <= policy.sentimentFloor / 1.5) {
    conditions.push({ score: signals.sentiment, threshold: round(policy.sentimentFloor / 1.5), evidence: `unhappy three turns in a row (trajectory ${trajectory.map(round).join(", ")})` });
  }
  // Having to ask again is what tips an unhappy customer over: "third time I'm asking, ridiculous"
  // is upset even when neither the words nor the repetition alone would say so.
  // "Still waiting" is not asking again: its own words would make it both the repeat and the mood.
  const asksAgain = signals.frustration.cues.some(({ cue }) => cue === "asked_again" || cue === "repetition");
  if (conditions.length === 0 && trajectory.length >= 2 && asksAgain && signals.sentiment <= policy.sentimentFloor / 1.5) {
    conditions.push({ score: signals.sentiment, threshold: round(policy.sentimentFloor / 1.5), evidence: `unhappy at having to ask again (sentiment ${round(signals.sentiment)})` });
  }
  const distressed = conditions.length > 0;
  // A decline needs a best moment and a later one, and must end below neutral: a cheerful
  // "good morning!" followed by a plain question is a big fall that means nothing.
  if (trajectory.length >= 2 && signals.sentiment < 0 && decline >= policy.sentimentDecline) {
    conditions.push({
      score: decline,
      threshold: policy.sentimentDecline,
      evidence: `fell ${decline} from ${round(Math.max(...trajectory))} to ${round(signals.sentiment)} (trajectory ${trajectory.map(round).join(", ")})`,
    });
  }
  const [first] = conditions;
  if (!first) return { fired: null, distressed };
  return {
    fired: { trigger: "sentiment", score: first.score, threshold: first.threshold, evidence: conditions.map(({ evidence }) => evidence).join("; ") },
    distressed,
  };
}

/**
 * The confidence the floor is applied to, or null when the turn is exempt from it: a statement the
 * AI half understands earns a clarifying question, and small talk has nothing to get wrong. When
 * the reply is built on an article, how well the article matches is the confidence in the answer;
 * the intent only chose where to look.
 */
export function flooredConfidence(signals: Pick<TurnSignals, "intent" | "asksSomething" | "answerConfidence" | "intentConfidence">): { confidence: number; source: string } | null {
  if (CONVERSATIONAL_INTENTS.has(signals.intent) || !signals.asksSomething) return null;
  if (signals.answerConfidence !== null) return { confidence: signals.answerConfidence, source: `article answer confidence ${signals.answerConfidence}` };
  return { confidence: signals.intentConfidence, source: `intent "${signals.intent}" at ${signals.intentConfidence}` };
}

/** What a stored turn contributes to a later turn's `earlierConfidences`: an off-topic question is neither a miss nor an answer. */
export function confidenceForLaterTurns(signals: TurnSignals): number | null {
  if (signals.scope && !signals.scope.shopRelated) return null;
  return flooredConfidence(signals)?.confidence ?? null;
}

/** Earlier misses immediately before this turn; a turn the floor did not apply to neither counts nor breaks the run. */
function earlierMissesInARow(earlier: readonly (number | null)[], floor: number): number {
  let misses = 0;
  for (let i = earlier.length - 1; i >= 0; i--) {
    const confidence = earlier[i];
    if (confidence === null || confidence === undefined) continue;
    if (confidence >= floor) break;
    misses++;
  }
  return misses;
}

const GREETINGS_AND_THANKS: ReadonlySet<string> = new Set(["greeting", "thanks", "goodbye", "acknowledgement"]);

interface AnswerReading {
  fired: FiredTrigger | null;
  unanswered: UnansweredTurn | null;
}

/**
 * Not knowing is not the same as needing a person. Below the floor the AI first says it has no
 * answer (offering the closest articles and a person) and hands over only after the policy's
 * misses in a row; a question about something other than the shop is politely declined and never
 * handed over for that alone.
 */
function readAnswer(signals: TurnSignals, policy: EscalationPolicy): AnswerReading {
  const floored = flooredConfidence(signals);
  // Judged by meaning as well as words, a question far from anything the shop deals with is
  // declined whatever an article's words matched or the intent model made of it ("write me a
  // poem" is not small talk the desk should play along with). A clear greeting or thanks is not a
  // question, and later in a conversation a statement may be an answer to the AI ("the blue one").
  const greetsOrThanks = GREETINGS_AND_THANKS.has(signals.intent) && signals.intentConfidence >= policy.confidenceFloor;
  const opensConversation = (signals.earlierConfidences ?? []).length === 0;
  const offTopic = signals.scope && !signals.scope.shopRelated && !greetsOrThanks && (signals.asksSomething || signals.intent === "small_talk" || opensConversation);
  if (offTopic && signals.scope!.byMeaning) {
    return { fired: null, unanswered: { kind: "out_of_scope", missesInARow: 0, evidence: signals.scope!.evidence } };
  }
  if (!floored || floored.confidence >= policy.confidenceFloor) return { fired: null, unanswered: null };
  const below = `${floored.source} < ${policy.confidenceFloor}`;
  if (signals.scope && !signals.scope.shopRelated) {
    return { fired: null, unanswered: { kind: "out_of_scope", missesInARow: 0, evidence: `${below}; ${signals.scope.evidence}` } };
  }
  const missesInARow = 1 + earlierMissesInARow(signals.earlierConfidences ?? [], policy.confidenceFloor);
  const run = `${missesInARow} miss${missesInARow === 1 ? "" : "es"} in a row (handoff at ${policy.missesBeforeHandoff})`;
  if (missesInARow >= policy.missesBeforeHandoff) {
    return { fired: { trigger: "low_confidence", score: floored.confidence, threshold: policy.confidenceFloor, evidence: `${below}, ${run}` }, unanswered: null };
  }
  return { fired: null, unanswered: { kind: "miss", missesInARow, evidence: `${below}, ${run}` } };
}

function collectTriggers(signals: TurnSignals, policy: EscalationPolicy, sentiment: FiredTrigger | null, answer: AnswerReading): FiredTrigger[] {
  const fired: FiredTrigger[] = [];

  if (signals.humanRequest.score >= HUMAN_REQUEST_THRESHOLD) {
    fired.push({ trigger: "customer_request", score: signals.humanRequest.score, threshold: HUMAN_REQUEST_THRESHOLD, evidence: signals.humanRequest.evidence });
  }

  const { risk } = signals;
  if (risk.category !== null && policy.riskCategories.includes(risk.category)) {
    // Category membership is the rule, so any score of a listed category is enough.
    fired.push({ trigger: "risk", score: risk.score, threshold: 0, evidence: `${risk.category}: ${risk.evidence}` });
  }

  if (sentiment) fired.push(sentiment);

  const { authority } = signals;
  if (authority && authority.amountCents > authority.limitCents) {
    fired.push({
      trigger: "authority_limit",
      score: authority.amountCents,
      threshold: authority.limitCents,
      evidence: `${authority.action} of ${formatCents(authority.amountCents)} > limit ${formatCents(authority.limitCents)}`,
    });
  }

  const { contactsLast24h, baselinePerDay } = signals.anomaly;
  if (isSpikeAgainstBaseline(contactsLast24h, baselinePerDay, policy.anomalyFactor, CONTACT_BASELINE_FLOOR_PER_DAY)) {
    fired.push({
      trigger: "anomaly",
      score: round(contactsLast24h / Math.max(baselinePerDay, CONTACT_BASELINE_FLOOR_PER_DAY)),
      threshold: policy.anomalyFactor,
      evidence: `${contactsLast24h} contacts in 24h vs a baseline of ${round(baselinePerDay)}/day (floor ${CONTACT_BASELINE_FLOOR_PER_DAY})`,
    });
  }

  if (signals.complexity.score >= policy.complexityThreshold) {
    fired.push({ trigger: "complexity", score: signals.complexity.score, threshold: policy.complexityThreshold, evidence: signals.complexity.reasons.join("; ") });
  }

  const loop = detectHandoffLoop(signals.agentChain, policy.maxAgentHops);
  if (loop.looping) {
    fired.push({ trigger: "handoff_loop", score: loop.hops, threshold: policy.maxAgentHops, evidence: loop.evidence });
  }

  if (signals.modelFailure) {
    // Whatever the thresholds, a turn nothing could answer goes to a person.
    fired.push({ trigger: "model_failure", score: 1, threshold: 1, evidence: signals.modelFailure.evidence });
  }

  if (signals.actionFailure) {
    // What the customer asked for is not done and the AI cannot do it: only a person can.
    fired.push({ trigger: "action_failed", score: 1, threshold: 1, evidence: signals.actionFailure.evidence });
  }

  if (answer.fired) fired.push(answer.fired);

  if (signals.slaSecondsRemaining !== null && signals.slaSecondsRemaining <= 0) {
    fired.push({ trigger: "sla", score: signals.slaSecondsRemaining, threshold: 0, evidence: `SLA breached ${-signals.slaSecondsRemaining}s ago` });
  }

  return fired.sort((a, b) => ESCALATION_PRIORITY.indexOf(a.trigger) - ESCALATION_PRIORITY.indexOf(b.trigger));
}

/** How urgent each trigger is on its own, as an index into URGENCY_LEVELS. */
function baseUrgency(fired: FiredTrigger, signals: TurnSignals): number {
  switch (fired.trigger) {
    case "risk":
      // An account being taken over keeps costing money while it waits; someone may be hurt.
      return signals.risk.category === "security" || signals.risk.category === "safety" ? 3 : 2;
    case "sla":
      return 2;
    case "customer_request":
    case "authority_limit":
    case "anomaly":
    case "handoff_loop":
    case "sentiment":
    case "model_failure":
    case "action_failed":
      return 1;
    case "complexity":
    case "low_confidence":
      return 0;
  }
}

function urgencyOf(fired: FiredTrigger[], signals: TurnSignals, distressed: boolean): EscalationUrgency {
  let level = Math.max(0, ...fired.map((trigger) => baseUrgency(trigger, signals)));
  // An upset customer is at least high priority, and being upset makes any other reason one step worse.
  if (distressed) level = Math.min(3, Math.max(level + 1, 2));
  return URGENCY_LEVELS[level]!;
}

/** Policy and action names are snake_case identifiers; the sentence is for a person. */
function humanise(identifier: string): string {
  return identifier.replace(/_/g, " ");
}

function describe(primary: FiredTrigger, signals: TurnSignals): string {
  switch (primary.trigger) {
    case "customer_request":
      return `the customer asked for a person (${primary.evidence})`;
    case "risk":
      return `the conversation touches a ${humanise(signals.risk.category!)} matter that always goes to a person (${signals.risk.evidence})`;
    case "sentiment":
      return `the customer is upset (${primary.evidence})`;
    case "authority_limit":
      return `the ${humanise(signals.authority!.action)} of ${formatCents(primary.score)} is above the AI's ${formatCents(primary.threshold)} limit and needs a person's approval`;
    case "anomaly":
      return `the customer has been in touch unusually often (${primary.evidence})`;
    case "complexity":
      return `the request needs human judgment (${primary.evidence})`;
    case "handoff_loop":
      return `the conversation is bouncing between AI agents (${primary.evidence})`;
    case "low_confidence":
      return `the AI is not confident enough to answer (${primary.evidence})`;
    case "sla":
      return `the response-time target was missed ${-primary.score} seconds ago`;
    case "model_failure":
      return `the AI could not answer because the model failed (${primary.evidence})`;
    case "action_failed":
      return `an action the customer asked for was not done (${primary.evidence})`;
  }
}

function sentence(primary: FiredTrigger, others: FiredTrigger[], signals: TurnSignals): string {
  const main = describe(primary, signals);
  const capitalised = main.charAt(0).toUpperCase() + main.slice(1);
  if (others.length === 0) return `${capitalised}.`;
  const labels = others.map(({ trigger }) => TRIGGER_LABELS[trigger]);
  const list = labels.length === 1 ? labels[0] : `${labels.slice(0, -1).join(", ")} and ${labels[labels.length - 1]}`;
  return `${capitalised}, with ${list} as well.`;
}

export function decideEscalation(signals: TurnSignals, policy: EscalationPolicy): EscalationDecision {
  const sentiment = readSentiment(signals, policy);
  const answer = readAnswer(signals, policy);
  const triggersFired = collectTriggers(signals, policy, sentiment.fired, answer);
  const [primary, ...others] = triggersFired;
  if (!primary) {
    const decision: EscalationDecision = {
      escalate: false,
      action: "continue",
      primaryTrigger: null,
      triggersFired,
      reason: "No escalation trigger fired, so the AI keeps the conversation.",
      urgency: "low",
    };
    if (!answer.unanswered) return decision;
    const reason =
      answer.unanswered.kind === "miss"
        ? `No answer fits (${answer.unanswered.evidence}), so the AI says so and offers the closest articles and a person.`
        : `The question is not about the shop (${answer.unanswered.evidence}), so the AI says what it can help with.`;
    return { ...decision, reason, unanswered: answer.unanswered };
  }
  // An approval keeps the AI in the conversation while a person signs off; any other reason needs the person to take over.
  const onlyApproval = triggersFired.every(({ trigger }) => trigger === "authority_limit");
  return {
    escalate: true,
    action: onlyApproval ? "approval_request" : "handoff",
    primaryTrigger: primary.trigger,
    triggersFired,
    reason: sentence(primary, others, signals),
    urgency: urgencyOf(triggersFired, signals, sentiment.distressed),
  };
}
