import { test } from "node:test";
import assert from "node:assert/strict";
import {
  CODE_TTL_MS,
  MAX_ATTEMPTS,
  MAX_REQUESTS_PER_CONVERSATION,
  MAX_REQUESTS_PER_EMAIL,
  REQUEST_WINDOW_MS,
  checkCode,
  decideCodeRequest,
  generateCode,
  hashCode,
} from "../../lib/widget/verification-code";

const secret = "s3cret";
const now = new Date("2026-11-24T12:00:00Z");
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);

test("codes are six digits and only their keyed hash is stored", () => {
  for (let i = 0; i < 50; i++) assert.match(generateCode(), /^\d{6}$/);
  const hash = hashCode("123456", secret);
  assert.notEqual(hash, "123456");
  assert.doesNotMatch(hash, /123456/);
  assert.notEqual(hashCode("123456", "other"), hash);
});

test("a fresh code is accepted once, within its lifetime", () => {
  const stored = { codeHash: hashCode("482913", secret), attempts: 0, expiresAt: new Date(now.getTime() + CODE_TTL_MS), consumedAt: null };
  assert.equal(checkCode(stored, "482913", secret, now), "accepted");
  assert.equal(checkCode(stored, " 482913 ", secret, now), "accepted");
  assert.equal(checkCode(stored, "482914", secret, now), "wrong");
  assert.equal(checkCode({ ...stored, consumedAt: now }, "482913", secret, now), "used");
});

test("an expired code or one guessed too often is refused even when right", () => {
  const stored = { codeHash: hashCode("482913", secret), attempts: 0, expiresAt: now, consumedAt: null };
  assert.equal(checkCode(stored, "482913", secret, now), "expired");
  const guessed = { ...stored, expiresAt: new Date(now.getTime() + 1000), attempts: MAX_ATTEMPTS };
  assert.equal(checkCode(guessed, "482913", secret, now), "too_many_attempts");
});

test("requests are limited per conversation and per address, and say when to retry", () => {
  assert.deepEqual(decideCodeRequest({ byConversation: [], byEmail: [] }, now), { allowed: true });
  const conv = Array.from({ length: MAX_REQUESTS_PER_CONVERSATION }, (_, i) => minutesAgo(10 - i));
  const refused = decideCodeRequest({ byConversation: conv, byEmail: [] }, now);
  assert.equal(refused.allowed, false);
  // The oldest counted request (10 minutes ago) leaves the 15-minute window in 5 minutes.
  assert.equal(!refused.allowed && refused.retryAfterSeconds, (REQUEST_WINDOW_MS / 60_000 - 10) * 60);
  const email = Array.from({ length: MAX_REQUESTS_PER_EMAIL }, (_, i) => minutesAgo(i + 1));
  assert.equal(decideCodeRequest({ byConversation: [], byEmail: email }, now).allowed, false);
});

test("requests older than the window no longer count", () => {
  const old = Array.from({ length: 10 }, () => minutesAgo(REQUEST_WINDOW_MS / 60_000 + 1));
  assert.deepEqual(decideCodeRequest({ byConversation: old, byEmail: old }, now), { allowed: true });
});
