import { test } from "node:test";
import assert from "node:assert/strict";
import { backoffMs, decideAccountAttempt, defaultSignInPolicy } from "../../lib/auth/sign-in-throttle";
import { decideWindowHit, windowHasEnded } from "../../lib/rate-limit/decisions";
import { roleAtLeast } from "../../lib/auth/roles";

const at = (ms: number) => new Date(Date.UTC(2026, 10, 27, 12) + ms);
const counter = (hits: number, blockedUntil: Date | null = null) => ({ hits, windowStartedAt: at(0), blockedUntil });

test("a person who mistypes a few times is compared straight away", () => {
  for (const hits of [1, 2, 3, 4]) assert.deepEqual(decideAccountAttempt(counter(hits), at(1_000)), { action: "compare" });
});

test("from the fifth attempt each one must first claim a wait that doubles from 30 s up to 15 minutes", () => {
  assert.deepEqual([5, 6, 7, 8, 9, 10, 40].map((n) => backoffMs(n) / 1000), [30, 60, 120, 240, 480, 900, 900]);
  assert.deepEqual(decideAccountAttempt(counter(5), at(1_000)), { action: "claim", blockedUntil: at(31_000) });
  assert.deepEqual(decideAccountAttempt(counter(6), at(1_000)), { action: "claim", blockedUntil: at(61_000) });
});

test("while the account and address pair waits, attempts are refused with the time left", () => {
  assert.deepEqual(decideAccountAttempt(counter(6, at(31_000)), at(1_000)), { action: "refuse", retryAfterMs: 30_000 });
  // Once the wait is over the next attempt may claim the next, longer one.
  assert.deepEqual(decideAccountAttempt(counter(7, at(31_000)), at(31_000)), { action: "claim", blockedUntil: at(151_000) });
});

test("one address is allowed a looser number of attempts across accounts per window", () => {
  const policy = { limit: defaultSignInPolicy.addressLimit, windowMs: defaultSignInPolicy.addressWindowMs };
  assert.deepEqual(decideWindowHit(counter(30), at(60_000), policy), { allowed: true });
  assert.deepEqual(decideWindowHit(counter(31), at(60_000), policy), { allowed: false, retryAfterMs: 15 * 60_000 - 60_000 });
});

test("a counter starts again when its window is over, but never during a block", () => {
  assert.equal(windowHasEnded(counter(9), at(59_999), 60_000), false);
  assert.equal(windowHasEnded(counter(9), at(60_000), 60_000), true);
  assert.equal(windowHasEnded(counter(9, at(90_000)), at(60_000), 60_000), false);
});

test("roles are ordered agent < supervisor < admin", () => {
  assert.equal(roleAtLeast("admin", "supervisor"), true);
  assert.equal(roleAtLeast("agent", "supervisor"), false);
  assert.equal(roleAtLeast("supervisor", "supervisor"), true);
});
