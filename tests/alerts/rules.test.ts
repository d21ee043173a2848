import { test } from "node:test";
import assert from "node:assert/strict";
import { evaluateAlertRules, type AlertSnapshot } from "../../lib/alerts/rules";
import { alertRulesSchema, defaultAlertRules } from "../../lib/workspace/settings";

/** Hand-made snapshots around one moment; every rule is checked just inside and just outside its level. */

const NOW = new Date("2026-11-20T12:00:00Z");
const minutesAgo = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);
const hoursAgo = (hours: number) => minutesAgo(hours * 60);

function snapshot(overrides: Partial<AlertSnapshot> = {}): AlertSnapshot {
  return {
    lastHour: { conversations: 0, escalated: 0 },
    classifications: [],
    awaitingReply: [],
    queue: { waiting: 0, agentsOnline: 1, open: true },
    ratings: [],
    modelFailures: [],
    ...overrides,
  };
}

const keys = (s: AlertSnapshot, rules = defaultAlertRules) => evaluateAlertRules(s, rules, NOW).map((a) => a.key);

test("a quiet desk raises nothing", () => {
  assert.deepEqual(keys(snapshot()), []);
});

test("stored settings from before alerts (null) and partial rules read the defaults", () => {
  assert.deepEqual(alertRulesSchema.parse({}), defaultAlertRules);
  const partial = alertRulesSchema.parse({ unstaffedQueue: { minWaiting: 5 } });
  assert.equal(partial.unstaffedQueue.minWaiting, 5);
  assert.equal(partial.unstaffedQueue.enabled, true);
  assert.equal(partial.escalationRate.above, 0.35);
});

test("escalation rate: above 35% of at least 5 conversations", () => {
  assert.deepEqual(keys(snapshot({ lastHour: { conversations: 5, escalated: 2 } })), ["escalation_rate"]);
  // 7 of 20 is exactly 35%: not above the level.
  assert.deepEqual(keys(snapshot({ lastHour: { conversations: 20, escalated: 7 } })), []);
  // 3 of 4 is a high rate, but four conversations say little.
  assert.deepEqual(keys(snapshot({ lastHour: { conversations: 4, escalated: 3 } })), []);
  const [alert] = evaluateAlertRules(snapshot({ lastHour: { conversations: 8, escalated: 4 } }), defaultAlertRules, NOW);
  assert.equal(alert!.message, "The AI handed 4 of the last hour's 8 conversations to a person (50.0%), above the 35.0% alert level.");
});

function classifications(intent: string, count: number, at: (i: number) => Date, prefix = intent) {
  return Array.from({ length: count }, (_, i) => ({ conversationId: `${prefix}-${i}`, intent, at: at(i) }));
}

test("intent spike: more than 3 times the hourly baseline of the previous 7 days, with the baseline floored at 3", () => {
  // No history: the floor makes the bar 9 conversations; 10 clear it, 9 do not.
  assert.deepEqual(keys(snapshot({ classifications: classifications("get_refund", 10, (i) => minutesAgo(i + 1)) })), ["intent_spike:get_refund"]);
  assert.deepEqual(keys(snapshot({ classifications: classifications("get_refund", 9, (i) => minutesAgo(i + 1)) })), []);

  // 840 conversations over the 168 hours before is 5 an hour: 16 is a spike, 15 is not.
  const history = classifications("track_order", 840, (i) => hoursAgo(1 + (i % 167) + 0.5), "old");
  assert.deepEqual(keys(snapshot({ classifications: [...history, ...classifications("track_order", 16, (i) => minutesAgo(i + 1))] })), ["intent_spike:track_order"]);
  assert.deepEqual(keys(snapshot({ classifications: [...history, ...classifications("track_order", 15, (i) => minutesAgo(i + 1))] })), []);
});

test("intent spike counts conversations, not turns, and only those of the last hour", () => {
  const oneCustomerRepeating = Array.from({ length: 12 }, (_, i) => ({ conversationId: "same", intent: "get_refund", at: minutesAgo(i + 1) }));
  assert.deepEqual(keys(snapshot({ classifications: oneCustomerRepeating })), []);
  // Exactly an hour ago belongs to the hour; a minute earlier belongs to the baseline.
  const atTheEdge = classifications("get_refund", 10, () => minutesAgo(60));
  assert.deepEqual(keys(snapshot({ classifications: atTheEdge })), ["intent_spike:get_refund"]);
  const justBefore = classifications("get_refund", 10, () => minutesAgo(61));
  assert.deepEqual(keys(snapshot({ classifications: justBefore })), []);
});

test("intent spike: each intent is its own alert, named in the message", () => {
  const alerts = evaluateAlertRules(
    snapshot({ classifications: [...classifications("get_refund", 10, (i) => minutesAgo(i + 1)), ...classifications("cancel_order", 11, (i) => minutesAgo(i + 1))] }),
    defaultAlertRules,
    NOW,
  );
  assert.deepEqual(alerts.map((a) => a.key), ["intent_spike:cancel_order", "intent_spike:get_refund"]);
  assert.equal(alerts[1]!.message, "10 conversations about “get refund” in the last hour, against an average of 0.0 an hour over the previous 7 days.");
});

