import { test } from "node:test";
import assert from "node:assert/strict";
import { isWithinBusinessHours } from "../../lib/workspace/business-hours";
import { defaultBusinessHours } from "../../lib/workspace/settings";

test("opening hours are read on the workspace's own clock", () => {
  // Tuesday 14:00 UTC is 09:00 in New York (EST): just open.
  assert.equal(isWithinBusinessHours(defaultBusinessHours, "America/New_York", new Date("2026-11-24T14:00:00Z")), true);
  assert.equal(isWithinBusinessHours(defaultBusinessHours, "America/New_York", new Date("2026-11-24T13:59:00Z")), false);
  // 18:00 closes.
  assert.equal(isWithinBusinessHours(defaultBusinessHours, "America/New_York", new Date("2026-11-24T23:00:00Z")), false);
  // Sunday is closed all day.
  assert.equal(isWithinBusinessHours(defaultBusinessHours, "America/New_York", new Date("2026-11-29T16:00:00Z")), false);
});
