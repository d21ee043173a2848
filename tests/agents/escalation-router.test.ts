import { test } from "node:test";
import assert from "node:assert/strict";
import { ESCALATION_PRIORITY, decideEscalation, frustrationThreshold } from "../../lib/agents/escalation-router";
import { ESCALATION_TRIGGERS, type TurnSignals } from "../../lib/events/catalogue";
import { defaultEscalationPolicy as policy, type EscalationPolicy } from "../../lib/workspace/settings";
import { calmTurn } from "../fixtures/turn-signals";

/** A calm, well-understood turn that the AI answered from an article: nothing should fire. */
function turn(overrides: Partial<TurnSignals> = {}): TurnSignals {
  return calmTurn({
    intentConfidence: 0.93,
    sentiment: 0.1,
    sentimentTrajectory: [0.1],
    frustration: { score: 0.05, cues: [] },
    humanRequest: { score: 0.02, evidence: "" },
    complexity: { score: 0.1, reasons: [] },
    agentChain: ["triage", "transactions"],
    ...overrides,
  });
}

function policyWith(changes: Partial<EscalationPolicy>): EscalationPolicy {
  return { ...policy, ...changes };
}

function fired(signals: TurnSignals, p: EscalationPolicy = policy) {
  const decision = decideEscalation(signals, p);
  return { decision, triggers: decision.triggersFired.map(({ trigger }) => trigger) };
}

test("a calm order-status turn continues with the AI", () => {
  const decision = decideEscalation(turn(), policy);
  assert.equal(decision.escalate, false);
  assert.equal(decision.action, "continue");
  assert.equal(decision.primaryTrigger, null);
  assert.deepEqual(decision.triggersFired, []);
  assert.equal(decision.urgency, "low");
  assert.match(decision.reason, /AI keeps the conversation/);
});

test("a polite thank-you does not escalate even when the classifier is unsure of it", () => {
  const decision = decideEscalation(
    turn({ turn: 3, intent: "thanks", intentConfidence: 0.41, sentiment: 0.8, sentimentTrajectory: [0.1, 0.3, 0.8] }),
    policy,
  );
  assert.equal(decision.escalate, false);
});

test("a greeting with a low classifier confidence is small talk, not a confidence breach", () => {
  assert.equal(decideEscalation(turn({ intent: "greeting", intentConfidence: 0.3 }), policy).escalate, false);
});

test("a solved FAQ answered from an article with good retrieval confidence does not escalate", () => {
  const decision = decideEscalation(turn({ intent: "check_refund_policy", intentConfidence: 0.88, answerConfidence: 0.84, sentiment: 0.3 }), policy);
  assert.equal(decision.escalate, false);
});

test("mild impatience such as \"any update?\" stays with the AI", () => {
  const decision = decideEscalation(
    turn({
      turn: 2,
      sentiment: -0.25,
      sentimentTrajectory: [0.1, -0.25],
      frustration: { score: 0.3, cues: [{ cue: "impatience", evidence: "any update?" }] },
      humanRequest: { score: 0.12, evidence: "" },
      slaSecondsRemaining: 240,
    }),
    policy,
  );
  assert.equal(decision.escalate, false);
});

test("customer_request fires at the detector's cut-off with the quote as evidence", () => {
  const { decision } = fired(turn({ humanRequest: { score: 0.91, evidence: "get me someone" } }));
  assert.equal(decision.escalate, true);
  assert.equal(decision.action, "handoff");
  assert.deepEqual(decision.triggersFired, [{ trigger: "customer_request", score: 0.91, threshold: 0.5, evidence: "get me someone" }]);
  assert.match(decision.reason, /asked for a person \(get me someone\)/);
  assert.equal(decision.urgency, "medium");
});

test("customer_request bypasses everything: it is primary and forces a handoff over an approval", () => {
  const { decision, triggers } = fired(
    turn({
      intent: "thanks",
      humanRequest: { score: 0.6, evidence: "can a human approve this?" },
      authority: { action: "refund", amountCents: 450_00, limitCents: 100_00 },
      risk: { category: "dispute", score: 0.9, evidence: '"I will open a chargeback"' },
    }),
  );
  assert.equal(decision.primaryTrigger, "customer_request");
  assert.equal(decision.action, "handoff");
  assert.deepEqual(triggers, ["customer_request", "risk", "authority_limit"]);
});

