import { test } from "node:test";
import assert from "node:assert/strict";
import type { EscalationDecision, TurnSignals } from "../../lib/events/catalogue";
import { buildHandoffBrief, type BriefBusiness, type BriefLog } from "../../lib/handoff/brief";
import { redactSensitive } from "../../lib/handoff/redact";
import type { RoutingDecision } from "../../lib/handoff/routing";
import { defaultEscalationPolicy } from "../../lib/workspace/settings";
import { calmTurn } from "../fixtures/turn-signals";

const start = new Date("2026-11-24T10:00:00Z");
const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);
const now = at(300);

function signals(overrides: Partial<TurnSignals>): TurnSignals {
  return calmTurn({ intent: "get_refund", anomaly: { contactsLast24h: 1, baselinePerDay: 1 }, agentChain: ["triage", "transactions"], ...overrides });
}

const handoff: EscalationDecision = {
  escalate: true,
  action: "handoff",
  primaryTrigger: "sentiment",
  triggersFired: [
    { trigger: "sentiment", score: -0.7, threshold: -0.6, evidence: "sentiment -0.7 ≤ -0.6" },
    { trigger: "customer_request", score: 0.8, threshold: 0.5, evidence: "asked for a manager" },
  ],
  reason: "The customer is angry about a refund that has not arrived.",
  urgency: "high",
};

const routing: RoutingDecision = {
  mode: "warm",
  agentId: "user-maya",
  agentName: "Maya Ortega",
  queue: "billing",
  requiredSkills: ["billing"],
  language: "en",
  overflow: "none",
  reason: "Maya Ortega has billing, speaks en and is the least loaded match (0 of 4 chats).",
};

function business(overrides: Partial<BriefBusiness> = {}): BriefBusiness {
  return {
    dailySequence: 7,
    routing,
    slaFirstResponseSeconds: 600,
    otherConversations: [
      { id: "c-old", status: "resolved", createdAt: at(-86400 * 10), csatScore: 4 },
      { id: "c-open", status: "waiting_human", createdAt: at(-3600), csatScore: null },
    ],
    recentOrders: [{ number: "4512", status: "delivered", totalCents: 8900, currency: "USD", placedAt: at(-86400 * 5) }],
    failedPayments: [{ amountCents: 8900, currency: "USD", status: "failed", failureReason: "card_declined", cardBrand: "visa", cardLast4: "4242", createdAt: at(-86400 * 5) }],
    atStakeCents: 12_000,
    ...overrides,
  };
}

/** What triage stores with every classification besides the intent and category these tests vary. */
const classified = { messageId: "m", confidence: 0.9, alternatives: [], specialist: "transactions", routeReason: "", entities: [] };

function event(type: string, payload: unknown, seconds: number) {
  return { type, payload, createdAt: at(seconds) };
}

function log(): BriefLog {
  return {
    conversation: {
      id: "conv-1",
      channel: "chat",
      language: "en",
      pageUrl: "https://shop.example/orders/4512",
      pageTitle: "Order 4512",
      createdAt: start,
      customer: { id: "cus-1", name: "Emily Carter", email: "emily@example.com", tier: "pro", language: "en", lifetimeValueCents: 124_000 },
    },
    messages: [
      { author: "customer", body: "Hi, I want a refund for order 4512", createdAt: at(10) },
      { author: "ai", body: "I've refunded it.", createdAt: at(20) },
      { author: "customer", body: "This is useless, my card 4111 1111 1111 1111 still shows nothing and my password is hunter2", createdAt: at(200) },
    ],
    events: [
      event("verification", { verified: true, method: "identity_hash" }, 1),
      event("classification", { ...classified, intent: "get_refund", category: "refunds" }, 11),
      event("turn_signals", { messageId: "m", signals: signals({}), sentimentLabel: "neutral" }, 11),
      event("escalation_decision", { messageId: "m", thresholds: defaultEscalationPolicy, decision: { ...handoff, escalate: false, action: "continue", primaryTrigger: null, triggersFired: [], urgency: "low" } }, 11),
      event("agent_switch", { from: "triage", to: "transactions", reason: "A refund is a transaction." }, 11),
      event("action_taken", { action: "requestRefund", result: "refund_completed", output: { kind: "refund_completed", amountCents: 8900, order: { number: "4512" } } }, 15),
      event("classification", { ...classified, intent: "get_refund", category: "refunds" }, 201),
      event("turn_signals", { messageId: "m",
        signals: signals({ turn: 2, sentiment: -0.7, sentimentTrajectory: [0.1, -0.7], frustration: { score: 0.6, cues: [{ cue: "threat_to_leave", evidence: "useless" }] } }),
        sentimentLabel: "angry",
      }, 201),
      event("escalation_decision", { messageId: "m", thresholds: defaultEscalationPolicy, decision: handoff }, 201),
    ],
  };
}

