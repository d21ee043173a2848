import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { openDemoDatabase, startTestConversation } from "../agents/pipeline-harness";
import { defaultEscalationPolicy } from "../../lib/workspace/settings";

interface ScriptedConversation {
  id: string;
  customer?: { tier: string; verified: boolean };
  turns: string[];
}

const scripted: ScriptedConversation[] = readFileSync(new URL("../../lib/demo/scripted-conversations.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line));

test("the what-if re-decides the pipeline's own stored turns exactly as stored under the stored thresholds", async () => {
  const { db, workspaceId, close } = await openDemoDatabase();
  try {
    const { handleCustomerMessage } = await import("../../lib/agents/pipeline");
    const { loadStoredTurns } = await import("../../lib/analytics/load");
    const { whatIf, disagreementsWithStored } = await import("../../lib/analytics/what-if");
    const customers = await db.customer.findMany({ where: { workspaceId }, orderBy: { email: "asc" } });
    const since = new Date(Date.now() - 60_000);
    for (const [i, script] of scripted.slice(0, 24).entries()) {
      const customer = script.customer ? customers[i % customers.length]! : null;
      const conversation = await startTestConversation(db, workspaceId, customer?.id ?? null, script.customer?.verified ?? false);
      for (const body of script.turns) {
        const sent = await handleCustomerMessage({ conversationId: conversation.id, body });
        await sent.turn;
      }
    }
    const turns = await loadStoredTurns(db, workspaceId, since);
    assert.ok(turns.length >= 24, `${turns.length} stored turns`);
    assert.deepEqual(disagreementsWithStored(turns), []);

    const same = whatIf(turns, defaultEscalationPolicy);
    assert.equal(same.turnsChanged, 0);
    assert.equal(same.wouldEscalate, same.didEscalate);
    assert.ok(same.didEscalate > 0);

    // With no confidence floor and the widest sentiment and complexity margins, only explicit
    // reasons remain: never more handoffs than before.
    const lenient = whatIf(turns, { ...defaultEscalationPolicy, confidenceFloor: 0, sentimentFloor: -1, sentimentDecline: 2, complexityThreshold: 1 });
    assert.equal(lenient.newlyEscalated, 0);
    assert.ok(lenient.wouldEscalate <= same.didEscalate);
    assert.equal(lenient.didEscalate - lenient.noLongerEscalated, lenient.wouldEscalate);

    // The overview's cached daily tallies say what a fresh read of the log says, before and after caching.
    const { readFilters } = await import("../../lib/analytics/filters");
    const { overviewReport } = await import("../../lib/analytics/report");
    const { factsOf } = await import("../../lib/analytics/conversation-facts");
    const { loadAnalyticsContext, loadAnalyticsDataset } = await import("../../lib/analytics/load");
    const { headlinesOf, tallyOf } = await import("../../lib/analytics/overview");
    const now = new Date();
    const filters = readFilters({}, now);
    const { sla } = await loadAnalyticsContext(db, workspaceId, now);
    const fromLog = headlinesOf(tallyOf(factsOf(await loadAnalyticsDataset(db, workspaceId, filters, { withQuestions: false })), sla, now));
    assert.deepEqual((await overviewReport(db, workspaceId, filters, now)).current, fromLog);
    assert.ok((await db.analyticsRollup.count({ where: { workspaceId } })) > 0);
    assert.deepEqual((await overviewReport(db, workspaceId, filters, now)).current, fromLog);
    assert.equal(fromLog.conversations, 24);
  } finally {
    await close();
  }
});
