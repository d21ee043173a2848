import { test } from "node:test";
import assert from "node:assert/strict";
import type { ReplayedMessage } from "../../lib/realtime/events";
import { Timeline } from "../../lib/widget/timeline";

const at = new Date("2026-11-24T12:00:00Z");

function stored(seq: number, author: ReplayedMessage["author"], body: string, clientMessageId: string | null = null): ReplayedMessage {
  return { id: `m${seq}`, seq, author, agentName: author === "ai" ? "Knowledge specialist" : null, body, clientMessageId, createdAt: at.toISOString() };
}

const bodies = (t: Timeline) => t.list().map((e) => e.body);

test("a sent message is shown at once, then acknowledged and delivered when answered", () => {
  const t = new Timeline();
  t.addOutgoing("client-0001", "Where is my order?", at);
  assert.equal(t.list()[0].delivery, "sending");
  t.acknowledge("client-0001", { messageId: "m1", seq: 1 });
  assert.equal(t.list()[0].delivery, "sent");
  t.applyMessage(stored(2, "ai", "It ships tomorrow."));
  assert.deepEqual(bodies(t), ["Where is my order?", "It ships tomorrow."]);
  assert.equal(t.list()[0].delivery, "delivered");
  assert.equal(t.lastSeq, 2);
});

test("the live copy of my own message arriving before the ack does not double it", () => {
  const t = new Timeline();
  t.addOutgoing("client-0001", "Hello", at);
  t.applyMessage(stored(1, "customer", "Hello", "client-0001"));
  t.acknowledge("client-0001", { messageId: "m1", seq: 1 });
  assert.equal(t.list().length, 1);
  assert.equal(t.list()[0].key, "c:client-0001");
});

test("a replay after reconnecting adds only what was missed, in order", () => {
  const t = new Timeline();
  for (const m of [stored(1, "customer", "a", "c-000001"), stored(2, "ai", "b")]) t.applyMessage(m);
  // Offline: one message typed, not yet acknowledged; meanwhile the server stored seq 3 and 4.
  t.addOutgoing("c-000002", "typed offline", at);
  const replay = [stored(1, "customer", "a", "c-000001"), stored(2, "ai", "b"), stored(3, "system", "Maya joined"), stored(4, "human", "Hi, Maya here")];
  for (const m of replay.filter((m) => m.seq > 0)) t.applyMessage(m);
  assert.deepEqual(bodies(t), ["a", "b", "Maya joined", "Hi, Maya here", "typed offline"]);
  assert.deepEqual(t.unsent().map((e) => e.clientMessageId), ["c-000002"]);
  // The resend is stored after the replayed ones; a duplicate ack (server already had it) is fine too.
  t.acknowledge("c-000002", { messageId: "m5", seq: 5 });
  t.applyMessage(stored(5, "customer", "typed offline", "c-000002"));
  t.acknowledge("c-000002", { messageId: "m5", seq: 5 });
  assert.deepEqual(bodies(t), ["a", "b", "Maya joined", "Hi, Maya here", "typed offline"]);
  assert.equal(t.unsent().length, 0);
  assert.equal(t.lastSeq, 5);
});

test("the point to resume from stops at the first gap", () => {
  const t = new Timeline();
  t.applyMessage(stored(1, "customer", "a", "c-000001"));
  t.applyMessage(stored(3, "ai", "c"));
  assert.equal(t.lastSeq, 1);
  t.applyMessage(stored(2, "system", "b"));
  assert.equal(t.lastSeq, 3);
  assert.deepEqual(bodies(t), ["a", "b", "c"]);
});

test("streamed chunks build one bubble that the stored reply replaces", () => {
  const t = new Timeline();
  t.addOutgoing("c-000001", "Return window?", at);
  t.acknowledge("c-000001", { messageId: "m1", seq: 1 });
  t.applyDelta("r1", "Knowledge specialist", "You have ", at);
  t.applyDelta("r1", "Knowledge specialist", "30 days.", at);
  assert.deepEqual(bodies(t), ["Return window?", "You have 30 days."]);
  assert.equal(t.list()[1].streamId, "r1");
  t.applyMessage(stored(2, "ai", "You have **30 days**. See [Return policy](/help/return-policy)."));
  assert.equal(t.list().length, 2);
  assert.equal(t.list()[1].streamId, null);
  assert.equal(t.list()[1].key, "s:r1");
  // The same reply replayed later changes nothing.
  t.applyMessage(stored(2, "ai", "You have **30 days**. See [Return policy](/help/return-policy)."));
  assert.equal(t.list().length, 2);
});

test("a reply that broke off midway leaves no half-written bubble once the desk says what happened", () => {
  const t = new Timeline();
  t.addOutgoing("c-000001", "Can I return a lamp?", at);
  t.acknowledge("c-000001", { messageId: "m1", seq: 1 });
  t.applyDelta("r1", "Knowledge specialist", "I'm sorry,", at);
  // The desk's own notice (a system message), not an AI reply, follows the broken stream.
  t.applyMessage(stored(2, "system", "I'm sorry, I can't answer that right now because of a technical problem on our side."));
  assert.deepEqual(bodies(t), ["Can I return a lamp?", "I'm sorry, I can't answer that right now because of a technical problem on our side."]);
  assert.equal(t.list().some((e) => e.streamId !== null), false);
});

test("a stand-in reply streamed after a broken one replaces both bubbles", () => {
  const t = new Timeline();
  t.applyDelta("r1", "Knowledge specialist", "You have ", at);
  t.applyDelta("r1-1", "Knowledge specialist", "Returns are accepted within 30 days.", at);
  t.applyMessage(stored(2, "ai", "Returns are accepted within 30 days."));
  assert.deepEqual(bodies(t), ["Returns are accepted within 30 days."]);
});

test("a refused message is marked failed with the reason and can be retried", () => {
  const t = new Timeline();
  t.addOutgoing("c-000001", "x", at);
  t.fail("c-000001", "Messages are limited to 4000 characters.");
  assert.equal(t.list()[0].delivery, "failed");
  assert.equal(t.list()[0].error, "Messages are limited to 4000 characters.");
  assert.equal(t.retry("c-000001")?.delivery, "sending");
  assert.equal(t.retry("c-000001"), null);
});

test("any order of acks, live events and replays gives each message exactly once", () => {
  const messages = [stored(1, "customer", "one", "c-000001"), stored(2, "ai", "two"), stored(3, "customer", "three", "c-000003"), stored(4, "ai", "four")];
  const steps: ((t: Timeline) => void)[] = [
    (t) => t.addOutgoing("c-000001", "one", at),
    (t) => t.addOutgoing("c-000003", "three", at),
    (t) => t.acknowledge("c-000001", { messageId: "m1", seq: 1 }),
    (t) => t.acknowledge("c-000003", { messageId: "m3", seq: 3 }),
    ...messages.map((m) => (t: Timeline) => t.applyMessage(m)),
    ...messages.map((m) => (t: Timeline) => t.applyMessage(m)),
  ];
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  for (let run = 0; run < 200; run++) {
    const order = [...steps].sort(() => random() - 0.5);
    const t = new Timeline();
    for (const step of order) step(t);
    assert.deepEqual(bodies(t), ["one", "two", "three", "four"], `run ${run}`);
    assert.equal(t.lastSeq, 4);
    assert.equal(t.unsent().length, 0);
  }
});