test("the brief carries who, what, why now and where it goes, from the log and the records", () => {
  const brief = buildHandoffBrief(log(), business(), now);
  assert.equal(brief.handoff_id, "HO-20261124-007");
  assert.equal(brief.created_at, now.toISOString());
  assert.equal(brief.mode, "warm");
  assert.deepEqual(brief.previous_handoff_ids, []);
  assert.deepEqual(brief.customer, {
    id: "cus-1",
    name: "Emily Carter",
    email: "emily@example.com",
    tier: "pro",
    language: "en",
    lifetime_value: 1240,
    previous_tickets: 2,
    avg_satisfaction: 4,
    verified: true,
    risk_flags: ["failed_payment"],
    attributes: {},
  });
  assert.deepEqual(brief.conversation, {
    id: "conv-1",
    channel: "chat",
    page_url: "https://shop.example/orders/4512",
    page_title: "Order 4512",
    intent: "get_refund",
    category: "refunds",
    duration_seconds: 300,
    message_count: 3,
    sentiment_trajectory: [0.1, -0.7],
    current_sentiment: "angry",
    agent_chain: ["triage", "transactions"],
  });
  assert.deepEqual(brief.actions_taken, [{ action: "requestRefund", result: "success", detail: "refund completed of $89.00 on order #4512", at: at(15).toISOString() }]);
  assert.equal(brief.escalation.trigger, "sentiment");
  assert.deepEqual(brief.escalation.triggers_fired.map((t) => t.trigger), ["sentiment", "customer_request"], "every trigger that fired, not only the first");
  assert.equal(brief.escalation.reason, handoff.reason);
  assert.equal(brief.escalation.urgency, "high");
  assert.equal(brief.escalation.confidence_score, 0.9);
  assert.equal(brief.escalation.churn_risk, 1, "angry and threatening to leave");
  assert.equal(brief.escalation.sla_due_at, at(900).toISOString());
  assert.match(brief.escalation.recommended_action, /Acknowledge the frustration/);
  assert.deepEqual(brief.routing, { queue: "billing", assigned_agent_id: "user-maya", required_skills: ["billing"], language: "en", reason: routing.reason });
  assert.deepEqual(brief.context.open_tickets, [{ id: "c-open", status: "waiting_human", created_at: at(-3600).toISOString() }]);
  assert.deepEqual(brief.context.recent_orders, [{ number: "4512", status: "delivered", total: 89, currency: "USD", placed_at: at(-86400 * 5).toISOString() }]);
  assert.equal(brief.context.payment_issues[0].card, "visa •••• 4242");
  assert.match(brief.context.business_impact ?? "", /pro customer, \$1,240.00 lifetime value; \$120.00 in open orders/);
});

test("the summary is two or three sentences and the verbatim is the customer's worst moment", () => {
  const brief = buildHandoffBrief(log(), business(), now);
  const sentences = brief.context.summary.split(/(?<=[.!?])\s+/).filter(Boolean);
  assert.ok(sentences.length >= 2 && sentences.length <= 3, brief.context.summary);
  assert.match(brief.context.summary, /^Emily Carter \(pro tier\) wrote from the page "Order 4512" about get refund\./);
  assert.match(brief.context.customer_verbatim ?? "", /^This is useless/);
});

test("card numbers, codes and passwords never reach the brief", () => {
  const brief = buildHandoffBrief(log(), business(), now);
  const json = JSON.stringify(brief);
  assert.doesNotMatch(json, /4111/);
  assert.doesNotMatch(json, /hunter2/);
  assert.match(brief.context.customer_verbatim ?? "", /\[card number redacted\].*password is \[redacted\]/);
  assert.equal(redactSensitive("the code is 482913 for order 4512"), "the code is [redacted] for order 4512");
  assert.equal(redactSensitive("order 4512 and 1234-5678"), "order 4512 and 1234-5678", "order numbers stay readable");
});

