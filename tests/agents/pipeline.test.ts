import { test } from "node:test";
import assert from "node:assert/strict";
import type { Db } from "../../lib/db";
import { handleCustomerMessage } from "../../lib/agents/pipeline";
import { openDemoDatabaseFor, startTestConversation } from "./pipeline-harness";

let db: Db;
let workspaceId: string;
openDemoDatabaseFor((demo) => ({ db, workspaceId } = demo));

async function say(conversationId: string, body: string, clientMessageId?: string) {
  const sent = await handleCustomerMessage({ conversationId, body, clientMessageId });
  return { ...sent, outcome: await sent.turn };
}

async function lastAiMessage(conversationId: string) {
  return db.message.findFirst({ where: { conversationId, author: "ai" }, orderBy: { seq: "desc" } });
}

test("a help-centre question is answered from the right article, with a link to it", async () => {
  const conversation = await startTestConversation(db, workspaceId, null, false);
  const { outcome } = await say(conversation.id, "How long do I have to return an item?");
  assert.equal(outcome?.decision.escalate, false);
  const reply = await lastAiMessage(conversation.id);
  assert.match(reply!.body, /\]\(\/help\/return-policy\)/);
  assert.match(reply!.body, /30/);
  const classification = await db.conversationEvent.findFirst({ where: { conversationId: conversation.id, type: "classification" } });
  assert.equal((classification!.payload as { specialist: string }).specialist, "knowledge");
});

test("a verified customer's order status comes from their real order", async () => {
  const order = await db.order.findFirstOrThrow({ where: { workspaceId, status: "shipped" }, include: { customer: true } });
  const conversation = await startTestConversation(db, workspaceId, order.customerId, true);
  await say(conversation.id, `where is my order ${order.number}?`);
  const reply = await lastAiMessage(conversation.id);
  assert.match(reply!.body, new RegExp(`order ${order.number}`));
  assert.match(reply!.body, /shipped/);
  assert.ok(reply!.body.includes(order.trackingNumber!), "the tracking number is given");
  const action = await db.conversationEvent.findFirst({ where: { conversationId: conversation.id, type: "action_taken" } });
  assert.equal((action!.payload as { action: string }).action, "lookupOrder");
});

