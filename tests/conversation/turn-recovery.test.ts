// The AI's turn is owed in the database from the moment the customer's message is stored, so a
// desk that restarts after a crash still answers every message it acknowledged, once.
import assert from "node:assert/strict";
import { test } from "node:test";
import { handleCustomerMessage, resumeOwedTurns } from "../../lib/agents/pipeline";
import { recordMessage } from "../../lib/conversation/log";
import type { Db } from "../../lib/db";
import { openDemoDatabaseFor, startTestConversation } from "../agents/pipeline-harness";

let db: Db;
let workspaceId: string;
openDemoDatabaseFor((demo) => ({ db, workspaceId } = demo));

test("a customer message is stored owing its turn, and stops owing it once the AI has answered", async () => {
  const conversation = await startTestConversation(db, workspaceId, null, false);
  const sent = await handleCustomerMessage({ conversationId: conversation.id, body: "How long do I have to return an item?" });
  assert.equal(sent.message.turnPending, true, "owed in the same write that stores it, before the widget is told it is saved");
  const outcome = await sent.turn;
  assert.ok(outcome?.reply, "the AI answered");
  const stored = await db.message.findUniqueOrThrow({ where: { id: sent.message.id } });
  assert.equal(stored.turnPending, false);
  const { turnLeaseOwner } = await db.conversation.findUniqueOrThrow({ where: { id: conversation.id } });
  assert.equal(turnLeaseOwner, null, "the lease is given back");
});

test("messages acknowledged by a desk that then crashed are answered after the restart, in order, once each", async () => {
  const conversation = await startTestConversation(db, workspaceId, null, false);
  // What a process killed mid-turn leaves: the messages stored and acknowledged, no answers, its lease running out.
  const first = await recordMessage(db, { conversationId: conversation.id, author: "customer", body: "How long do I have to return an item?" });
  const second = await recordMessage(db, { conversationId: conversation.id, author: "customer", body: "Do you ship to Canada?" });
  await db.conversation.update({ where: { id: conversation.id }, data: { turnLeaseOwner: "killed-instance", turnLeaseUntil: new Date(Date.now() - 1) } });

  await resumeOwedTurns();
  const messages = await db.message.findMany({ where: { conversationId: conversation.id }, orderBy: { seq: "asc" } });
  assert.deepEqual(messages.map((m) => m.author), ["customer", "customer", "ai", "ai"]);
  assert.match(messages[2]!.body, /30/, "the first answer is to the first question");
  assert.equal(messages.filter((m) => m.turnPending).length, 0);
  const classified = await db.conversationEvent.findMany({ where: { conversationId: conversation.id, type: "classification" } });
  assert.deepEqual(classified.map((e) => (e.payload as { messageId: string }).messageId), [first.message.id, second.message.id]);

  await resumeOwedTurns();
  assert.equal(await db.message.count({ where: { conversationId: conversation.id, author: "ai" } }), 2, "nothing is answered twice");
});
