import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { parseScriptedConversations } from "../../lib/agents/scripted-conversations";
import { contactMoments, contactWeight, csatScore, HISTORY_DAYS, humanTimeline, nextOpening, planHistory, type PlannedConversation } from "../../lib/demo/history-plan";
import { seededRandom } from "../../lib/seeded-random";
import { defaultBusinessHours } from "../../lib/workspace/settings";

const zone = "America/New_York";
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const scripts = parseScriptedConversations(readFileSync(new URL("../../lib/demo/scripted-conversations.jsonl", import.meta.url), "utf8"));
const customers = [
  { externalId: "cus_1", tier: "pro", language: "en" },
  { externalId: "cus_2", tier: "pro", language: "es" },
  { externalId: "cus_3", tier: "free", language: "en" },
  { externalId: "cus_4", tier: "premium", language: "fr" },
  { externalId: "cus_5", tier: "enterprise", language: "de" },
];
// Wednesday 25 November 2026, 15:00 in New York.
const now = new Date("2026-11-25T20:00:00Z");

test("customers start chats mostly in office hours on weekdays, and a few at night and at weekends", () => {
  const tuesdayMorning = new Date("2026-11-24T16:00:00Z");
  const tuesdayThreeAm = new Date("2026-11-24T08:00:00Z");
  const saturdayNoon = new Date("2026-11-28T17:00:00Z");
  assert.equal(contactWeight(tuesdayMorning, zone), 1);
  assert.ok(contactWeight(tuesdayThreeAm, zone) > 0);
  assert.ok(contactWeight(tuesdayThreeAm, zone) < contactWeight(tuesdayMorning, zone) / 10);
  assert.ok(contactWeight(saturdayNoon, zone) < contactWeight(tuesdayMorning, zone));

  const from = new Date("2026-11-02T05:00:00Z");
  const to = new Date("2026-11-09T05:00:00Z");
  const moments = contactMoments(seededRandom(7), 2000, from, to, zone);
  assert.equal(moments.length, 2000);
  assert.ok(moments.every((m, i) => m >= from && m < to && (i === 0 || m >= moments[i - 1]!)));
  const officeHours = moments.filter((m) => contactWeight(m, zone) >= 0.9).length;
  const nights = moments.filter((m) => contactWeight(m, zone) <= 0.05).length;
  assert.ok(officeHours > 5 * nights, `${officeHours} in office hours against ${nights} at night`);
});

test("the next opening is read on the workspace's clock", () => {
  // Sunday afternoon waits for Monday 09:00 in New York (14:00 UTC).
  assert.equal(nextOpening(defaultBusinessHours, zone, new Date("2026-11-29T18:10:00Z"))?.toISOString(), "2026-11-30T14:00:00.000Z");
  // Inside opening hours it is now, to the next quarter hour.
  assert.equal(nextOpening(defaultBusinessHours, zone, new Date("2026-11-24T17:05:00Z"))?.toISOString(), "2026-11-24T17:15:00.000Z");
  const closed = Object.fromEntries(Object.keys(defaultBusinessHours).map((day) => [day, []])) as unknown as typeof defaultBusinessHours;
  assert.equal(nextOpening(closed, zone, now), null);
});

test("ratings follow how the conversation ended", () => {
  const mean = (ending: Parameters<typeof csatScore>[1]) => {
    const draws = Array.from({ length: 1000 }, (_, i) => csatScore(i / 1000, ending));
    assert.ok(draws.every((s) => Number.isInteger(s) && s >= 1 && s <= 5));
    return draws.reduce((a, b) => a + b, 0) / draws.length;
  };
  assert.ok(mean("solved") > mean("no_action_needed"));
  assert.ok(mean("no_action_needed") > mean("not_solved"));
  assert.ok(mean("ai_only") > mean("not_solved"));
  assert.equal(csatScore(0.999999, "solved"), 5);
});

test("the plan spreads the scripts over the last month, with customers who fit them", () => {
  const plan = planHistory({ scripts, customers, timezone: zone, now });
  assert.deepEqual(plan, planHistory({ scripts, customers, timezone: zone, now }), "the same moment gives the same history");
  const firstDay = Date.parse("2026-10-27T00:00:00Z");
  assert.ok(plan.every((p) => p.startAt.getTime() >= firstDay && p.startAt.getTime() <= now.getTime() - 2 * 60 * MINUTE));
  assert.equal(Math.round((now.getTime() - firstDay) / DAY), HISTORY_DAYS);
  assert.ok(new Set(plan.map((p) => p.startAt.toISOString().slice(0, 10))).size >= 25);
  assert.ok(plan.every((p) => p.turnGapsSeconds.length === p.script.turns.length - 1));

  const calm = plan.filter((p) => !p.script.expect.escalate).length;
  assert.ok(calm > plan.length / 2, "conversations that stay with the AI are the usual case");
  assert.ok(new Set(plan.map((p) => p.outcome)).has("no_action_needed"));

  for (const p of plan) {
    if (!p.script.customer.verified) {
      assert.equal(p.customerExternalId, null, "a visitor who never proved who they are stays anonymous");
      continue;
    }
    const customer = customers.find((c) => c.externalId === p.customerExternalId)!;
    assert.equal(customer.tier, p.script.customer.tier);
    if (p.script.id === "c-11") assert.equal(customer.language, "es", "a Spanish script goes to a Spanish-speaking customer of its tier");
  }
});

test("people answer a handoff at once, after the weekend, or a little before now, and everything ends in the past", () => {
  const plan: PlannedConversation = { ...planHistory({ scripts, customers, timezone: zone, now })[0]!, assignedReplySeconds: 90, queuePickupSeconds: 600, claimedReplySeconds: 30, workSeconds: 300, ratingDelaySeconds: 60 };
  const tuesday = new Date("2026-11-17T16:00:00Z");
  const assigned = humanTimeline(plan, { at: tuesday, assigned: true, reopensAt: null }, now);
  assert.equal(assigned.claimAt, null);
  assert.equal(assigned.replyAt.getTime() - tuesday.getTime(), 90_000);
  assert.equal(assigned.resolveAt.getTime() - assigned.replyAt.getTime(), 300_000);
  assert.equal(assigned.rateAt.getTime() - assigned.resolveAt.getTime(), 60_000);

  const sunday = new Date("2026-11-22T18:00:00Z");
  const monday = nextOpening(defaultBusinessHours, zone, sunday)!;
  const queued = humanTimeline(plan, { at: sunday, assigned: false, reopensAt: monday }, now);
  assert.equal(queued.claimAt!.getTime(), monday.getTime() + 600_000);
  assert.equal(queued.replyAt.getTime() - queued.claimAt!.getTime(), 30_000);

  // Handed off an hour and a half ago on a day the desk would not reopen before now.
  const lateHandoff = new Date(now.getTime() - 90 * MINUTE);
  const late = humanTimeline(plan, { at: lateHandoff, assigned: false, reopensAt: new Date(now.getTime() + DAY) }, now);
  assert.ok(late.claimAt! > lateHandoff);
  assert.ok(late.rateAt < now);
});
