// The per-conversation quality score: 100 less a reasoned deduction per signal, and how it lines
// up with CSAT where both exist.
import assert from "node:assert/strict";
import { test } from "node:test";
import { factsOf, type ConversationFacts } from "../../lib/analytics/conversation-facts";
import { qualityAgainstCsat, qualityScore, type QualityScore } from "../../lib/analytics/quality-score";
import { qualityReport } from "../../lib/analytics/quality-table";
import { recontactCounts } from "../../lib/analytics/recontacts";
import { defaultSlaPolicy } from "../../lib/workspace/settings";
import { EventLog, at } from "./event-log";

const sla = defaultSlaPolicy;
const now = at(24 * 60);

function factsFor(log: EventLog, id: string, sentiments: number[] = []): ConversationFacts {
  const facts = factsOf(log.dataset).find((f) => f.id === id)!;
  return { ...facts, sentiments };
}

const deductions = (q: QualityScore) => Object.fromEntries(q.parts.map((p) => [p.signal, p.deduction]));

test("a conversation the AI resolved for a customer who stayed content keeps all 100 points, each part saying why", () => {
  const log = new EventLog();
  log.conversation("A", "free").turn(0, "Where is my parcel?").resolve(3, "customer_ended").rate(3, 5);
  const q = qualityScore(factsFor(log, "A", [0.1, 0.4]), { sla, now, recontacts: 0 });
  assert.equal(q.score, 100);
  assert.equal(q.csat, 5);
  assert.deepEqual(
    q.parts.map((p) => p.reason),
    ["Resolved (customer ended).", "Sentiment from 0.10 to 0.40.", "No handoff.", "Never waited for a person.", "The customer did not have to come back."],
  );
});

test("each signal takes off points with its reason: unresolved, ended upset, handed on again, kept waiting, came back", () => {
  const log = new EventLog();
  // A premium customer (5 min target) handed off twice; nobody answers; still open a day later; reopened once before.
  log.conversation("B", "premium").turn(0, "Refund now", { handoff: ["sentiment"] }).toQueue(0).resolve(2, "solved", "u-1").reopen(4).turn(5, "Still broken!", { handoff: ["customer_request"] }).toQueue(5);
  // Looked at 26 hours in, when it has stopped being in progress.
  const q = qualityScore(factsFor(log, "B", [0.2, -0.8]), { sla, now: at(26 * 60), recontacts: 1 });
  assert.deepEqual(deductions(q), { resolution: 30, sentiment: 22, handoffs: 10, waits: 10, "re-contact": 15 });
  assert.equal(q.score, 13);
  const reason = (signal: string) => q.parts.find((p) => p.signal === signal)!.reason;
  assert.equal(reason("resolution"), "Reopened and not resolved since.");
  assert.equal(reason("sentiment"), "Sentiment from 0.20 to -0.80, ended negative, worsened.");
  assert.equal(reason("handoffs"), "2 handoffs.");
  // The first wait ended when it was resolved at minute 2, inside the target; the second was never answered.
  assert.equal(reason("waits"), "1 of 2 waits over the 5 min target; longest 25.9 h, never answered.");
  assert.equal(reason("re-contact"), "Came back: reopened within 7 days and 1 new conversation on the same topic within 7 days.");
});

test("one handoff answered within the target costs nothing; answered late costs 5, or 10 past twice the target", () => {
  const log = new EventLog();
  log.conversation("C", "pro").turn(0, "A person please", { handoff: ["customer_request"] }).toQueue(0).toPerson(1, "u-1").humanReply(4, "u-1").resolve(9, "solved", "u-1");
  log.conversation("D", "pro").turn(0, "A person please", { handoff: ["customer_request"] }).toQueue(0).toPerson(1, "u-1").humanReply(15, "u-1").resolve(20, "solved", "u-1");
  log.conversation("E", "pro").turn(0, "A person please", { handoff: ["customer_request"] }).toQueue(0).toPerson(1, "u-1").humanReply(25, "u-1").resolve(30, "solved", "u-1");
  const [c, d, e] = ["C", "D", "E"].map((id) => qualityScore(factsFor(log, id), { sla, now, recontacts: 0 }));
  assert.deepEqual([c!.score, d!.score, e!.score], [100, 95, 90]);
  assert.equal(d!.parts.find((p) => p.signal === "waits")!.reason, "1 of 1 wait over the 10 min target; longest 15 min.");
});

