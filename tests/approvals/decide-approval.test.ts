import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import type { Db } from "../../lib/db";
import { handleCustomerMessage } from "../../lib/agents/pipeline";
import { decideApproval } from "../../lib/console/approval-decisions";
import { StaffActionError, type StaffMember } from "../../lib/console/staff-actions";
import { demoStaffMembers, openDemoDatabase, startTestConversation } from "../agents/pipeline-harness";

let db: Db;
let workspaceId: string;
let close: () => Promise<void>;
let supervisor: StaffMember;
let agent: StaffMember;

before(async () => {
  ({ db, workspaceId, close } = await openDemoDatabase());
  ({ supervisor, agent } = await demoStaffMembers(db, workspaceId));
});
after(async () => close());

async function say(conversationId: string, body: string) {
  const sent = await handleCustomerMessage({ conversationId, body });
  return sent.turn;
}

async function largeRefundableOrder() {
  const since = new Date(Date.now() - 20 * 24 * 3600 * 1000);
  return db.order.findFirstOrThrow({
    where: { workspaceId, status: "delivered", deliveredAt: { gte: since }, totalCents: { gt: 100_00 }, refunds: { none: {} }, payments: { some: { status: "succeeded" } }, customer: { subscriptions: { none: {} } } },
    orderBy: { number: "asc" },
  });
}

async function approvalEventOf(conversationId: string) {
  return db.conversationEvent.findFirstOrThrow({ where: { conversationId, type: "approval_requested" } });
}

test("a refund the refund tool filed for approval is paid once a supervisor approves, and the AI says so", async () => {
  const order = await largeRefundableOrder();
  const conversation = await startTestConversation(db, workspaceId, order.customerId, true);
  await say(conversation.id, `I'd like a refund for order ${order.number}, it arrived broken`);
  const request = await approvalEventOf(conversation.id);
  assert.equal((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status, "delivered");

  const input = { conversationId: conversation.id, approvalEventId: request.id, decision: "approve" as const, reason: null };
  await assert.rejects(decideApproval(db, agent, input), (error: unknown) => error instanceof StaffActionError && /supervisor/.test(error.message));
  const decided = await decideApproval(db, supervisor, input);
  assert.equal(decided.decision, "approved");
  assert.equal((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status, "refunded");
  const announcement = await db.message.findFirstOrThrow({ where: { conversationId: conversation.id, author: "ai" }, orderBy: { seq: "desc" } });
  assert.match(announcement.body, new RegExp(`approved your refund, and I've refunded .* for order ${order.number}`));

  // A second click, or a colleague's, changes nothing and returns the first decision.
  const again = await decideApproval(db, supervisor, { ...input, decision: "deny", reason: "changed my mind" });
  assert.deepEqual(again, decided);
  assert.equal(await db.conversationEvent.count({ where: { conversationId: conversation.id, type: "approval_decided" } }), 1);
  assert.equal(await db.auditLog.count({ where: { targetId: conversation.id, action: "approval.approved", actorId: supervisor.userId } }), 1);
});

test("an amount the customer named above the limit is refunded on their order when approved", async () => {
  const order = await largeRefundableOrder();
  const conversation = await startTestConversation(db, workspaceId, order.customerId, true);
  const amount = (order.totalCents / 100).toFixed(2);
  const outcome = await say(conversation.id, `I want a refund of $${amount} for order ${order.number}`);
  assert.equal(outcome?.decision.action, "approval_request");
  assert.equal(await db.refund.count({ where: { orderId: order.id } }), 0);

  const request = await approvalEventOf(conversation.id);
  await decideApproval(db, supervisor, { conversationId: conversation.id, approvalEventId: request.id, decision: "approve", reason: null });
  const refund = await db.refund.findFirstOrThrow({ where: { orderId: order.id } });
  assert.deepEqual({ status: refund.status, amountCents: refund.amountCents, requestedBy: refund.requestedBy }, { status: "completed", amountCents: order.totalCents, requestedBy: "user" });
  assert.equal((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status, "refunded");
});

test("a denial pays nothing and the AI passes the reason on kindly", async () => {
  const order = await largeRefundableOrder();
  const conversation = await startTestConversation(db, workspaceId, order.customerId, true);
  await say(conversation.id, `I'd like a refund for order ${order.number}, please`);
  const request = await approvalEventOf(conversation.id);
  const decided = await decideApproval(db, supervisor, { conversationId: conversation.id, approvalEventId: request.id, decision: "deny", reason: "the return was never shipped back" });
  assert.equal(decided.decision, "denied");
  assert.equal((await db.refund.findFirstOrThrow({ where: { orderId: order.id } })).status, "denied");
  assert.equal((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status, "delivered");
  const announcement = await db.message.findFirstOrThrow({ where: { conversationId: conversation.id, author: "ai" }, orderBy: { seq: "desc" } });
  assert.match(announcement.body, /I'm sorry.*The reason they gave: the return was never shipped back\./);
});
