import { test } from "node:test";
import assert from "node:assert/strict";
import { agentPerformance, type TeamMember } from "../../lib/analytics/agent-performance";
import { factsOf } from "../../lib/analytics/conversation-facts";
import { EventLog, at } from "./event-log";

const team: TeamMember[] = [
  { id: "u-maya", name: "Maya", role: "agent", maxConcurrentChats: 3, openNow: 1 },
  { id: "u-lukas", name: "Lukas", role: "agent", maxConcurrentChats: 2, openNow: 0 },
  { id: "u-sam", name: "Sam", role: "supervisor", maxConcurrentChats: 3, openNow: 0 },
];

function routeTo(log: EventLog, conversationId: string, minute: number, userId: string) {
  log.event(conversationId, minute, "ownership_changed", { from: { kind: "queue", reason: "" }, to: { kind: "human", userId }, reason: "routed" }, { actorType: "system", actorId: null });
}

function workedLog() {
  const log = new EventLog();
  // Routed to Maya at 1, answered at 3, resolved at 11 and rated 5.
  log.conversation("A", "pro").turn(0, "A person please", { handoff: ["customer_request"] }).toQueue(0);
  routeTo(log, "A", 1, "u-maya");
  log.message("A", 3, "human", "Maya here.", "u-maya");
  log.event("A", 11, "resolved", { outcome: "solved", note: null }, { actorType: "user", actorId: "u-maya" });
  log.event("A", 12, "csat", { score: 5, comment: null }, { actorType: "customer", actorId: null });
  // Routed to Maya at 5 while she still has A; she answers at 10 and transfers it to Lukas at 21,
  // who answers at 22 and resolves at 41.
  log.conversation("B", "free").turn(4, "Refund!", { handoff: ["sentiment"] }).toQueue(4);
  routeTo(log, "B", 5, "u-maya");
  log.message("B", 10, "human", "Maya here.", "u-maya");
  log.event("B", 21, "ownership_changed", { from: { kind: "human", userId: "u-maya" }, to: { kind: "human", userId: "u-lukas" }, reason: "transfer" }, { actorType: "user", actorId: "u-maya" });
  log.message("B", 22, "human", "Lukas here.", "u-lukas");
  log.event("B", 41, "resolved", { outcome: "solved", note: null }, { actorType: "user", actorId: "u-lukas" });
  // Maya claims one herself at 50 and still has it, unanswered.
  log.conversation("C", "pro", 49).turn(49, "Hello?").toPerson(50, "u-maya");
  return log;
}

test("per-agent handoffs, conversations, reply and handle times, and concurrency", () => {
  const rows = agentPerformance(factsOf(workedLog().dataset), team, at(60));
  assert.deepEqual(
    rows.map((r) => r.agentName),
    ["Lukas", "Maya"],
  );
  const [lukas, maya] = rows;
  assert.deepEqual(
    { ...maya, averageConcurrent: Number(maya!.averageConcurrent!.toFixed(4)) },
    {
      agentId: "u-maya",
      agentName: "Maya",
      handoffsAssigned: 2,
      conversationsHandled: 3,
      // Reply delays 2 and 5 minutes; nearest-rank p50 of two is the smaller.
      firstReplyP50Seconds: 120,
      // Only A was resolved while she owned it: 10 minutes.
      handleTimeP50Seconds: 600,
      csat: 5,
      ratings: 1,
      // Busy 1–21 and 50–60: 30 minutes; owned A 10 + B 16 + C 10 = 36 minutes.
      busySeconds: 1800,
      averageConcurrent: 1.2,
      openNow: 1,
      maxConcurrent: 3,
    },
  );
  assert.equal(lukas!.handoffsAssigned, 1);
  assert.equal(lukas!.firstReplyP50Seconds, 60);
  assert.equal(lukas!.handleTimeP50Seconds, 20 * 60);
  assert.equal(lukas!.averageConcurrent, 1);
});

test("a supervisor who never owned a conversation is left out; an idle agent is listed with no times", () => {
  const rows = agentPerformance([], team, at(0));
  assert.deepEqual(
    rows.map((r) => [r.agentName, r.conversationsHandled, r.firstReplyP50Seconds, r.averageConcurrent, r.openNow]),
    [
      ["Lukas", 0, null, null, 0],
      ["Maya", 0, null, null, 1],
    ],
  );
});

test("a supervisor who handled chats is listed: one who worked the queue, and one who resolved a queued conversation without owning it", () => {
  const log = workedLog();
  log.conversation("D", "free", 70).turn(70, "Anyone there?", { handoff: ["customer_request"] }).toQueue(70);
  log.event("D", 75, "resolved", { outcome: "no_action_needed", note: null }, { actorType: "user", actorId: "u-sam" });
  const rows = agentPerformance(factsOf(log.dataset), team, at(80));
  const sam = rows.find((r) => r.agentName === "Sam");
  assert.ok(sam, `listed: ${rows.map((r) => r.agentName).join(", ")}`);
  assert.equal(sam.conversationsHandled, 1);
  assert.equal(sam.handoffsAssigned, 0);

  const claimed = workedLog();
  claimed.conversation("E", "pro", 70).turn(70, "Hi").toPerson(71, "u-sam");
  assert.equal(agentPerformance(factsOf(claimed.dataset), team, at(80)).find((r) => r.agentName === "Sam")?.conversationsHandled, 1);
});
