import { test } from "node:test";
import assert from "node:assert/strict";
import { factsOf } from "../../lib/analytics/conversation-facts";
import { headlineTrends } from "../../lib/analytics/headline-trends";
import { headlinesOf, mergeTallies, tallyOf } from "../../lib/analytics/overview";
import { analyticsTable, toCsv } from "../../lib/analytics/tables";
import { defaultEscalationPolicy, defaultSlaPolicy } from "../../lib/workspace/settings";
import { EventLog, at } from "./event-log";

/**
 * A resolved by the AI alone after two priced calls ($0.001 + $0.002);
 * B handed to a person after a priced call ($0.004) and a failed one that still cost $0.0005;
 * D answered by the offline engine, no hosted call at all.
 * Spent $0.0075 over 3 conversations, 1 AI resolution; the handoff's conversation spent $0.0045.
 */
function pricedLog() {
  const log = new EventLog();
  log.conversation("A", "free").turn(0, "where is my order 4512?").modelCall(0, { inputTokens: 900, outputTokens: 40, costUsd: 0.001 }).modelCall(0, { inputTokens: 1200, outputTokens: 80, costUsd: 0.002 }).resolve(5, "solved");
  log
    .conversation("B", "pro")
    .turn(0, "I want a person", { handoff: ["customer_request"] })
    .modelCall(0, { inputTokens: 3000, outputTokens: 200, costUsd: 0.004 })
    .modelCall(0, { inputTokens: 500, outputTokens: 0, costUsd: 0.0005, failed: true })
    .toQueue(0);
  log.conversation("D", "free").turn(0, "how do returns work?");
  return log;
}

const now = at(120);
const context = { now, sla: defaultSlaPolicy, escalationPolicy: defaultEscalationPolicy, timezone: "UTC" };

test("cost per conversation, per AI resolution and per handoff sum every call of the period", () => {
  const facts = factsOf(pricedLog().dataset);
  assert.deepEqual(
    facts.map((f) => [f.id, f.modelSpend.calls, f.modelSpend.failedCalls, f.modelSpend.inputTokens, f.modelSpend.outputTokens]),
    [
      ["A", 2, 0, 2100, 120],
      ["B", 2, 1, 3500, 200],
      ["D", 0, 0, 0, 0],
    ],
  );
  const h = headlinesOf(tallyOf(facts, defaultSlaPolicy, now));
  assert.ok(Math.abs(h.costPerConversation!.usd - 0.0025) < 1e-12);
  assert.ok(Math.abs(h.costPerResolution!.usd - 0.0075) < 1e-12);
  assert.ok(Math.abs(h.costPerHandoff!.usd - 0.0045) < 1e-12);
  const cards = Object.fromEntries(headlineTrends(h, h).map((card) => [card.id, card]));
  assert.equal(cards["model-cost-per-conversation"].value, "$0.0025");
  assert.equal(cards["model-cost-per-ai-resolution"].value, "$0.0075");
  assert.equal(cards["model-cost-per-handoff"].value, "$0.0045");
  assert.match(cards["model-cost-per-ai-resolution"].definition, /resolved alone/);
});

test("a day's cost tallies add up to the whole period's", () => {
  const facts = factsOf(pricedLog().dataset);
  assert.deepEqual(headlinesOf(mergeTallies(facts.map((f) => tallyOf([f], defaultSlaPolicy, now)))), headlinesOf(tallyOf(facts, defaultSlaPolicy, now)));
});

test("calls to a model without a price are shown as unpriced, never as $0, and not compared", () => {
  const log = new EventLog();
  log.conversation("U", "free").turn(0, "hello").modelCall(0, { inputTokens: 700, outputTokens: 30, costUsd: null }).resolve(3, "solved");
  const unpriced = headlinesOf(tallyOf(factsOf(log.dataset), defaultSlaPolicy, now));
  const priced = headlinesOf(tallyOf(factsOf(pricedLog().dataset), defaultSlaPolicy, now));
  const card = headlineTrends(unpriced, priced).find((c) => c.id === "model-cost-per-conversation")!;
  assert.equal(card.value, "unpriced (1 call unpriced)");
  assert.equal(card.change, null);

  const mixed = pricedLog();
  mixed.conversation("U", "free").turn(0, "hello").modelCall(0, { inputTokens: 700, outputTokens: 30, costUsd: null });
  const lowerBound = headlineTrends(headlinesOf(tallyOf(factsOf(mixed.dataset), defaultSlaPolicy, now)), priced).find((c) => c.id === "model-cost-per-conversation")!;
  assert.equal(lowerBound.value, "at least $0.0019 (1 call unpriced)");
});

test("the CSV export carries the three costs and each conversation's tokens and cost", () => {
  const { dataset } = pricedLog();
  const input = { facts: factsOf(dataset), staff: [], team: [], period: { start: at(0), end: at(24 * 60) }, context };
  const summary = toCsv(analyticsTable("model-cost", input)).split("\r\n");
  assert.equal(summary[0], "Cost,Value,Spent,Over,Unpriced calls");
  assert.equal(summary[1], "Per conversation,$0.0025,$0.0075,3 conversations,0");
  assert.equal(summary[2], "Per AI resolution,$0.0075,$0.0075,1 AI resolutions,0");
  assert.equal(summary[3], "Per handoff,$0.0045,$0.0045,1 handoffs,0");
  const rows = analyticsTable("model-cost-conversations", input).rows;
  assert.deepEqual(
    rows.map((r) => [r[0], r[2], ...r.slice(3)]),
    [
      ["A", "resolved by the AI", "2", "0", "2100", "120", "$0.003"],
      ["B", "handed off (1)", "2", "1", "3500", "200", "$0.0045"],
    ],
  );
});
