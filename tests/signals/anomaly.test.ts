import { test } from "node:test";
import assert from "node:assert/strict";
import { isSpikeAgainstBaseline, scoreContactAnomaly } from "../../lib/signals/anomaly";

const now = Date.UTC(2026, 10, 20, 12, 0, 0);
const hour = 3_600_000;
const day = 24 * hour;

test("counts the last 24 hours and averages the 30 days before them", () => {
  const timestamps = [
    now - hour,
    now - 5 * hour,
    now - 23 * hour,
    now - 2 * day,
    now - 10 * day,
    now - 20 * day,
    // Outside the baseline window: 31 days before the last 24 hours began.
    now - 32 * day,
  ];
  assert.deepEqual(scoreContactAnomaly(timestamps, now), { contactsLast24h: 3, baselinePerDay: 3 / 30 });
});

test("accepts Date objects and ignores contacts stamped after now", () => {
  const result = scoreContactAnomaly([new Date(now - hour), new Date(now + hour), new Date(now - 3 * day)], new Date(now));
  assert.deepEqual(result, { contactsLast24h: 1, baselinePerDay: 1 / 30 });
});

test("a contact exactly 24 hours old belongs to the baseline", () => {
  assert.deepEqual(scoreContactAnomaly([now - day], now), { contactsLast24h: 0, baselinePerDay: 1 / 30 });
});

test("a customer with no history has a zero baseline", () => {
  assert.deepEqual(scoreContactAnomaly([], now), { contactsLast24h: 0, baselinePerDay: 0 });
});

test("a spike is strictly more than factor times the floored baseline", () => {
  assert.equal(isSpikeAgainstBaseline(4, 0.2, 3, 1), true);
  assert.equal(isSpikeAgainstBaseline(3, 0.2, 3, 1), false);
  assert.equal(isSpikeAgainstBaseline(13, 4, 3, 1), true);
  assert.equal(isSpikeAgainstBaseline(12, 4, 3, 1), false);
  // Workspace-wide volumes use a larger floor so a quiet intent's first few messages are not an alert.
  assert.equal(isSpikeAgainstBaseline(12, 0, 2, 10), false);
  assert.equal(isSpikeAgainstBaseline(21, 0, 2, 10), true);
});
