import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import type { Db } from "../../lib/db";
import { handleCustomerMessage } from "../../lib/agents/pipeline";
import { replyAsHuman } from "../../lib/console/staff-actions";
import { checkUnansweredAssignments } from "../../lib/handoff/assignment-watch";
import type { OwnershipChangedPayload } from "../../lib/events/catalogue";
import { openDemoDatabase, startTestConversation } from "../agents/pipeline-harness";

let db: Db;
let workspaceId: string;
let close: () => Promise<void>;

const allWeek = Object.fromEntries(["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [d, [["00:00", "24:00"]]]));
const later = (from: Date, seconds: number) => new Date(from.getTime() + seconds * 1000);

before(async () => {
  ({ db, workspaceId, close } = await openDemoDatabase());
  await db.workspace.update({ where: { id: workspaceId }, data: { businessHours: allWeek } });
  await db.user.updateMany({ where: { workspaceId, role: "agent" }, data: { presence: "online" } });
});
after(async () => close());

async function escalatedConversation(now: Date) {
  const customer = await db.customer.findFirstOrThrow({ where: { workspaceId, language: "en", tier: "free" } });
  const conversation = await startTestConversation(db, workspaceId, customer.id, true);
  const sent = await handleCustomerMessage({ conversationId: conversation.id, body: "I want to talk to a human", now });
  await sent.turn;
  return db.conversation.findUniqueOrThrow({ where: { id: conversation.id } });
}

test("an assignment nobody answers moves to another person, records why, and skips everyone who missed it", async () => {
  const start = new Date();
  const conversation = await escalatedConversation(start);
  const first = conversation.assigneeId;
  assert.ok(first, "routing assigned someone");

  assert.equal(await checkUnansweredAssignments(db, later(start, 60)), 0);
  assert.equal(await checkUnansweredAssignments(db, later(start, 121)), 1);
  const moved = await db.conversation.findUniqueOrThrow({ where: { id: conversation.id } });
  assert.notEqual(moved.assigneeId, first);

  const requeue = await db.conversationEvent.findMany({ where: { conversationId: conversation.id, type: "ownership_changed" }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  const missed = requeue.map((e) => e.payload as unknown as OwnershipChangedPayload).find((p) => p.missedAssignment);
  assert.equal(missed?.missedAssignment?.agentId, first);
  assert.match(missed!.reason, /did not reply within 120 s/);
  const told = await db.message.findFirstOrThrow({ where: { conversationId: conversation.id, author: "system" }, orderBy: { seq: "desc" } });
  assert.match(told.body, /Sorry for the wait/);

  // The second person does not answer either: neither of them is offered it again.
  const second = moved.assigneeId;
  await checkUnansweredAssignments(db, later(start, 300));
  const again = await db.conversation.findUniqueOrThrow({ where: { id: conversation.id } });
  assert.ok(again.assigneeId !== first && (second === null || again.assigneeId !== second));
});

test("a reply within the limit keeps the conversation with its person", async () => {
  const start = new Date();
  const conversation = await escalatedConversation(start);
  const agent = await db.user.findUniqueOrThrow({ where: { id: conversation.assigneeId! } });
  await replyAsHuman(db, { userId: agent.id, role: "agent", workspaceId }, conversation.id, "Hi, I'm here.", undefined, later(start, 30));
  await checkUnansweredAssignments(db, later(start, 500));
  assert.equal((await db.conversation.findUniqueOrThrow({ where: { id: conversation.id } })).assigneeId, agent.id);
});
