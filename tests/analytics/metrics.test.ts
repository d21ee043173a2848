import { test } from "node:test";
import assert from "node:assert/strict";
import { factsOf } from "../../lib/analytics/conversation-facts";
import { contentGaps } from "../../lib/analytics/content-gaps";
import { drillDown, readDrill } from "../../lib/analytics/drill-down";
import { escalationsByHour, escalationsByIntent, escalationsBySpecialist, escalationsByTier, escalationsByTrigger } from "../../lib/analytics/escalation-breakdowns";
import { falseEscalationCandidates } from "../../lib/analytics/false-escalations";
import { applyFilters, readFilters } from "../../lib/analytics/filters";
import { countOf } from "../../lib/analytics/histogram";
import { headlinesOf, mergeTallies, tallyOf } from "../../lib/analytics/overview";
import { csatByAgent } from "../../lib/analytics/satisfaction";
import { slaCompliance } from "../../lib/analytics/sla-compliance";
import { analyticsTable } from "../../lib/analytics/tables";
import { defaultEscalationPolicy, defaultSlaPolicy } from "../../lib/workspace/settings";
import { EventLog, at } from "./event-log";

/**
 * Six conversations, all starting at T0 (10:00 UTC); "now" is two hours later.
 *  A free        AI answers, resolved at 5 by the system, rated 5             → AI-resolved
 *  B pro         handoff (customer_request + sentiment), queued 0, Maya owns 3, replies 4,
 *                resolves 6 "no_action_needed", rated 2; a later handoff decision while Maya owns it does not count
 *  C premium     handoff (sentiment), nobody ever answers                      → abandoned, SLA breached
 *  D free        knowledge answer at 0.4 confidence (floor 0.7), resolved 10, reopened two days later
 *  E             no customer turn at all                                       → not counted
 *  F enterprise  handoff (complexity + low_confidence), Lukas owns 1, replies 2, sends it back to the queue at 5, rated 4
 */
function sixConversations() {
  const log = new EventLog();
  log.dataset.staff.push({ id: "u-maya", name: "Maya" }, { id: "u-lukas", name: "Lukas" });
  log.conversation("A", "free").turn(0, "where is my order 4512?").resolve(5, "solved").rate(6, 5);
  log
    .conversation("B", "pro")
    .turn(0, "refund now or get me a person", { intent: "request_refund", handoff: ["customer_request", "sentiment"] })
    .toQueue(0)
    .toPerson(3, "u-maya")
    .humanReply(4, "u-maya")
    .turn(5, "still angry", { intent: "request_refund", handoff: ["sentiment"] })
    .resolve(6, "no_action_needed", "u-maya")
    .rate(7, 2);
  // The queue move is listed before the decision that caused it, with the same timestamp.
  log.conversation("C", "premium").toQueue(0).turn(0, "this is a disgrace", { intent: "complaint", specialist: "account", handoff: ["sentiment"] });
  log
    .conversation("D", "free")
    .turn(0, "How do I return a gift without a receipt?", { intent: "check_refund_policy", specialist: "knowledge", answerConfidence: 0.4 })
    .resolve(10, "solved")
    .reopen(2 * 24 * 60);
  log.conversation("E", null);
  log
    .conversation("F", "enterprise")
    .turn(0, "migrate my three accounts and merge the invoices", { intent: "account_merge", specialist: "account", handoff: ["complexity", "low_confidence"] })
    .toQueue(0)
    .toPerson(1, "u-lukas")
    .humanReply(2, "u-lukas")
    .toQueue(5, { kind: "human", userId: "u-lukas" })
    .rate(9, 4);
  return { dataset: log.dataset, facts: factsOf(log.dataset), now: at(120) };
}

test("headline numbers of the six-conversation log", () => {
  const { facts, now } = sixConversations();
  const h = headlinesOf(tallyOf(facts, defaultSlaPolicy, now));
  assert.equal(h.conversations, 5); // E has no customer turn
  assert.equal(h.aiResolutionRate, 1 / 5); // A only: D was reopened within 7 days
  assert.equal(h.escalationRate, 3 / 5); // B, C, F
  assert.equal(h.reEscalationRate, 1 / 3); // F went back to the queue; B's second decision came while Maya owned it
  assert.equal(h.csatAiOnly, 5);
  assert.equal(h.csatAfterHandoff, (2 + 4) / 2);
  // Replies: B 4 min = 240 s, F 2 min = 120 s. Nearest rank: p50 = 1st of 2, p90 = 2nd of 2. Waits
  // from 128 s to 256 s are counted in 2-second buckets read as their middle: 240 s shows as 241 s.
  assert.deepEqual(h.firstHumanReply, { p50: 120, p90: 241 });
  assert.deepEqual(h.queueWait, { p50: 60, p90: 181 });
  assert.equal(h.abandonmentRate, 1 / 3); // C: nobody answered and the customer has been quiet for 2 h
  // B 240 s ≤ pro 600 s, F 120 s ≤ enterprise 120 s, C waited 7200 s > premium 300 s.
  assert.equal(h.slaCompliance, 2 / 3);
});

