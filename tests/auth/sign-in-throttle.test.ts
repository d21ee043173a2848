import { test } from "node:test";
import assert from "node:assert/strict";
import { decideSignInAttempt, SignInThrottle } from "../../lib/auth/sign-in-throttle";
import { roleAtLeast } from "../../lib/auth/roles";

const policy = { maxFailures: 3, windowMs: 60_000 };

test("a person who mistypes a few times can still sign in", () => {
  assert.deepEqual(decideSignInAttempt([1_000, 2_000], 3_000, policy), { allowed: true });
});

test("too many failures within the window lock the account until the oldest one expires", () => {
  const decision = decideSignInAttempt([1_000, 2_000, 3_000], 10_000, policy);
  assert.equal(decision.allowed, false);
  assert.equal(!decision.allowed && decision.retryAfterMs, 51_000);
  assert.deepEqual(decideSignInAttempt([1_000, 2_000, 3_000], 61_001, policy), { allowed: true });
});

test("a success clears the account's failures but not the address's", () => {
  const throttle = new SignInThrottle(policy);
  const keys = ["email:a@x", "ip:1"];
  for (let i = 0; i < 3; i++) throttle.recordFailure(keys, 1_000 + i);
  assert.equal(throttle.check(["email:a@x"], 2_000).allowed, false);
  throttle.recordSuccess(["email:a@x"]);
  assert.equal(throttle.check(["email:a@x"], 2_000).allowed, true);
  assert.equal(throttle.check(keys, 2_000).allowed, false);
});

test("roles are ordered agent < supervisor < admin", () => {
  assert.equal(roleAtLeast("admin", "supervisor"), true);
  assert.equal(roleAtLeast("agent", "supervisor"), false);
  assert.equal(roleAtLeast("supervisor", "supervisor"), true);
});