test("SLA breach imminent: within 60 s of the first-response target, not before and not once it has passed", () => {
  const waiting = (waitedSeconds: number) =>
    snapshot({ awaitingReply: [{ conversationId: "c1", customerName: "Ana Lima", handedOffAt: new Date(NOW.getTime() - waitedSeconds * 1000), targetSeconds: 600 }] });
  assert.deepEqual(keys(waiting(539)), []);
  assert.deepEqual(keys(waiting(540)), ["sla_breach_imminent:c1"]);
  assert.deepEqual(keys(waiting(600)), ["sla_breach_imminent:c1"]);
  assert.deepEqual(keys(waiting(601)), []);
  const [alert] = evaluateAlertRules(waiting(550), defaultAlertRules, NOW);
  assert.equal(alert!.conversationId, "c1");
  assert.equal(alert!.message, "Ana Lima has waited 9 min for a person's first reply; the 10 min target passes in 50 s.");
});

test("unstaffed queue: nobody is alerted outside business hours, when handoffs are answered later", () => {
  assert.deepEqual(keys(snapshot({ queue: { waiting: 10, agentsOnline: 0, open: false } })), []);
});

test("unstaffed queue: 3 or more waiting and no agent online", () => {
  assert.deepEqual(keys(snapshot({ queue: { waiting: 3, agentsOnline: 0, open: true } })), ["unstaffed_queue"]);
  assert.deepEqual(keys(snapshot({ queue: { waiting: 2, agentsOnline: 0, open: true } })), []);
  assert.deepEqual(keys(snapshot({ queue: { waiting: 10, agentsOnline: 1, open: true } })), []);
  assert.equal(evaluateAlertRules(snapshot({ queue: { waiting: 3, agentsOnline: 0, open: true } }), defaultAlertRules, NOW)[0]!.message, "3 customers are waiting in the queue and no agent is online.");
});

function ratings(scores: number[], at: (i: number) => Date) {
  return scores.map((score, i) => ({ score, at: at(i) }));
}

test("CSAT falling: the last 24 hours' average 0.7 or more below the previous 7 days', with 5 ratings in each", () => {
  const week = ratings([4, 4, 4, 5, 4], (i) => hoursAgo(30 + i * 24));
  // 4.2 before, 3.5 now: a drop of exactly 0.7.
  const falling = ratings([3, 4, 3, 4, 3.5], (i) => hoursAgo(i + 1));
  assert.deepEqual(keys(snapshot({ ratings: [...week, ...falling] })), ["csat_falling"]);
  const slightly = ratings([3, 4, 4, 4, 3], (i) => hoursAgo(i + 1));
  assert.deepEqual(keys(snapshot({ ratings: [...week, ...slightly] })), []);
  // Four recent ratings are too few, however low.
  assert.deepEqual(keys(snapshot({ ratings: [...week, ...ratings([1, 1, 1, 1], (i) => hoursAgo(i + 1))] })), []);
  // A rating older than 8 days is in neither period, so the baseline is too thin.
  const thinWeek = [...ratings([4, 4, 4, 5], (i) => hoursAgo(30 + i * 24)), { score: 5, at: hoursAgo(24 * 8 + 1) }];
  assert.deepEqual(keys(snapshot({ ratings: [...thinWeek, ...falling] })), []);
  const [alert] = evaluateAlertRules(snapshot({ ratings: [...week, ...falling] }), defaultAlertRules, NOW);
  assert.equal(alert!.message, "Customer ratings average 3.50 over the last 24 hours (5 ratings), down 0.70 from 4.20 over the previous 7 days (5 ratings).");
});

test("a disabled rule raises nothing; a workspace's own level replaces the default", () => {
  const busy = snapshot({ queue: { waiting: 4, agentsOnline: 0, open: true } });
  assert.deepEqual(keys(busy, alertRulesSchema.parse({ unstaffedQueue: { enabled: false } })), []);
  assert.deepEqual(keys(busy, alertRulesSchema.parse({ unstaffedQueue: { minWaiting: 5 } })), []);
});

test("model failures: 3 or more customer turns in the last 10 minutes, counting turns rather than calls", () => {
  const failure = (messageId: string, minutes: number, kind = "timeout") => ({ conversationId: `c-${messageId}`, messageId, kind, at: minutesAgo(minutes) });
  const three = [failure("m1", 1), failure("m1", 1, "http_error"), failure("m2", 4), failure("m3", 9)];
  assert.deepEqual(keys(snapshot({ modelFailures: three })), ["model_failures"]);
  assert.equal(
    evaluateAlertRules(snapshot({ modelFailures: three }), defaultAlertRules, NOW)[0]!.message,
    "The model failed on 3 customer turns in the last 10 minutes (http error, timeout); the offline engine or a person answered instead.",
  );
  // Two turns, one of them failing twice, and one older than the window.
  assert.deepEqual(keys(snapshot({ modelFailures: [failure("m1", 1), failure("m1", 2), failure("m2", 4), failure("m3", 11)] })), []);
  assert.deepEqual(keys(snapshot({ modelFailures: three }), alertRulesSchema.parse({ modelFailures: { enabled: false } })), []);
});