test("tallies of single conversations add up to the tally of all of them", () => {
  const { facts, now } = sixConversations();
  const merged = headlinesOf(mergeTallies(facts.map((f) => tallyOf([f], defaultSlaPolicy, now))));
  assert.deepEqual(merged, headlinesOf(tallyOf(facts, defaultSlaPolicy, now)));
});

test("an empty period has no rates rather than zero rates", () => {
  const h = headlinesOf(tallyOf([], defaultSlaPolicy, at(0)));
  assert.equal(h.conversations, 0);
  assert.equal(h.escalationRate, null);
  assert.deepEqual(h.firstHumanReply, { p50: null, p90: null });
});

test("every fired trigger is counted, the primary one separately", () => {
  const rows = escalationsByTrigger(sixConversations().facts);
  const byTrigger = Object.fromEntries(rows.map((r) => [r.trigger, { fired: r.fired, primary: r.primary }]));
  assert.deepEqual(byTrigger.sentiment, { fired: 2, primary: 1 });
  assert.deepEqual(byTrigger.customer_request, { fired: 1, primary: 1 });
  assert.deepEqual(byTrigger.complexity, { fired: 1, primary: 1 });
  assert.deepEqual(byTrigger.low_confidence, { fired: 1, primary: 0 });
  assert.deepEqual(byTrigger.risk, { fired: 0, primary: 0 });
  assert.equal(rows[0]!.trigger, "sentiment");
  assert.equal(rows.find((r) => r.trigger === "customer_request")!.primaryShare, 1 / 3);
});

test("handoffs by intent, specialist, tier and hour", () => {
  const { facts } = sixConversations();
  assert.deepEqual(
    escalationsByIntent(facts).map((r) => [r.key, r.escalations]),
    [["account_merge", 1], ["complaint", 1], ["request_refund", 1]],
  );
  assert.deepEqual(
    escalationsBySpecialist(facts).map((r) => [r.key, r.escalations]),
    [["account", 2], ["transactions", 1]],
  );
  assert.deepEqual(
    escalationsByTier(facts).map((r) => [r.tier, r.conversations, r.escalatedConversations, r.escalationRate]),
    [["free", 2, 0, 0], ["pro", 1, 1, 1], ["premium", 1, 1, 1], ["enterprise", 1, 1, 1]],
  );
  const hours = escalationsByHour(facts, "UTC");
  assert.equal(hours.length, 24);
  assert.equal(hours[10]!.escalations, 3);
  // Berlin is UTC+1 in November.
  assert.equal(escalationsByHour(facts, "Europe/Berlin")[11]!.escalations, 3);
});

test("CSAT per person credits whoever last owned or wrote in the conversation", () => {
  const { facts, dataset } = sixConversations();
  assert.deepEqual(csatByAgent(facts, dataset.staff), [
    { agentId: "u-lukas", agentName: "Lukas", ratings: 1, average: 4 },
    { agentId: "u-maya", agentName: "Maya", ratings: 1, average: 2 },
  ]);
});

test("SLA compliance per tier lists each breach", () => {
  const { facts, now } = sixConversations();
  const { tiers, breaches } = slaCompliance(facts, defaultSlaPolicy, now);
  assert.deepEqual(
    tiers.map((t) => [t.tier, t.met, t.breached, t.compliance]),
    [["free", 0, 0, null], ["pro", 1, 0, 1], ["premium", 0, 1, 0], ["enterprise", 1, 0, 1]],
  );
  assert.deepEqual(breaches, [{ conversationId: "C", tier: "premium", escalatedAt: at(0), targetSeconds: 300, waitedSeconds: 7200, replied: false }]);
});

test("an unanswered handoff is pending until its target passes", () => {
  const { facts } = sixConversations();
  const { tiers } = slaCompliance(facts, defaultSlaPolicy, at(4));
  assert.deepEqual(tiers.find((t) => t.tier === "premium"), { tier: "premium", targetSeconds: 300, met: 0, breached: 0, pending: 1, compliance: null });
  assert.equal(headlinesOf(tallyOf(facts, defaultSlaPolicy, at(4))).abandonmentRate, 0); // C is still pending, B and F were answered
});

