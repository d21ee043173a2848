// A handoff is done from the escalation decision stored in the log, by the dispatcher's listener:
// once per decision however many instances or reruns dispatch it, and still done when the desk
// crashed between storing the decision and handing off.
import assert from "node:assert/strict";
import { test } from "node:test";
import { resumeOwedTurns } from "../../lib/agents/pipeline";
import { recordMessage, type NewEvent } from "../../lib/conversation/log";
import type { Db } from "../../lib/db";
import type { EventPayload } from "../../lib/events/catalogue";
import { dispatch } from "../../lib/events/dispatcher";
import { parseWorkspaceSettings } from "../../lib/workspace/settings";
import { openDemoDatabaseFor, startTestConversation } from "../agents/pipeline-harness";

let db: Db;
let workspaceId: string;
openDemoDatabaseFor((demo) => ({ db, workspaceId } = demo));

/**
 * What a desk killed right after committing a turn's decision to hand off leaves: the customer's
 * message still owed its turn, the decision trail in the log, and nothing of the handoff.
 */
async function decisionStoredWithoutHandoff() {
  const conversation = await startTestConversation(db, workspaceId, null, false);
  const { message } = await recordMessage(db, { conversationId: conversation.id, author: "customer", body: "I want to talk to a human" });
  const workspace = await db.workspace.findUniqueOrThrow({ where: { id: workspaceId } });
  const classification: EventPayload<"classification"> = {
    messageId: message.id,
    intent: "human_request",
    confidence: 0.93,
    alternatives: [],
    category: "general",
    specialist: "knowledge",
    routeReason: "asks for a person",
    entities: [],
  };
  const decision: EventPayload<"escalation_decision"> = {
    messageId: message.id,
    decision: {
      escalate: true,
      action: "handoff",
      primaryTrigger: "customer_request",
      triggersFired: [{ trigger: "customer_request", score: 0.95, threshold: 0.7, evidence: "I want to talk to a human" }],
      reason: "The customer asked for a person.",
      urgency: "medium",
    },
    thresholds: parseWorkspaceSettings(workspace).escalation,
  };
  // Written as the crashed turn wrote them, with nothing dispatched afterwards.
  await db.conversationEvent.create({ data: { workspaceId, conversationId: conversation.id, type: "classification", payload: classification, actorType: "ai", actorId: "triage" } });
  const stored = await db.conversationEvent.create({ data: { workspaceId, conversationId: conversation.id, type: "escalation_decision", payload: decision, actorType: "ai", actorId: "triage" } });
  await db.conversation.update({ where: { id: conversation.id }, data: { turnLeaseOwner: "killed-instance", turnLeaseUntil: new Date(Date.now() - 1) } });
  const appended: NewEvent<"escalation_decision"> = { workspaceId, conversationId: conversation.id, type: "escalation_decision", payload: decision, actor: { type: "ai", agent: "triage" } };
  return { conversation, message, decisionEventId: stored.id, appended };
}

async function handoffTrail(conversationId: string) {
  const [briefs, queued, notices, row] = await Promise.all([
    db.conversationEvent.findMany({ where: { conversationId, type: "handoff_brief" } }),
    db.conversationEvent.count({ where: { conversationId, type: "ownership_changed" } }),
    db.message.findMany({ where: { conversationId, author: "system" } }),
    db.conversation.findUniqueOrThrow({ where: { id: conversationId } }),
  ]);
  return { briefs, queued, notices, status: row.status };
}

test("the same stored decision heard by two instances at once, and again later, hands the conversation off once", async () => {
  const { conversation, message, decisionEventId, appended } = await decisionStoredWithoutHandoff();
  const heard = { kind: "event_appended" as const, event: appended };
  await Promise.all([dispatch([heard], db), dispatch([heard], db)]);
  await dispatch([heard], db);

  const trail = await handoffTrail(conversation.id);
  assert.equal(trail.briefs.length, 1, "one brief");
  assert.equal(trail.briefs[0]!.onceKey, `handoff:${decisionEventId}`, "keyed on the decision it answers");
  assert.ok(trail.queued >= 1 && trail.queued <= 2, "one move to the queue, and at most one assignment from it");
  assert.equal(trail.notices.length, 1, "the customer is told once who answers next");
  assert.ok(["waiting_human", "with_human"].includes(trail.status), "people have it");
  assert.equal((await db.message.findUniqueOrThrow({ where: { id: message.id } })).turnPending, false, "the handoff notice ends the customer's turn");
});

test("a decision stored by a desk that crashed before handing off is handed off when the owed turn is resumed, once", async () => {
  const { conversation, message, decisionEventId } = await decisionStoredWithoutHandoff();
  await resumeOwedTurns();

  const trail = await handoffTrail(conversation.id);
  assert.equal(trail.briefs.length, 1);
  assert.equal(trail.briefs[0]!.onceKey, `handoff:${decisionEventId}`, "handed off from the stored decision");
  assert.ok(["waiting_human", "with_human"].includes(trail.status));
  assert.equal(trail.notices.length, 1);
  assert.equal(await db.conversationEvent.count({ where: { conversationId: conversation.id, type: "escalation_decision" } }), 1, "the rerun does not decide again");
  assert.equal(await db.message.count({ where: { conversationId: conversation.id, author: "ai" } }), 0, "the AI does not answer a conversation it handed off");
  assert.equal((await db.message.findUniqueOrThrow({ where: { id: message.id } })).turnPending, false);

  await resumeOwedTurns();
  assert.equal((await handoffTrail(conversation.id)).briefs.length, 1, "nothing is handed off twice");
});
