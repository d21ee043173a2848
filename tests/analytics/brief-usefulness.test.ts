import { test } from "node:test";
import assert from "node:assert/strict";
import { briefUsefulness } from "../../lib/analytics/brief-usefulness";
import { factsOf } from "../../lib/analytics/conversation-facts";
import { analyticsTable, formatMoment } from "../../lib/analytics/tables";
import { defaultEscalationPolicy, defaultSlaPolicy } from "../../lib/workspace/settings";
import { EventLog, at } from "./event-log";

function ratedBriefs() {
  const log = new EventLog();
  log.dataset.staff.push({ id: "u-maya", name: "Maya" }, { id: "u-lukas", name: "Lukas" });
  log.conversation("A", "pro").turn(0, "I want a person", { handoff: ["customer_request"] }).toQueue(0).toPerson(1, "u-maya").rateBrief(5, "u-maya", "H-1", true);
  // Maya first finds the brief lacking, then changes her mind: only the later verdict counts.
  log
    .conversation("B", "free")
    .turn(0, "Refund now", { handoff: ["sentiment"] })
    .toQueue(0)
    .toPerson(2, "u-maya")
    .rateBrief(3, "u-maya", "H-2", false, "No order number")
    .rateBrief(4, "u-maya", "H-2", true);
  // Two people rate the same brief; each counts once.
  log
    .conversation("C", "premium")
    .turn(0, "Merge my accounts", { handoff: ["complexity"] })
    .toQueue(0)
    .toPerson(1, "u-lukas")
    .rateBrief(6, "u-lukas", "H-3", false, "Did not say which account is primary")
    .rateBrief(8, "u-maya", "H-3", true);
  log.conversation("D", "free").turn(0, "Where is my parcel?");
  return log;
}

test("the share of rated briefs marked useful counts each person's latest verdict once", () => {
  const usefulness = briefUsefulness(factsOf(ratedBriefs().dataset));
  assert.equal(usefulness.ratings.length, 4);
  assert.equal(usefulness.useful, 3);
  assert.equal(usefulness.usefulShare, 3 / 4);
  assert.deepEqual(
    usefulness.ratings.map((r) => [r.conversationId, r.userId, r.useful, r.note, r.at]),
    [
      ["C", "u-maya", true, null, at(8)],
      ["C", "u-lukas", false, "Did not say which account is primary", at(6)],
      ["A", "u-maya", true, null, at(5)],
      ["B", "u-maya", true, null, at(4)],
    ],
  );
});

test("with no ratings the share is unknown rather than zero", () => {
  const log = new EventLog();
  log.conversation("A", "pro").turn(0, "I want a person", { handoff: ["customer_request"] }).toQueue(0);
  assert.deepEqual(briefUsefulness(factsOf(log.dataset)), { useful: 0, usefulShare: null, ratings: [] });
});

test("the brief-usefulness table names the rater and carries the share in its title", () => {
  const log = ratedBriefs();
  const table = analyticsTable("brief-usefulness", {
    facts: factsOf(log.dataset),
    staff: log.dataset.staff,
    team: [],
    period: { start: at(0), end: at(24 * 60) },
    context: { now: at(60), sla: defaultSlaPolicy, escalationPolicy: defaultEscalationPolicy, timezone: "UTC" },
  });
  assert.match(table.title, /75\.0% useful \(3 of 4\)/);
  assert.deepEqual(table.rows[1], ["C", "H-3", "Lukas", "missing something", "Did not say which account is primary", formatMoment(at(6), "UTC")]);
  assert.equal(table.columns[5], "Rated at (UTC)");
  assert.equal(table.rows[0]![4], "—");
});

test("table timestamps read as people write them, in the workspace's time zone", () => {
  assert.equal(formatMoment(new Date("2026-11-02T10:06:00Z"), "UTC"), "Nov 2, 2026, 10:06");
  assert.equal(formatMoment(new Date("2026-11-02T23:30:00Z"), "Europe/Berlin"), "Nov 3, 2026, 00:30");
});