test("spam, duplicates, conversations without a customer turn and ones still in progress are not scored", () => {
  const log = new EventLog();
  log.conversation("S", "free").turn(0, "buy cheap pills").resolve(1, "spam", "u-1");
  log.conversation("Q", "free");
  log.conversation("P", "free", 60).turn(60, "Where is my parcel?");
  assert.equal(qualityScore(factsFor(log, "S"), { sla, now, recontacts: 0 }).score, null);
  assert.equal(qualityScore(factsFor(log, "Q"), { sla, now, recontacts: 0 }).score, null);
  // Open, and the customer wrote 23 hours ago: still being worked on. A day later it counts as unresolved.
  const inProgress = qualityScore(factsFor(log, "P"), { sla, now: at(60 + 23 * 60), recontacts: 0 });
  assert.equal(inProgress.score, null);
  assert.match(inProgress.parts[0]!.reason, /^Still in progress/);
  assert.equal(qualityScore(factsFor(log, "P"), { sla, now: at(60 + 24 * 60), recontacts: 0 }).score, 70);
});

test("against CSAT: mean score per rating, correlation once there are three pairs, and how many scores have no rating", () => {
  const score = (score: number | null, csat: number | null): QualityScore => ({ conversationId: "x", score, parts: [], csat });
  const comparison = qualityAgainstCsat([score(100, 5), score(90, 5), score(40, 1), score(70, 3), score(60, null), score(null, 4)]);
  assert.equal(comparison.pairs, 4);
  assert.deepEqual(comparison.meanScoreByRating, [40, null, 70, null, 95]);
  assert.equal(comparison.scoredWithoutRating, 1);
  assert.ok(comparison.correlation! > 0.95, String(comparison.correlation));
  assert.equal(qualityAgainstCsat([score(100, 5), score(40, 1)]).correlation, null);
});

test("re-contacts count the same customer coming back about the same topic within 7 days, not a new question or a greeting", () => {
  const day = 24 * 3600 * 1000;
  const t = (days: number) => new Date(at(0).getTime() + days * day);
  const counts = recontactCounts([
    { id: "a", customerId: "maya", createdAt: t(0), intents: ["greeting", "get_refund"] },
    { id: "b", customerId: "maya", createdAt: t(2), intents: ["track_refund", "get_refund"] },
    { id: "c", customerId: "maya", createdAt: t(3), intents: ["greeting", "change_plan"] },
    { id: "d", customerId: "maya", createdAt: t(10), intents: ["get_refund"] },
    { id: "e", customerId: "lee", createdAt: t(1), intents: ["get_refund"] },
    { id: "f", customerId: null, createdAt: t(1), intents: ["get_refund"] },
    { id: "g", customerId: null, createdAt: t(2), intents: ["get_refund"] },
  ]);
  assert.deepEqual(Object.fromEntries(counts), { a: 1, b: 0, c: 0, d: 0, e: 0, f: 0, g: 0 });
});

test("the table and its CSV list each scored conversation with its score, each part's deduction and reason, and CSAT", () => {
  const log = new EventLog();
  log.conversation("A", "free").turn(0, "Where is my parcel?").resolve(3, "customer_ended").rate(3, 4);
  log.conversation("S", "free").turn(0, "spam").resolve(1, "spam", "u-1");
  const report = qualityReport(factsOf(log.dataset), { sla, now, timezone: "UTC", recontacts: new Map([["A", 2]]) });
  assert.deepEqual(report.columns, ["Conversation", "Started (UTC)", "Score", "Resolution (up to −30)", "Sentiment (up to −25)", "Handoffs (up to −15)", "Waits (up to −15)", "Re-contact (up to −15)", "CSAT"]);
  assert.deepEqual(report.rows, [
    ["A", "Nov 2, 2026, 10:00", "85", "0: Resolved (customer ended).", "0: Sentiment 0.00.", "0: No handoff.", "0: Never waited for a person.", "−15: Came back: 2 new conversations on the same topic within 7 days.", "4"],
  ]);
});
