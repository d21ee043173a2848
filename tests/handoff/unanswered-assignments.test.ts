import { test } from "node:test";
import assert from "node:assert/strict";
import { agentsWhoMissed, overdueAssignments, type AssignedConversation } from "../../lib/handoff/unanswered-assignments";

const at = (seconds: number) => new Date(Date.UTC(2026, 10, 24, 12, 0, 0) + seconds * 1000);

function assigned(overrides: Partial<AssignedConversation> & { via?: "routing" | "claim" | "transfer"; assignedAt?: number } = {}): AssignedConversation {
  const { via = "routing", assignedAt = 0, ...rest } = overrides;
  return {
    conversationId: "c1",
    workspaceId: "w1",
    assignment: { agentId: "maya", agentName: "Maya Ortega", via, at: at(assignedAt) },
    lastReplyAt: null,
    timeoutSeconds: 120,
    ...rest,
  };
}

test("a routed conversation with no reply from its person is overdue once the limit has passed, with the reason", () => {
  assert.deepEqual(overdueAssignments([assigned()], at(119)), []);
  const [overdue] = overdueAssignments([assigned()], at(120));
  assert.equal(overdue?.agentId, "maya");
  assert.equal(overdue?.waitedSeconds, 120);
  assert.equal(overdue?.reason, "Maya Ortega did not reply within 120 s of being assigned, so it went back to the queue.");
});

test("a reply since the assignment stops the timer; one from before it does not", () => {
  assert.deepEqual(overdueAssignments([assigned({ assignedAt: 100, lastReplyAt: at(130) })], at(400)), []);
  assert.equal(overdueAssignments([assigned({ assignedAt: 100, lastReplyAt: at(50) })], at(400)).length, 1);
});

test("someone who claimed the conversation chose it, so only routed and transferred ones time out", () => {
  const now = at(1000);
  assert.deepEqual(overdueAssignments([assigned({ via: "claim" })], now), []);
  assert.equal(overdueAssignments([assigned({ via: "transfer" })], now).length, 1);
});

test("each workspace's own limit applies", () => {
  const strict = assigned({ conversationId: "c-strict", timeoutSeconds: 30 });
  const patient = assigned({ conversationId: "c-patient", workspaceId: "w2", timeoutSeconds: 600 });
  assert.deepEqual(overdueAssignments([strict, patient], at(60)).map((o) => o.conversationId), ["c-strict"]);
});

test("everyone who missed the conversation is remembered for routing", () => {
  const missed = (agentId: string) => ({ type: "ownership_changed", payload: { from: { kind: "human", userId: agentId }, to: { kind: "queue", reason: "late" }, reason: "late", missedAssignment: { agentId, agentName: agentId, timeoutSeconds: 120 } } });
  const handBack = { type: "ownership_changed", payload: { from: { kind: "human", userId: "lukas" }, to: { kind: "ai" }, reason: "Handed back" } };
  assert.deepEqual(agentsWhoMissed([missed("maya"), handBack, missed("camille")]), ["maya", "camille"]);
});
