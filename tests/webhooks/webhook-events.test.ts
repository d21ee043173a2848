// Each webhook event type comes from the desk's real write paths (the AI pipeline, the console's
// actions, the REST API, approvals, CSAT) and reaches a real receiver, signed and in order.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Db } from "../../lib/db";
import { handleCustomerMessage } from "../../lib/agents/pipeline";
import { createApiToken } from "../../lib/api/tokens";
import { decideApproval } from "../../lib/console/approval-decisions";
import { claimConversation, resolveAsStaff, type StaffMember } from "../../lib/console/staff-actions";
import { rateConversation } from "../../lib/conversation/rating";
import { createWebhookEndpoint } from "../../lib/webhooks/endpoints";
import { webhookEventTypes } from "../../lib/webhooks/event-types";
import { startWebhookSender, type WebhookSender } from "../../lib/webhooks/sender";
import { demoStaffMembers, openDemoDatabase, startTestConversation } from "../agents/pipeline-harness";
import { startWebhookReceiver, type WebhookReceiver } from "../support/webhook-receiver";

let db: Db;
let workspaceId: string;
let close: () => Promise<void>;
let supervisor: StaffMember;
let receiver: WebhookReceiver;
let sender: WebhookSender;

before(async () => {
  ({ db, workspaceId, close } = await openDemoDatabase());
  ({ supervisor } = await demoStaffMembers(db, workspaceId));
  receiver = await startWebhookReceiver([]);
  const { secret } = await createWebhookEndpoint(db, { userId: supervisor.userId, workspaceId }, { url: receiver.url, eventTypes: [...webhookEventTypes] });
  receiver.secrets.push(secret);
  sender = startWebhookSender({ pollMs: 20 });
});
after(async () => {
  await sender?.stop();
  await receiver?.close();
  await close();
});

function typesFor(conversationId: string): string[] {
  return receiver.accepted.filter((d) => d.data.conversationId === conversationId).map((d) => d.type);
}

test("a conversation started through the API, escalated by the AI, taken, resolved and rated sends each event in order, the escalation with its brief", async () => {
  const admin = await db.user.findFirstOrThrow({ where: { workspaceId, role: "admin" } });
  const { token } = await createApiToken(db, { userId: admin.id, workspaceId }, { name: "events", scope: "write" });
  const { POST } = await import("../../app/api/v1/conversations/route");
  const response = await POST(
    new Request("http://desk.test/api/v1/conversations", { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: JSON.stringify({ message: "I want to talk to a human" }) }),
    { params: Promise.resolve({}) },
  );
  assert.equal(response.status, 201);
  const conversationId = ((await response.json()) as { id: string }).id;
  await receiver.waitFor(() => typesFor(conversationId).includes("conversation.escalated"), "the escalation", 60_000);

  await claimConversation(db, supervisor, conversationId);
  await resolveAsStaff(db, supervisor, conversationId, "solved", null);
  await rateConversation(db, { workspaceId, conversationId, score: 4, comment: "Thanks", at: new Date() });
  await receiver.waitFor(() => typesFor(conversationId).includes("csat.submitted"), "the rating");

  const lifecycle = typesFor(conversationId).filter((t) => t !== "message.created" && t !== "conversation.assigned");
  assert.deepEqual(lifecycle, ["conversation.created", "conversation.escalated", "conversation.resolved", "csat.submitted"]);
  const types = typesFor(conversationId);
  assert.ok(types.indexOf("conversation.assigned") > types.indexOf("conversation.escalated"), "taken after it was escalated");
  const messages = receiver.accepted.filter((d) => d.data.conversationId === conversationId && d.type === "message.created").map((d) => d.data.message as { seq: number; author: string; body: string });
  assert.deepEqual(messages.map((m) => m.seq), messages.map((_, i) => i + 1), "every message, in sequence");
  assert.equal(messages[0]!.body, "I want to talk to a human");
  const escalated = receiver.accepted.find((d) => d.data.conversationId === conversationId && d.type === "conversation.escalated")!;
  const brief = escalated.data.brief as { handoff_id: string; escalation: { reason: string } };
  assert.ok(brief.handoff_id && brief.escalation.reason, "the escalation carries the handoff brief");
  const csat = receiver.accepted.find((d) => d.data.conversationId === conversationId && d.type === "csat.submitted")!;
  assert.deepEqual([csat.data.score, csat.data.comment], [4, "Thanks"]);
});

test("a refund above the AI's authority sends approval.requested, and the supervisor's decision approval.decided", async () => {
  const since = new Date(Date.now() - 20 * 24 * 3600 * 1000);
  const order = await db.order.findFirstOrThrow({
    where: { workspaceId, status: "delivered", deliveredAt: { gte: since }, totalCents: { gt: 100_00 }, refunds: { none: {} }, payments: { some: { status: "succeeded" } }, customer: { subscriptions: { none: {} } } },
    orderBy: { number: "asc" },
  });
  const conversation = await startTestConversation(db, workspaceId, order.customerId, true);
  await (await handleCustomerMessage({ conversationId: conversation.id, body: `I'd like a refund for order ${order.number}, it arrived broken` })).turn;
  const request = await db.conversationEvent.findFirstOrThrow({ where: { conversationId: conversation.id, type: "approval_requested" } });
  await decideApproval(db, supervisor, { conversationId: conversation.id, approvalEventId: request.id, decision: "approve", reason: null });
  await receiver.waitFor(() => typesFor(conversation.id).includes("approval.decided"), "the decision");
  const types = typesFor(conversation.id);
  assert.ok(types.indexOf("approval.requested") < types.indexOf("approval.decided"));
  const requested = receiver.accepted.find((d) => d.data.conversationId === conversation.id && d.type === "approval.requested")!;
  assert.equal(requested.data.eventId, request.id);
  assert.equal(requested.data.action, "refund");
});