test("a refund within policy is issued once, however often it is asked for", async () => {
  const since = new Date(Date.now() - 20 * 24 * 3600 * 1000);
  const order = await db.order.findFirstOrThrow({
    where: { workspaceId, status: "delivered", deliveredAt: { gte: since }, totalCents: { lte: 100_00 }, customer: { subscriptions: { none: {} } } },
  });
  const conversation = await startTestConversation(db, workspaceId, order.customerId, true);
  const { outcome } = await say(conversation.id, `I'd like a refund for order ${order.number}, it arrived broken`);
  assert.equal(outcome?.decision.action, "continue");
  assert.match((await lastAiMessage(conversation.id))!.body, /refunded/);
  assert.equal((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status, "refunded");

  await say(conversation.id, `please refund order ${order.number}`);
  const refunds = await db.refund.findMany({ where: { orderId: order.id } });
  assert.equal(refunds.length, 1, "the second request does not refund again");
  assert.equal(refunds[0].amountCents, order.totalCents);
  const audit = await db.auditLog.findMany({ where: { targetId: order.id, action: "refund.completed" } });
  assert.equal(audit.length, 1);
});

test("account actions wait until the customer has proved who they are", async () => {
  const order = await db.order.findFirstOrThrow({ where: { workspaceId, status: "delivered" } });
  const conversation = await startTestConversation(db, workspaceId, order.customerId, false);
  await say(conversation.id, `I want a refund for order ${order.number}`);
  assert.match((await lastAiMessage(conversation.id))!.body, /Verify my email/);
  assert.equal(await db.refund.count({ where: { orderId: order.id } }), 0);
});

test("a resent message is stored once and answered once", async () => {
  const conversation = await startTestConversation(db, workspaceId, null, false);
  const first = await say(conversation.id, "what payment methods do you accept?", "client-msg-0001");
  const again = await say(conversation.id, "what payment methods do you accept?", "client-msg-0001");
  assert.equal(again.duplicate, true);
  assert.equal(again.message.id, first.message.id);
  assert.equal(await db.message.count({ where: { conversationId: conversation.id, author: "customer" } }), 1);
  assert.equal(await db.message.count({ where: { conversationId: conversation.id, author: "ai" } }), 1);
});

test("asking for a person hands the conversation to the queue and the AI goes quiet", async () => {
  const conversation = await startTestConversation(db, workspaceId, null, false);
  const { outcome } = await say(conversation.id, "I want to talk to a human");
  assert.equal(outcome?.decision.action, "handoff");
  assert.equal(outcome?.decision.primaryTrigger, "customer_request");
  const stored = await db.conversation.findUniqueOrThrow({ where: { id: conversation.id } });
  assert.equal(stored.status, "waiting_human");
  const decision = await db.conversationEvent.findFirst({ where: { conversationId: conversation.id, type: "escalation_decision" } });
  const fired = (decision!.payload as { decision: { triggersFired: { trigger: string; score: number; threshold: number; evidence: string }[] } }).decision.triggersFired;
  assert.equal(fired[0].trigger, "customer_request");
  assert.ok(fired[0].evidence.length > 0 && fired[0].score >= fired[0].threshold);

  const aiBefore = await db.message.count({ where: { conversationId: conversation.id, author: "ai" } });
  await say(conversation.id, "hello? where is my order 4512");
  assert.equal(await db.message.count({ where: { conversationId: conversation.id, author: "ai" } }), aiBefore, "no AI reply while a person owns it");
  assert.equal(await db.conversationEvent.count({ where: { conversationId: conversation.id, type: "turn_signals" } }), 2, "signals are still measured for the console");
});

test("a refund above the AI's limit becomes an approval request, not a refusal", async () => {
  const customer = await db.customer.findFirstOrThrow({ where: { workspaceId } });
  const conversation = await startTestConversation(db, workspaceId, customer.id, true);
  const { outcome } = await say(conversation.id, "please refund $349 for the broken cookware set");
  assert.equal(outcome?.decision.action, "approval_request");
  assert.equal(outcome?.decision.primaryTrigger, "authority_limit");
  const request = await db.conversationEvent.findFirst({ where: { conversationId: conversation.id, type: "approval_requested" } });
  assert.deepEqual((request!.payload as { amountCents: number; limitCents: number }).amountCents, 349_00);
  assert.match((await lastAiMessage(conversation.id))!.body, /asked a member of our team/);
  assert.equal((await db.conversation.findUniqueOrThrow({ where: { id: conversation.id } })).status, "open", "the AI keeps the conversation");
});

test("the desk's own handoff notice is written in the customer's language", async () => {
  const conversation = await startTestConversation(db, workspaceId, null, false);
  await db.conversation.update({ where: { id: conversation.id }, data: { language: "es" } });
  await say(conversation.id, "Quiero hablar con una persona, por favor");
  const notice = await db.message.findFirstOrThrow({ where: { conversationId: conversation.id, author: "system" }, orderBy: { seq: "desc" } });
  assert.match(notice.body, /equipo/);
  assert.doesNotMatch(notice.body, /team/);
});

test("a turn that fails on the desk's side still tells the customer, in their language, instead of leaving them in silence", async () => {
  const workspace = await db.workspace.findUniqueOrThrow({ where: { id: workspaceId } });
  const conversation = await startTestConversation(db, workspaceId, null, false);
  await db.conversation.update({ where: { id: conversation.id }, data: { language: "es" } });
  // Settings no turn can read make the turn itself fail.
  await db.workspace.update({ where: { id: workspaceId }, data: { escalationPolicy: { confidenceFloor: "not a number" } } });
  try {
    const sent = await handleCustomerMessage({ conversationId: conversation.id, body: "¿Dónde está mi pedido?" });
    await assert.rejects(sent.turn);
  } finally {
    await db.workspace.update({ where: { id: workspaceId }, data: { escalationPolicy: workspace.escalationPolicy as object } });
  }
  const notice = await db.message.findFirstOrThrow({ where: { conversationId: conversation.id, author: "system" }, orderBy: { seq: "desc" } });
  assert.match(notice.body, /Algo falló de nuestra parte/);
  assert.match(notice.body, /Hablar con una persona/);
  const owed = await db.message.count({ where: { conversationId: conversation.id, turnPending: true } });
  assert.equal(owed, 0, "the failed turn is not retried forever");
});
