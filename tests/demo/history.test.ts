import { test } from "node:test";
import assert from "node:assert/strict";
import { openDemoDatabase } from "../agents/pipeline-harness";

// The demo's past month comes from replaying conversations through the desk itself; this checks on
// a first-start database that it is all there, all closed, visible to analytics, and made once.
test("the demo history replays a month of closed conversations once, and the supervisor overview shows it", async () => {
  const { db, workspaceId, close } = await openDemoDatabase();
  try {
    const { replayDemoHistory } = await import("../../lib/demo/history");
    const { overviewReport } = await import("../../lib/analytics/report");
    const { readFilters } = await import("../../lib/analytics/filters");
    const now = new Date();

    const summary = await replayDemoHistory(db, now);
    assert.ok(summary);
    const conversations = await db.conversation.findMany({ where: { workspaceId }, select: { id: true, status: true, createdAt: true } });
    assert.equal(conversations.length, summary.conversations);
    assert.ok(conversations.every((c) => c.status === "resolved"), "nothing is left open in the live inbox");
    assert.ok(new Set(conversations.map((c) => c.createdAt.toISOString().slice(0, 10))).size >= 25);

    const count = (type: string) => db.conversationEvent.count({ where: { workspaceId, type } });
    assert.ok(summary.handedOff > 0);
    assert.equal(await count("handoff_brief"), summary.handedOff);
    assert.ok((await count("assignment")) >= summary.handedOff, "every handoff reached a person, by routing or by a claim from the queue");
    assert.equal(await count("csat"), summary.rated);
    assert.ok(await db.message.count({ where: { conversation: { workspaceId }, author: "human" } }) >= summary.handedOff);
    const outcomes = (await db.conversationEvent.findMany({ where: { workspaceId, type: "resolved" }, select: { payload: true } })).map((e) => (e.payload as { outcome: string }).outcome);
    for (const outcome of ["customer_ended", "solved", "no_action_needed"]) assert.ok(outcomes.includes(outcome), `some conversations end as ${outcome}`);
    const latest = await db.conversationEvent.findFirst({ where: { workspaceId }, orderBy: { createdAt: "desc" } });
    assert.ok(latest!.createdAt < now, "every event is dated in the past");

    const report = await overviewReport(db, workspaceId, readFilters({}, now), now);
    assert.equal(report.current.conversations, summary.conversations);
    assert.ok(report.current.aiResolutionRate! > 0);
    assert.ok(report.current.escalationRate! > 0);
    assert.ok(report.current.csatAiOnly !== null && report.current.csatAfterHandoff !== null);
    assert.ok(report.current.firstHumanReply.p50 !== null);
    assert.ok(report.current.slaCompliance !== null);

    const events = await db.conversationEvent.count();
    assert.equal(await replayDemoHistory(db), null, "a restart does not replay it again");
    assert.equal(await db.conversationEvent.count(), events);
  } finally {
    await close();
  }
});
