import { test } from "node:test";
import assert from "node:assert/strict";
import type { Db } from "../../lib/db";
import { handleCustomerMessage } from "../../lib/agents/pipeline";
import { defaultEscalationPolicy, type EscalationPolicy } from "../../lib/workspace/settings";
import { openDemoDatabaseFor, startTestConversation } from "./pipeline-harness";

/** The handoff policy through the whole pipeline: what the customer is told, and when a person takes over. */

let db: Db;
let workspaceId: string;
openDemoDatabaseFor((demo) => ({ db, workspaceId } = demo));

async function withPolicy(changes: Partial<EscalationPolicy>) {
  await db.workspace.update({ where: { id: workspaceId }, data: { escalationPolicy: { ...defaultEscalationPolicy, ...changes } } });
}

async function say(conversationId: string, body: string) {
  // One contact today, so the anomaly trigger stays out of these conversations.
  const sent = await handleCustomerMessage({ conversationId, body, context: { contactTimestamps: [new Date()] } });
  const outcome = (await sent.turn)!;
  const replies = await db.message.findMany({ where: { conversationId, seq: { gt: sent.message.seq } }, orderBy: { seq: "asc" } });
  return { outcome, replies };
}

async function answerBases(conversationId: string) {
  const events = await db.conversationEvent.findMany({ where: { conversationId, type: "answer_basis" }, orderBy: { createdAt: "asc" } });
  return events.map((e) => (e.payload as { kind: string }).kind);
}

// A floor of certainty, which a probability fitted from evidence never reaches, makes every
// help-centre question a miss, whatever the retrieval scores.
const everyQuestionMisses = { confidenceFloor: 1 };

test("a first miss is said plainly with the closest articles and the button for a person; the second in a row hands over", async () => {
  await withPolicy(everyQuestionMisses);
  const conversation = await startTestConversation(db, workspaceId, null, false);
  const first = await say(conversation.id, "could you tell me about the delivery periods?");
  assert.equal(first.outcome.decision.action, "continue");
  assert.equal(first.outcome.decision.unanswered?.kind, "miss");
  assert.equal(first.replies.length, 1);
  assert.equal(first.replies[0]!.author, "ai");
  assert.match(first.replies[0]!.body, /don't have an answer/);
  assert.match(first.replies[0]!.body, /\]\(\/help\/[a-z0-9-]+\)/, "offers the closest articles as links");
  assert.match(first.replies[0]!.body, /\*\*Talk to a person\*\*/);
  assert.deepEqual(await answerBases(conversation.id), ["miss"]);

  const second = await say(conversation.id, "and how much does express shipping cost?");
  assert.equal(second.outcome.decision.action, "handoff");
  assert.equal(second.outcome.decision.primaryTrigger, "low_confidence");
  assert.match(second.outcome.decision.triggersFired[0]!.evidence, /2 misses in a row/);
  assert.equal((await db.conversation.findUniqueOrThrow({ where: { id: conversation.id } })).status, "waiting_human");
});

test("misses in a row before a handoff follow the workspace's setting", async () => {
  await withPolicy({ ...everyQuestionMisses, missesBeforeHandoff: 1 });
  const conversation = await startTestConversation(db, workspaceId, null, false);
  const { outcome } = await say(conversation.id, "could you tell me about the delivery periods?");
  assert.equal(outcome.decision.primaryTrigger, "low_confidence");
  assert.equal(outcome.decision.action, "handoff");
});

test("a question that is not about the shop gets a polite scope answer and no person", async () => {
  await withPolicy({});
  const conversation = await startTestConversation(db, workspaceId, null, false);
  for (const question of ["What is the capital of Australia?", "who won the world cup in 2018?"]) {
    const { outcome, replies } = await say(conversation.id, question);
    assert.equal(outcome.decision.action, "continue", question);
    assert.equal(outcome.decision.unanswered?.kind, "out_of_scope");
    assert.match(replies[0]!.body, /I can only help with things about our shop: orders/);
  }
  assert.deepEqual(await answerBases(conversation.id), ["scope", "scope"]);
  assert.equal((await db.conversation.findUniqueOrThrow({ where: { id: conversation.id } })).status, "open");
});

test("an off-topic request is declined by meaning, whatever the intent model made of it, and a question about the shop without a shop word is answered", async () => {
  await withPolicy({});
  for (const request of ["write me a poem about cats", "recommend a good movie"]) {
    const conversation = await startTestConversation(db, workspaceId, null, false);
    const { outcome, replies } = await say(conversation.id, request);
    assert.equal(outcome.decision.unanswered?.kind, "out_of_scope", request);
    assert.match(outcome.decision.reason, /nothing close to a question the help centre answers/, request);
    assert.match(replies[0]!.body, /I can only help with things about our shop/, request);
  }
  const conversation = await startTestConversation(db, workspaceId, null, false);
  await say(conversation.id, "do you sell my data?");
  assert.deepEqual(await answerBases(conversation.id), ["article"]);
});

test("asking about returns, then an address, then payment methods is three questions, not a loop", async () => {
  await withPolicy({ maxAgentHops: 1 });
  const order = await db.order.findFirstOrThrow({ where: { workspaceId, status: "paid" } });
  const conversation = await startTestConversation(db, workspaceId, order.customerId, true);
  for (const question of ["How long do I have to return an item?", `can I change the shipping address of order ${order.number}?`, "what payment methods do you accept?"]) {
    const { outcome } = await say(conversation.id, question);
    assert.ok(!outcome.decision.triggersFired.some((t) => t.trigger === "handoff_loop"), `${question}: ${outcome.signals.agentChain.join(" → ")}`);
    assert.ok(outcome.signals.agentChain.length <= 2, outcome.signals.agentChain.join(" → "));
  }
});

test("a product that caught fire and hurt the customer goes to a person at once", async () => {
  await withPolicy({});
  const conversation = await startTestConversation(db, workspaceId, null, false);
  const { outcome } = await say(conversation.id, "My toaster caught fire and burned my hand");
  assert.equal(outcome.decision.primaryTrigger, "risk");
  assert.equal(outcome.signals.risk.category, "safety");
  assert.equal(outcome.decision.urgency, "critical");
});

test("a polite refund request with an order number is carried out, not met with a clarifying question", async () => {
  await withPolicy({});
  const since = new Date(Date.now() - 20 * 24 * 3600 * 1000);
  const order = await db.order.findFirstOrThrow({
    where: { workspaceId, status: "delivered", deliveredAt: { gte: since }, totalCents: { lte: 100_00 }, customer: { subscriptions: { none: {} } } },
  });
  const conversation = await startTestConversation(db, workspaceId, order.customerId, true);
  const { replies } = await say(conversation.id, `Please refund my order ${order.number}`);
  assert.match(replies.at(-1)!.body, /refunded/);
  assert.equal((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status, "refunded");
});