test("risk fires for a category the policy lists and not for one it leaves out", () => {
  const signals = turn({ risk: { category: "legal", score: 0.9, evidence: '"my lawyer will be in touch"' } });
  const { decision } = fired(signals);
  assert.equal(decision.primaryTrigger, "risk");
  assert.deepEqual(decision.triggersFired[0], { trigger: "risk", score: 0.9, threshold: 0, evidence: 'legal: "my lawyer will be in touch"' });
  assert.equal(decision.urgency, "high");
  assert.equal(decideEscalation(signals, policyWith({ riskCategories: ["privacy", "security"] })).escalate, false);
});

test("a security risk is critical", () => {
  const { decision } = fired(turn({ risk: { category: "security", score: 0.9, evidence: '"my account was hacked"' } }));
  assert.equal(decision.urgency, "critical");
});

test("sentiment fires on the turn's level at the floor", () => {
  const { decision } = fired(turn({ sentiment: -0.6, sentimentTrajectory: [-0.6] }));
  assert.equal(decision.primaryTrigger, "sentiment");
  const [trigger] = decision.triggersFired;
  assert.equal(trigger!.score, -0.6);
  assert.equal(trigger!.threshold, -0.6);
  assert.match(trigger!.evidence, /sentiment -0\.6 ≤ -0\.6/);
  assert.equal(decision.urgency, "high");
});

test("sentiment fires on a high frustration score, quoting its cues", () => {
  const { decision } = fired(
    turn({ sentiment: -0.3, sentimentTrajectory: [-0.3], frustration: { score: 0.85, cues: [{ cue: "exasperation", evidence: "this is ridiculous" }] } }),
  );
  const [trigger] = decision.triggersFired;
  assert.equal(trigger!.trigger, "sentiment");
  assert.equal(trigger!.score, 0.85);
  assert.equal(trigger!.threshold, frustrationThreshold(policy));
  assert.match(trigger!.evidence, /exasperation: this is ridiculous/);
});

test("sentiment fires on a decline from the conversation's best turn", () => {
  const { decision } = fired(turn({ turn: 4, sentiment: -0.2, sentimentTrajectory: [0.7, 0.5, 0.1, -0.2] }));
  const [trigger] = decision.triggersFired;
  assert.equal(trigger!.trigger, "sentiment");
  assert.equal(trigger!.score, 0.9);
  assert.equal(trigger!.threshold, 0.8);
  assert.match(trigger!.evidence, /fell 0\.9 from 0\.7 to -0\.2/);
  assert.equal(decision.urgency, "medium");
});

test("a decline needs at least two turns", () => {
  assert.equal(decideEscalation(turn({ sentiment: -0.5, sentimentTrajectory: [-0.5] }), policyWith({ sentimentDecline: 0 })).escalate, false);
});

test("a cheerful greeting followed by a neutral question is not a decline", () => {
  const decision = decideEscalation(turn({ turn: 2, sentiment: 0, sentimentTrajectory: [0.81, 0] }), policy);
  assert.equal(decision.escalate, false);
  assert.equal(fired(turn({ turn: 2, sentiment: -0.01, sentimentTrajectory: [0.81, -0.01] })).decision.primaryTrigger, "sentiment");
});

/** The customer's previous question was a miss too, so this one is the second in a row. */
const secondMiss = { turn: 2, earlierConfidences: [0.3] };

test("low_confidence judges an article answer by the article's match and anything else by the intent", () => {
  const answer = fired(turn({ ...secondMiss, intent: "check_refund_policy", intentConfidence: 0.9, answerConfidence: 0.42 })).decision.triggersFired[0]!;
  assert.deepEqual(answer, { trigger: "low_confidence", score: 0.42, threshold: 0.7, evidence: "article answer confidence 0.42 < 0.7, 2 misses in a row (handoff at 2)" });
  assert.equal(fired(turn({ ...secondMiss, intent: "check_refund_policy", intentConfidence: 0.4, answerConfidence: 0.85 })).decision.escalate, false);
  const intent = fired(turn({ ...secondMiss, intent: "payment_issue", intentConfidence: 0.55 })).decision.triggersFired[0]!;
  assert.equal(intent.score, 0.55);
  assert.match(intent.evidence, /intent "payment_issue" at 0\.55/);
});