test("content gaps group knowledge questions answered below the floor", () => {
  assert.deepEqual(contentGaps(sixConversations().facts, 0.7), [
    {
      intent: "check_refund_policy",
      questions: 1,
      averageAnswerConfidence: 0.4,
      topTerms: ["gift", "receipt", "return", "without"],
      examples: ["How do I return a gift without a receipt?"],
      coveredBy: [],
    },
  ]);
});

test("a handoff a person closed within 10 minutes as needing nothing is a false-escalation candidate", () => {
  const candidates = falseEscalationCandidates(sixConversations().facts);
  assert.deepEqual(
    candidates.map((c) => [c.conversationId, c.primaryTrigger, c.minutesToResolve, c.resolvedById]),
    [["B", "customer_request", 6, "u-maya"]],
  );
});

test("filters keep conversations of the tier, intent and trigger asked for", () => {
  const { facts, now } = sixConversations();
  const all = readFilters({}, now);
  assert.equal(applyFilters(facts, all).length, 6);
  assert.deepEqual(applyFilters(facts, readFilters({ tier: "free" }, now)).map((f) => f.id), ["A", "D", "E"]);
  assert.deepEqual(applyFilters(facts, readFilters({ trigger: "sentiment" }, now)).map((f) => f.id), ["B", "C"]);
  assert.deepEqual(applyFilters(facts, readFilters({ intent: "complaint" }, now)).map((f) => f.id), ["C"]);
  assert.equal(applyFilters(facts, readFilters({ from: "2026-11-03", to: "2026-11-04" }, now)).length, 0);
  // Malformed parameters fall back to the default period rather than failing the page.
  assert.equal(applyFilters(facts, readFilters({ tier: "gold", from: "yesterday" }, now)).length, 6);
});

test("every linked table cell and headline lists exactly the conversations and handoffs it counts", () => {
  const { facts, dataset, now } = sixConversations();
  const context = { now, sla: defaultSlaPolicy, escalationPolicy: defaultEscalationPolicy, timezone: "UTC" };
  const rowsFor = (link: Record<string, string>) => {
    const filters = readFilters({ from: "2026-11-02", to: "2026-11-02", ...link }, now);
    return drillDown(applyFilters(facts, filters), readDrill(link), context);
  };
  const handoffsOf = (rows: ReturnType<typeof rowsFor>) => rows.reduce((sum, r) => sum + r.handoffs, 0);
  let checked = 0;
  for (const name of ["triggers", "intents", "specialists", "tiers", "hours"] as const) {
    const table = analyticsTable(name, { facts, staff: dataset.staff, team: [], period: { start: at(0), end: at(24 * 60) }, context });
    table.links!.forEach((row, i) =>
      row.forEach((link, j) => {
        if (!link) return;
        const rows = rowsFor(link);
        // The tier table's first two numbers count conversations; every other linked number counts handoffs.
        const listed = name === "tiers" && j <= 2 ? rows.length : handoffsOf(rows);
        assert.equal(String(listed), table.rows[i]![j], `${name} row ${i} column ${j}`);
        checked++;
      }),
    );
  }
  assert.ok(checked >= 10);

  const tally = tallyOf(facts, defaultSlaPolicy, now);
  const count = (set: string) => rowsFor({ set }).length;
  const handoffs = (set: string) => handoffsOf(rowsFor({ set }));
  assert.equal(count("conversations"), tally.conversations);
  assert.equal(count("ai-resolved"), tally.aiResolved);
  assert.equal(count("escalated"), tally.escalated);
  assert.equal(count("re-escalated"), tally.reEscalated);
  assert.equal(count("rated-ai"), tally.csatAiOnly.count);
  assert.equal(count("rated-after-handoff"), tally.csatAfterHandoff.count);
  assert.equal(handoffs("human-replied"), countOf(tally.firstReplySeconds));
  assert.equal(handoffs("assigned"), countOf(tally.queueWaitSeconds));
  assert.equal(handoffs("abandoned"), tally.abandoned);
  assert.equal(handoffs("sla-met"), tally.slaMet);
  assert.deepEqual(
    rowsFor({ set: "escalated", primary: "sentiment" }).map((r) => r.facts.id),
    ["C"],
  );
});

test("a malformed drill-down falls back to every conversation of the period", () => {
  assert.deepEqual(readDrill({ set: "everything", hour: "25" }), { set: "conversations" });
  assert.deepEqual(readDrill({ set: "abandoned", hour: "9", fired: "risk" }), { set: "abandoned", hour: 9, fired: "risk" });
});
