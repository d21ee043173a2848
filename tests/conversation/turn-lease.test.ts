import assert from "node:assert/strict";
import { test } from "node:test";
import { conversationsToResume, interruptedTurnStillOwed, leaseExpiry, leaseIsLive, mayTakeLease, TURN_LEASE_MS, TURN_LEASE_RENEW_MS } from "../../lib/conversation/turn-lease";

const now = new Date("2026-11-27T12:00:00Z");
const later = (ms: number) => new Date(now.getTime() + ms);

test("a lease is taken when nobody holds it, when its holder stopped renewing, or by its own holder", () => {
  assert.equal(mayTakeLease({ owner: null, until: null }, "b", now), true);
  assert.equal(mayTakeLease({ owner: "a", until: later(-1) }, "b", now), true, "expired: the holder died");
  assert.equal(mayTakeLease({ owner: "a", until: later(5_000) }, "a", now), true, "already mine");
  assert.equal(mayTakeLease({ owner: "a", until: later(5_000) }, "b", now), false, "a fresh holder is not robbed");
});

test("a holder renews well before its lease runs out", () => {
  assert.ok(TURN_LEASE_RENEW_MS * 2 < TURN_LEASE_MS);
  assert.equal(leaseExpiry(now).getTime() - now.getTime(), TURN_LEASE_MS);
  assert.equal(leaseIsLive({ owner: "a", until: leaseExpiry(now) }, later(TURN_LEASE_RENEW_MS)), true);
  assert.equal(leaseIsLive({ owner: "a", until: leaseExpiry(now) }, later(TURN_LEASE_MS + 1)), false);
});

test("a sweep resumes conversations whose owed turns nobody is answering, oldest first, once each", () => {
  const owed = [
    { conversationId: "c-dead-holder", seq: 3 },
    { conversationId: "c-live-holder", seq: 1 },
    { conversationId: "c-free", seq: 1 },
    { conversationId: "c-dead-holder", seq: 5 },
    { conversationId: "c-here", seq: 2 },
  ];
  const leases = new Map([
    ["c-dead-holder", { owner: "crashed", until: later(-1) }],
    ["c-live-holder", { owner: "other", until: later(20_000) }],
    ["c-free", { owner: null, until: null }],
    ["c-here", { owner: null, until: null }],
  ]);
  assert.deepEqual(conversationsToResume(owed, leases, new Set(["c-here"]), now), ["c-dead-holder", "c-free"]);
});

test("a turn cut short is run again while the AI still owns the conversation and has not answered, or still owes its handoff", () => {
  assert.equal(interruptedTurnStillOwed({ trailWritten: false, owner: { kind: "human", userId: "u" }, answeredAfter: true, handoffOwed: false }), true, "never started: it runs (a person's conversation still gets its signals)");
  assert.equal(interruptedTurnStillOwed({ trailWritten: true, owner: { kind: "ai" }, answeredAfter: false, handoffOwed: false }), true, "decided but never said: the customer is still owed the answer");
  assert.equal(interruptedTurnStillOwed({ trailWritten: true, owner: { kind: "ai" }, answeredAfter: true, handoffOwed: false }), false, "already answered");
  assert.equal(interruptedTurnStillOwed({ trailWritten: true, owner: { kind: "queue", reason: "direct_request" }, answeredAfter: false, handoffOwed: false }), false, "handed off: a person answers");
  assert.equal(interruptedTurnStillOwed({ trailWritten: true, owner: { kind: "ai" }, answeredAfter: true, handoffOwed: true }), true, "said the action failed, then crashed before handing off: the rerun hands off");
});