test("a statement the AI does not fully understand is not a reason to hand over", () => {
  assert.equal(fired(turn({ ...secondMiss, intent: "delivery_period", intentConfidence: 0.2, asksSomething: false })).decision.escalate, false);
  assert.equal(fired(turn({ ...secondMiss, intent: "delivery_period", intentConfidence: 0.2, asksSomething: true })).decision.primaryTrigger, "low_confidence");
});

test("a first miss is not a handoff: the AI keeps the turn and says it has no answer", () => {
  const decision = decideEscalation(turn({ intent: "check_payment_methods", intentConfidence: 0.99, answerConfidence: 0.5 }), policy);
  assert.equal(decision.action, "continue");
  assert.deepEqual(decision.triggersFired, []);
  assert.deepEqual(decision.unanswered, { kind: "miss", missesInARow: 1, evidence: "article answer confidence 0.5 < 0.7, 1 miss in a row (handoff at 2)" });
  assert.match(decision.reason, /offers the closest articles and a person/);
});

test("the second miss in a row hands over; an answered question in between starts the count again", () => {
  const second = decideEscalation(turn({ turn: 2, answerConfidence: 0.4, earlierConfidences: [0.5] }), policy);
  assert.equal(second.action, "handoff");
  assert.equal(second.primaryTrigger, "low_confidence");
  assert.equal(second.unanswered, undefined);
  assert.equal(decideEscalation(turn({ turn: 3, answerConfidence: 0.4, earlierConfidences: [0.5, 0.9] }), policy).action, "continue");
  // Small talk between two misses neither counts nor breaks the run.
  assert.equal(decideEscalation(turn({ turn: 3, answerConfidence: 0.4, earlierConfidences: [0.5, null] }), policy).action, "handoff");
});

test("misses in a row before a handoff is the workspace's setting", () => {
  const thirdMiss = turn({ turn: 3, answerConfidence: 0.4, earlierConfidences: [0.5, 0.2] });
  assert.equal(decideEscalation(thirdMiss, policyWith({ missesBeforeHandoff: 3 })).action, "handoff");
  assert.equal(decideEscalation(turn({ turn: 2, answerConfidence: 0.4, earlierConfidences: [0.5] }), policyWith({ missesBeforeHandoff: 3 })).action, "continue");
  assert.equal(decideEscalation(turn({ answerConfidence: 0.4 }), policyWith({ missesBeforeHandoff: 1 })).primaryTrigger, "low_confidence");
  // The floor decides what was a miss, also for the earlier turns.
  assert.equal(decideEscalation(turn({ turn: 2, answerConfidence: 0.4, earlierConfidences: [0.5] }), policyWith({ confidenceFloor: 0.45 })).action, "continue");
});

test("a question that is not about the shop is declined politely and never handed over for that", () => {
  const offTopic = { intent: "contact_customer_service", intentConfidence: 0.96, answerConfidence: 0, scope: { shopRelated: false, evidence: "no word about the shop" } };
  const decision = decideEscalation(turn(offTopic), policy);
  assert.equal(decision.action, "continue");
  assert.equal(decision.unanswered?.kind, "out_of_scope");
  assert.match(decision.reason, /not about the shop/);
  assert.equal(decideEscalation(turn({ ...offTopic, turn: 2, earlierConfidences: [0.1] }), policy).action, "continue");
  // A shop question the help centre answers is in scope whatever the scope reading says.
  assert.equal(decideEscalation(turn({ ...offTopic, answerConfidence: 0.9 }), policy).unanswered, undefined);
  // Asking for a person still hands over at once.
  assert.equal(decideEscalation(turn({ ...offTopic, humanRequest: { score: 0.95, evidence: "a person" } }), policy).primaryTrigger, "customer_request");
});