test("nothing is invented for a visitor nobody knows", () => {
  const anonymous = log();
  anonymous.conversation = { ...anonymous.conversation, customer: null, pageTitle: null, pageUrl: null };
  anonymous.events = anonymous.events.filter((e) => e.type !== "verification");
  const brief = buildHandoffBrief(anonymous, business({ otherConversations: null, recentOrders: [], failedPayments: [], atStakeCents: null }), now);
  assert.deepEqual(brief.customer, {
    id: null,
    name: null,
    email: null,
    tier: null,
    language: "en",
    lifetime_value: null,
    previous_tickets: null,
    avg_satisfaction: null,
    verified: false,
    risk_flags: [],
    attributes: {},
  });
  assert.equal(brief.context.business_impact, null);
  assert.deepEqual(brief.context.open_tickets, []);
  assert.match(brief.context.summary, /^A visitor who is not signed in wrote about get refund\./);
});

test("a re-escalation links the earlier briefs", () => {
  const first = buildHandoffBrief(log(), business({ dailySequence: 1 }), now);
  const again = log();
  again.events = [...again.events, event("handoff_brief", { brief: first }, 300), event("ownership_changed", { from: { kind: "human", userId: "user-maya" }, to: { kind: "ai" }, reason: "Handed back" }, 400)];
  const second = buildHandoffBrief(again, business({ dailySequence: 2 }), at(500));
  assert.deepEqual(second.previous_handoff_ids, ["HO-20261124-001"]);
  assert.equal(second.handoff_id, "HO-20261124-002");
});

test("an approval the AI could not give shows as pending and shapes the recommendation", () => {
  const pending = log();
  const authority: EscalationDecision = { ...handoff, primaryTrigger: "authority_limit", triggersFired: [{ trigger: "authority_limit", score: 34900, threshold: 10000, evidence: "refund $349.00 > $100.00" }] };
  pending.events = [
    ...pending.events.slice(0, -1),
    event("turn_signals", { messageId: "m", signals: signals({ authority: { action: "refund", amountCents: 34900, limitCents: 10000 } }), sentimentLabel: "neutral" }, 250),
    event("approval_requested", { action: "refund", amountCents: 34900, limitCents: 10000 }, 250),
    event("escalation_decision", { messageId: "m", thresholds: defaultEscalationPolicy, decision: authority }, 250),
  ];
  const brief = buildHandoffBrief(pending, business(), now);
  assert.deepEqual(brief.actions_taken.map((a) => a.result), ["success", "pending_approval"]);
  assert.equal(brief.escalation.recommended_action, "Decide on the refund of $349.00 (AI limit $100.00).");
  assert.match(brief.context.ai_limitation, /above what the AI may do/);
});

test("after a model failure on the first message the summary never says the AI replied", () => {
  const failed: BriefLog = {
    ...log(),
    messages: [
      { author: "customer", body: "Where is my order 4512?", createdAt: at(10) },
      { author: "system", body: "I'm sorry, I can't answer that right now because of a technical problem on our side.", createdAt: at(40) },
    ],
    events: [
      event("escalation_decision", { messageId: "m", thresholds: defaultEscalationPolicy,
        decision: { ...handoff, primaryTrigger: "model_failure", triggersFired: [{ trigger: "model_failure", score: 1, threshold: 1, evidence: "HTTP 500 after 3 tries" }], reason: "No model could answer the turn." },
      }, 40),
    ],
  };
  const summary = buildHandoffBrief(failed, business(), now).context.summary;
  assert.doesNotMatch(summary, /replied/);
  assert.match(summary, /no answer was sent/);
});

test("a handoff before the AI said anything says it had not replied yet", () => {
  const early: BriefLog = { ...log(), messages: [{ author: "customer", body: "I want to talk to a human", createdAt: at(10) }], events: [event("escalation_decision", { messageId: "m", thresholds: defaultEscalationPolicy, decision: handoff }, 11)] };
  assert.match(buildHandoffBrief(early, business(), now).context.summary, /had not replied yet/);
});

test("the brief records the language the customer is writing in, not their profile's", () => {
  const spanish = log();
  spanish.conversation = { ...spanish.conversation, language: "es" };
  assert.equal(buildHandoffBrief(spanish, business(), now).customer.language, "es");
});