test("complexity fires at the threshold with its reasons as evidence", () => {
  const { decision } = fired(turn({ complexity: { score: 0.7, reasons: ["policy ambiguity: asks for an exception, special case"] } }));
  assert.deepEqual(decision.triggersFired, [
    { trigger: "complexity", score: 0.7, threshold: 0.7, evidence: "policy ambiguity: asks for an exception, special case" },
  ]);
  assert.equal(decision.urgency, "low");
});

test("authority_limit asks a person to approve instead of handing over", () => {
  const { decision } = fired(turn({ intent: "get_refund", authority: { action: "refund", amountCents: 450_00, limitCents: 100_00 } }));
  assert.equal(decision.escalate, true);
  assert.equal(decision.action, "approval_request");
  assert.equal(decision.primaryTrigger, "authority_limit");
  assert.deepEqual(decision.triggersFired, [
    { trigger: "authority_limit", score: 450_00, threshold: 100_00, evidence: "refund of $450.00 > limit $100.00" },
  ]);
  assert.match(decision.reason, /refund of \$450\.00 is above the AI's \$100\.00 limit/);
});

test("an amount at the limit is within the AI's authority", () => {
  assert.equal(decideEscalation(turn({ authority: { action: "refund", amountCents: 100_00, limitCents: 100_00 } }), policy).escalate, false);
});

test("authority_limit becomes a handoff when another trigger also needs a person", () => {
  const { decision, triggers } = fired(
    turn({ authority: { action: "refund", amountCents: 450_00, limitCents: 100_00 }, complexity: { score: 0.8, reasons: ["3 different orders"] } }),
  );
  assert.equal(decision.action, "handoff");
  assert.equal(decision.primaryTrigger, "authority_limit");
  assert.deepEqual(triggers, ["authority_limit", "complexity"]);
});

test("anomaly compares the last 24 hours with the customer's baseline, floored", () => {
  const { decision } = fired(turn({ anomaly: { contactsLast24h: 9, baselinePerDay: 0.5 } }));
  assert.deepEqual(decision.triggersFired, [
    { trigger: "anomaly", score: 9, threshold: 3, evidence: "9 contacts in 24h vs a baseline of 0.5/day (floor 1)" },
  ]);
  // With no history the floor keeps a third contact in a day from looking like a spike.
  assert.equal(decideEscalation(turn({ anomaly: { contactsLast24h: 3, baselinePerDay: 0 } }), policy).escalate, false);
  const busy = fired(turn({ anomaly: { contactsLast24h: 13, baselinePerDay: 4 } })).decision.triggersFired[0]!;
  assert.equal(busy.score, 3.25);
});

test("handoff_loop fires on too many specialist hops and on ping-pong", () => {
  const hops = fired(turn({ agentChain: ["triage", "knowledge", "transactions", "account", "technical", "transactions"] }));
  assert.equal(hops.decision.primaryTrigger, "handoff_loop");
  assert.equal(hops.decision.triggersFired[0]!.score, 4);
  assert.equal(hops.decision.triggersFired[0]!.threshold, 3);

  const pingPong = fired(turn({ agentChain: ["triage", "knowledge", "triage", "transactions", "triage", "knowledge"] }));
  assert.deepEqual(pingPong.decision.triggersFired, [
    { trigger: "handoff_loop", score: 2, threshold: 3, evidence: "ping-pong knowledge → transactions → knowledge" },
  ]);
  assert.equal(decideEscalation(turn({ agentChain: ["triage", "knowledge", "triage", "knowledge", "transactions"] }), policy).escalate, false);
});

test("sla fires once the clock the customer waits on has run out", () => {
  const { decision } = fired(turn({ slaSecondsRemaining: -30 }));
  assert.deepEqual(decision.triggersFired, [{ trigger: "sla", score: -30, threshold: 0, evidence: "SLA breached 30s ago" }]);
  assert.equal(decision.urgency, "high");
  assert.equal(fired(turn({ slaSecondsRemaining: 0 })).decision.primaryTrigger, "sla");
  assert.equal(decideEscalation(turn({ slaSecondsRemaining: 1 }), policy).escalate, false);
});

test("every trigger can fire on one turn; all are listed in priority order", () => {
  const everything = turn({
    turn: 5,
    intent: "payment_issue",
    intentConfidence: 0.4,
    earlierConfidences: [0.3],
    sentiment: -0.8,
    sentimentTrajectory: [0.4, 0.1, -0.3, -0.5, -0.8],
    frustration: { score: 0.9, cues: [{ cue: "profanity", evidence: "this is bs" }] },
    humanRequest: { score: 0.95, evidence: "I want a manager" },
    risk: { category: "dispute", score: 0.9, evidence: '"I am filing a chargeback"' },
    complexity: { score: 0.8, reasons: ["3 separate requests in one message: refund, address change, invoice"] },
    authority: { action: "refund", amountCents: 300_00, limitCents: 100_00 },
    anomaly: { contactsLast24h: 7, baselinePerDay: 0.2 },
    agentChain: ["triage", "knowledge", "transactions", "knowledge"],
    slaSecondsRemaining: -600,
    modelFailure: { evidence: "timeout: no answer within 30000 ms" },
    actionFailure: { evidence: "POST https://shop.example/refunds: HTTP 503 after 3 attempts" },
  });
  const { decision, triggers } = fired(everything);
  assert.deepEqual(triggers, [...ESCALATION_PRIORITY]);
  assert.deepEqual([...triggers].sort(), [...ESCALATION_TRIGGERS].sort());
  assert.equal(decision.primaryTrigger, "customer_request");
  assert.equal(decision.action, "handoff");
  assert.equal(decision.urgency, "critical");
  for (const trigger of decision.triggersFired) assert.ok(trigger.evidence.length > 0, `${trigger.trigger} carries evidence`);
  assert.match(decision.reason, /^The customer asked for a person \(I want a manager\), with .+ as well\.$/);
});

test("a turn no model could answer goes to a person whatever the thresholds, with the failure as evidence", () => {
  const { decision } = fired(turn({ modelFailure: { evidence: "dropped stream: the answer broke off" } }));
  assert.equal(decision.action, "handoff");
  assert.equal(decision.primaryTrigger, "model_failure");
  assert.equal(decision.triggersFired[0]!.evidence, "dropped stream: the answer broke off");
  assert.match(decision.reason, /model failed/);
  assert.equal(fired(turn({ modelFailure: null })).decision.escalate, false);
});

test("the primary trigger follows the priority list, whatever fires alongside it", () => {
  const lowConfidence = { intent: "payment_issue", intentConfidence: 0.5, earlierConfidences: [0.3] };
  const loop = { agentChain: ["triage", "knowledge", "transactions", "knowledge"] };
  const complex = { complexity: { score: 0.9, reasons: ["needs 3 business systems: billing, shipping, accounts"] } };
  assert.equal(fired(turn({ ...lowConfidence, ...loop })).decision.primaryTrigger, "handoff_loop");
  assert.equal(fired(turn({ ...lowConfidence, ...loop, ...complex })).decision.primaryTrigger, "complexity");
  assert.equal(fired(turn({ ...complex, anomaly: { contactsLast24h: 8, baselinePerDay: 1 } })).decision.primaryTrigger, "anomaly");
  assert.equal(fired(turn({ ...complex, sentiment: -0.9, sentimentTrajectory: [-0.9] })).decision.primaryTrigger, "sentiment");
  assert.equal(fired(turn({ ...lowConfidence, slaSecondsRemaining: -5 })).decision.primaryTrigger, "low_confidence");
});

test("an upset customer raises the urgency of any other reason", () => {
  const calm = fired(turn({ humanRequest: { score: 0.8, evidence: "a real person please" } })).decision;
  const upset = fired(turn({ humanRequest: { score: 0.8, evidence: "a real person please" }, sentiment: -0.75, sentimentTrajectory: [-0.75] })).decision;
  assert.equal(calm.urgency, "medium");
  assert.equal(upset.urgency, "high");
});

test("every threshold comes from the policy: moving it flips the decision", () => {
  const cases: { signals: TurnSignals; stricter: Partial<EscalationPolicy>; looser: Partial<EscalationPolicy> }[] = [
    { signals: turn({ ...secondMiss, intentConfidence: 0.65 }), stricter: {}, looser: { confidenceFloor: 0.6 } },
    { signals: turn({ ...secondMiss, intentConfidence: 0.75 }), stricter: { confidenceFloor: 0.8 }, looser: {} },
    { signals: turn({ ...secondMiss, intentConfidence: 0.65 }), stricter: {}, looser: { missesBeforeHandoff: 3 } },
    { signals: turn({ sentiment: -0.5, sentimentTrajectory: [-0.5] }), stricter: { sentimentFloor: -0.4 }, looser: {} },
    { signals: turn({ frustration: { score: 0.75, cues: [] } }), stricter: { sentimentFloor: -0.4 }, looser: {} },
    { signals: turn({ sentiment: -0.1, sentimentTrajectory: [0.5, -0.1] }), stricter: { sentimentDecline: 0.5 }, looser: {} },
    { signals: turn({ complexity: { score: 0.6, reasons: ["policy ambiguity: special case"] } }), stricter: { complexityThreshold: 0.5 }, looser: {} },
    { signals: turn({ agentChain: ["triage", "knowledge", "transactions", "account"] }), stricter: { maxAgentHops: 1 }, looser: {} },
    { signals: turn({ anomaly: { contactsLast24h: 4, baselinePerDay: 1 } }), stricter: {}, looser: { anomalyFactor: 5 } },
    { signals: turn({ risk: { category: "large_cancellation", score: 0.8, evidence: '"cancel everything"' } }), stricter: {}, looser: { riskCategories: ["legal"] } },
  ];
  for (const { signals, stricter, looser } of cases) {
    assert.equal(decideEscalation(signals, policyWith(stricter)).escalate, true, JSON.stringify({ signals, stricter }));
    assert.equal(decideEscalation(signals, policyWith(looser)).escalate, false, JSON.stringify({ signals, looser }));
  }
});

test("the decision is a pure function of stored signals: re-deciding gives the same answer", () => {
  const stored: TurnSignals = JSON.parse(
    JSON.stringify(turn({ sentiment: -0.7, sentimentTrajectory: [0.2, -0.7], humanRequest: { score: 0.7, evidence: "agente por favor" } })),
  );
  assert.deepEqual(decideEscalation(stored, policy), decideEscalation(stored, policy));
  assert.equal(decideEscalation(stored, policy).primaryTrigger, "customer_request");
});

test("three unhappy turns in a row, the last clearly so, hand over on sentiment although none crossed the floor", () => {
  const { decision } = fired(turn({ sentiment: -0.53, sentimentTrajectory: [-0.32, -0.46, -0.53] }));
  assert.equal(decision.primaryTrigger, "sentiment");
  assert.match(decision.triggersFired[0]!.evidence, /unhappy three turns in a row/);
  // One unhappy turn after neutral ones is not a run.
  assert.equal(decideEscalation(turn({ sentiment: -0.53, sentimentTrajectory: [0, 0.1, -0.53] }), policy).escalate, false);
});

test("an unhappy customer who has to ask again hands over on sentiment; asking again calmly, or unhappy in the first message, does not", () => {
  const repeating = { score: 0.51, cues: [{ cue: "asked_again", evidence: "\"THIRD time\"" }] };
  const { decision } = fired(turn({ turn: 4, sentiment: -0.57, sentimentTrajectory: [-0.18, 0, 0, -0.57], frustration: repeating }));
  assert.equal(decision.primaryTrigger, "sentiment");
  assert.match(decision.triggersFired[0]!.evidence, /unhappy at having to ask again/);
  assert.equal(decideEscalation(turn({ turn: 4, sentiment: -0.1, sentimentTrajectory: [0, 0, 0, -0.1], frustration: repeating }), policy).escalate, false);
  assert.equal(decideEscalation(turn({ sentiment: -0.57, sentimentTrajectory: [-0.57], frustration: repeating }), policy).escalate, false);
  const stillWaiting = { score: 0.47, cues: [{ cue: "repeat_phrase", evidence: "\"still waiting\"" }] };
  assert.equal(decideEscalation(turn({ turn: 2, sentiment: -0.42, sentimentTrajectory: [0, -0.42], frustration: stillWaiting }), policy).escalate, false);
});
