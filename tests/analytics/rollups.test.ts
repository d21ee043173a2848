import { test } from "node:test";
import assert from "node:assert/strict";
import { conversationFacts, factsOf, type ConversationFacts } from "../../lib/analytics/conversation-facts";
import type { AnalyticsDataset } from "../../lib/analytics/dataset";
import { applyFilters, dayOf, type AnalyticsFilters } from "../../lib/analytics/filters";
import { addToRollup, emptyRollupTally, headlinesOf, settleTally, tallyOf, type RollupTally } from "../../lib/analytics/overview";
import { foldedConversation, foldIntoRollups, rollupKey, sliceOfFilters, spansCovering, spansOf, type FoldedConversation } from "../../lib/analytics/rollup-fold";
import { defaultEscalationPolicy, defaultSlaPolicy } from "../../lib/workspace/settings";
import type { EscalationDecision } from "../../lib/events/catalogue";
import { createDb, disconnectDb, getDb } from "../../lib/db/index";
import { foldsSettled } from "../../lib/analytics/rollup-listener";
import { createWorkspace, postgresDatabase, postgresSkip, sqliteDatabase, type TestDatabase } from "../fixtures/test-database";
import { EventLog, at } from "./event-log";

const DAY = 24 * 60;

/**
 * Eight conversations over four UTC days (T0 is 2 Nov, 10:00):
 *  A free     day 0: AI answers, resolved, rated 5, one priced model call
 *  B pro      day 0: handoff (customer_request + sentiment) about a refund, answered by Maya, resolved, rated 2
 *  C premium  day 0: handoff (sentiment), nobody answers: abandoned or late only as time passes
 *  D free     day 1: knowledge answer, resolved, reopened on day 3
 *  E premium  day 1: handoff (complexity), the customer writes again and leaves contact details
 *  F enter.   day 2: handoff (complexity + low_confidence), Lukas answers, sends it back to the queue, rated 4
 *  G free     started on day 0, first writes on day 2
 *  H          never writes
 */
function fourDays() {
  const log = new EventLog();
  log.conversation("A", "free").turn(0, "where is my order?").modelCall(1, { inputTokens: 100, outputTokens: 20, costUsd: 0.5 }).resolve(5, "solved").rate(6, 5);
  log
    .conversation("B", "pro")
    .turn(0, "refund now or get me a person", { intent: "request_refund", handoff: ["customer_request", "sentiment"] })
    .modelCall(0, { inputTokens: 80, outputTokens: 10, costUsd: 0.25 })
    .toQueue(0)
    .toPerson(3, "u-maya")
    .humanReply(4, "u-maya")
    .resolve(6, "solved", "u-maya")
    .rate(7, 2);
  log.conversation("C", "premium").toQueue(0).turn(0, "this is a disgrace", { intent: "complaint", handoff: ["sentiment"] });
  log
    .conversation("D", "free", DAY)
    .turn(DAY, "How do I return a gift?", { intent: "check_refund_policy", specialist: "knowledge", answerConfidence: 0.4 })
    .resolve(DAY + 10, "solved")
    .reopen(3 * DAY);
  log.conversation("E", "premium", DAY + 50).turn(DAY + 60, "this is too complicated", { intent: "account_merge", handoff: ["complexity"] }).toQueue(DAY + 60);
  log.message("E", DAY + 80, "customer", "hello?");
  log.event("E", DAY + 90, "async_requested", { kind: "email", email: "e@example.com", note: null, previousStatus: "waiting_human" }, { actorType: "customer", actorId: null });
  log
    .conversation("F", "enterprise", 2 * DAY)
    .turn(2 * DAY, "merge my accounts", { intent: "account_merge", specialist: "account", handoff: ["complexity", "low_confidence"] })
    .toQueue(2 * DAY)
    .toPerson(2 * DAY + 1, "u-lukas")
    .humanReply(2 * DAY + 2, "u-lukas")
    .toQueue(2 * DAY + 5, { kind: "human", userId: "u-lukas" })
    .rate(2 * DAY + 9, 4);
  log.conversation("G", "free", 30).turn(2 * DAY + 30, "is my parcel lost?", { intent: "track_order" });
  log.conversation("H", null);
  return log.dataset;
}

type Rollups = Map<string, RollupTally>;

function applyChanges(rollups: Rollups, next: Map<string, RollupTally | null>): void {
  for (const [key, tally] of next) {
    if (tally) rollups.set(key, tally);
    else rollups.delete(key);
  }
}

/** Every conversation of a log folded at once from nothing: what a rebuild writes. */
function rebuilt(facts: readonly ConversationFacts[]): Rollups {
  const rollups: Rollups = new Map();
  applyChanges(
    rollups,
    foldIntoRollups(
      new Map(),
      facts.map((f) => ({ before: null, after: foldedConversation(f) })),
    ),
  );
  return rollups;
}

/** Order inside a tally's list of open handoffs does not matter to any number. */
function comparable(rollups: Rollups) {
  return Object.fromEntries(
    [...rollups].sort(([a], [b]) => a.localeCompare(b)).map(([key, t]) => [key, { ...t, openHandoffs: [...t.openHandoffs].sort((a, b) => a.conversationId.localeCompare(b.conversationId) || a.at - b.at) }]),
  );
}

/** The log's entries in the order they arrive: shuffled, so events land after later ones and on days after their conversation's. */
function arrivalOrder(dataset: AnalyticsDataset, seed: number) {
  const entries = [...dataset.events.map((event) => ({ kind: "event" as const, event })), ...dataset.messages.map((message) => ({ kind: "message" as const, message }))];
  let state = seed;
  for (let i = entries.length - 1; i > 0; i--) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    const j = state % (i + 1);
    [entries[i], entries[j]] = [entries[j]!, entries[i]!];
  }
  return entries;
}

function tallyOfSlice(rollups: Rollups, filters: AnalyticsFilters, now: Date) {
  const sum = emptyRollupTally();
  for (let t = filters.start.getTime(); t < filters.end.getTime(); t += DAY * 60_000) {
    const tally = rollups.get(rollupKey(dayOf(new Date(t)), sliceOfFilters(filters)));
    if (tally) addToRollup(sum, tally, 1);
  }
  return settleTally(sum, defaultSlaPolicy, now);
}

test("the rows a period is read from hold each of its days exactly once, and are rows each of those days is folded into", () => {
  const dayAt = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * DAY * 60_000).toISOString().slice(0, 10);
  for (let first = 0; first < 40; first++) {
    for (const count of [1, 2, 3, 7, 15, 16, 30, 31, 61, 90]) {
      const days = Array.from({ length: count }, (_, i) => dayAt(first + i));
      const spans = spansCovering(days[0]!, count);
      assert.ok(spans.length <= 12 + Math.ceil(count / 16), `${count} days from ${days[0]} in ${spans.length} rows`);
      for (const day of days) assert.equal(spansOf(day).filter((span) => spans.includes(span)).length, 1, `${day} of ${count} days from ${days[0]}`);
      const outside = [dayAt(first - 1), dayAt(first + count)];
      for (const day of outside) assert.equal(spansOf(day).filter((span) => spans.includes(span)).length, 0, `${day} is outside ${count} days from ${days[0]}`);
    }
  }
});

test("folding events one at a time, in any order, gives the same rollups as folding the whole log at once", () => {
  const dataset = fourDays();
  for (const seed of [1, 7, 42]) {
    const arrived = new Set<object>();
    const folded = new Map<string, FoldedConversation | null>();
    const rollups: Rollups = new Map();
    for (const entry of arrivalOrder(dataset, seed)) {
      arrived.add(entry.kind === "event" ? entry.event : entry.message);
      const conversationId = entry.kind === "event" ? entry.event.conversationId : entry.message.conversationId;
      const conversation = dataset.conversations.find((c) => c.id === conversationId)!;
      // The log as the database returns it: what has arrived, in the log's own order.
      const events = dataset.events.filter((e) => e.conversationId === conversationId && arrived.has(e));
      const messages = dataset.messages.filter((m) => m.conversationId === conversationId && arrived.has(m));
      const after = foldedConversation(conversationFacts(conversation, events, messages));
      applyChanges(rollups, foldIntoRollups(rollups, [{ before: folded.get(conversationId) ?? null, after }]));
      folded.set(conversationId, after);

      const soFar: AnalyticsDataset = { ...dataset, events: dataset.events.filter((e) => arrived.has(e)), messages: dataset.messages.filter((m) => arrived.has(m)) };
      assert.deepEqual(comparable(rollups), comparable(rebuilt(factsOf(soFar))), `seed ${seed}, after ${arrived.size} entries`);
    }
  }
});

test("every filter slice read from the rollups at any moment says what filtering the log says", () => {
  const facts = factsOf(fourDays());
  const rollups = rebuilt(facts);
  const period = { start: at(-DAY * 2), end: at(DAY * 5) };
  const filterSets: Omit<AnalyticsFilters, "start" | "end">[] = [
    {},
    { tier: "pro" },
    { tier: "premium" },
    { intent: "account_merge" },
    { trigger: "sentiment" },
    { trigger: "complexity", tier: "enterprise" },
    { intent: "request_refund", trigger: "customer_request", tier: "pro" },
    { intent: "track_order", tier: "free" },
  ];
  // Minutes after T0 at which C's and E's unanswered handoffs are pending, late or abandoned.
  for (const minute of [1, 20, 45, DAY + 95, 4 * DAY]) {
    const now = at(minute);
    for (const dimensions of filterSets) {
      const filters = { ...period, ...dimensions };
      const expected = tallyOf(applyFilters(facts, filters), defaultSlaPolicy, now);
      const read = tallyOfSlice(rollups, filters, now);
      assert.deepEqual(headlinesOf(read), headlinesOf(expected), `${JSON.stringify(dimensions)} at minute ${minute}`);
      assert.equal(read.abandoned, expected.abandoned);
      assert.equal(read.settledHandoffs, expected.settledHandoffs);
    }
  }
  // A single day of the period reads only the conversations that started that day, whenever their events came.
  const dayTwo = tallyOfSlice(rollups, { start: at(-10 * 60 + 2 * DAY), end: at(-10 * 60 + 3 * DAY) }, at(4 * DAY));
  assert.equal(dayTwo.conversations, 1); // F; G started on day 0 though it first wrote on day 2
  const dayZero = tallyOfSlice(rollups, { start: at(-10 * 60), end: at(-10 * 60 + DAY) }, at(4 * DAY));
  assert.equal(dayZero.conversations, 4); // A, B, C and G
});

test("a conversation whose log changes moves its numbers between slices, and one erased takes them out", () => {
  const dataset = fourDays();
  const facts = factsOf(dataset);
  const rollups = rebuilt(facts);
  const g = facts.find((f) => f.id === "G")!;
  // G's customer writes again about a refund and is handed off for it.
  const log = new EventLog();
  log.conversation("G", "free", 30).turn(2 * DAY + 30, "is my parcel lost?", { intent: "track_order" }).turn(2 * DAY + 40, "refund it then", { intent: "request_refund", handoff: ["customer_request"] });
  const changed = foldedConversation(factsOf(log.dataset)[0]!)!;
  applyChanges(rollups, foldIntoRollups(rollups, [{ before: foldedConversation(g), after: changed }]));
  const withRefund = [...facts.filter((f) => f.id !== "G"), factsOf(log.dataset)[0]!];
  assert.deepEqual(comparable(rollups), comparable(rebuilt(withRefund)));
  assert.equal(rollups.get(rollupKey("2026-11-02", "free|request_refund|customer_request"))?.conversations, 1);

  applyChanges(rollups, foldIntoRollups(rollups, [{ before: changed, after: null }]));
  assert.deepEqual(comparable(rollups), comparable(rebuilt(facts.filter((f) => f.id !== "G"))));
  assert.equal(rollups.has(rollupKey("2026-11-02", "free|request_refund|customer_request")), false);
});

/**
 * On SQLite one process holds the database, so "several instances" are concurrent folds on its one
 * client; on PostgreSQL they are two clients, each with its own connections.
 */
function keptUpOverview(provider: string, open: () => Promise<TestDatabase>, skip: string | false = false) {
  test(`the overview kept up as the desk writes conversations equals the log, filtered or not, with folds racing (${provider})`, { skip }, async () => {
    const database = await open();
    process.env.DATABASE_URL = database.url;
    const db = await getDb();
    const other = provider === "SQLite" ? db : await createDb(database.url);
    try {
      const { appendEvent, appendEvents, recordMessage } = await import("../../lib/conversation/log");
      const { resolveConversation } = await import("../../lib/conversation/transitions");
      const { transaction } = await import("../../lib/events/dispatcher");
      const { ensureRollupsBuilt, foldConversations, rebuildRollups } = await import("../../lib/analytics/rollups");
      const { overviewReport } = await import("../../lib/analytics/report");
      const { loadAnalyticsContext, loadAnalyticsDataset } = await import("../../lib/analytics/load");
      const { readFilters, previousPeriod } = await import("../../lib/analytics/filters");
      const { eraseCustomer } = await import("../../lib/business/customer-data-requests");

      const workspaceId = (await createWorkspace(db, "rollups")).id;
      // Built once, empty, before anything is written: from here on only folds keep the rollups.
      assert.equal(await ensureRollupsBuilt(db, workspaceId), true);
      const tiers = ["free", "pro", "premium", "enterprise"] as const;
      const customers = await Promise.all(tiers.map((tier, i) => db.customer.create({ data: { workspaceId, name: `Customer ${i}`, email: `c${i}@example.com`, tier } })));
      const agent = await db.user.create({ data: { workspaceId, email: "agent@rollups.example", name: "Agent", passwordHash: "x", skills: [], languages: ["en"] } });
      const now = new Date();
      const daysAgo = (days: number, minutes = 0) => new Date(now.getTime() - days * DAY * 60_000 + minutes * 60_000);
      async function turn(conversationId: string, when: Date, intent: string, trigger?: "customer_request" | "sentiment") {
        const { message } = await recordMessage(db, { conversationId, author: "customer", body: "a question", at: when });
        const scope = { workspaceId, conversationId, actor: { type: "ai" as const, agent: "triage" }, at: when };
        const decision: EscalationDecision = trigger
          ? { escalate: true, action: "handoff", primaryTrigger: trigger, triggersFired: [{ trigger, score: 1, threshold: 0.5, evidence: "" }], reason: "", urgency: "medium" }
          : { escalate: false, action: "continue", primaryTrigger: null, triggersFired: [], reason: "", urgency: "low" };
        await appendEvents(db, [
          { ...scope, type: "classification", payload: { messageId: message.id, intent, confidence: 0.9, alternatives: [], category: "orders", specialist: "transactions", routeReason: "", entities: [] } },
          { ...scope, type: "escalation_decision", payload: { messageId: message.id, decision, thresholds: defaultEscalationPolicy } },
        ]);
        if (trigger) {
          // Owner changes are written inside a transaction, as the handoff does, and folded once it commits.
          await transaction(db, (tx) => appendEvent(tx, { ...scope, actor: { type: "ai", agent: "router" }, type: "ownership_changed", payload: { from: { kind: "ai" }, to: { kind: "queue", reason: "handoff" }, reason: "handoff" } }));
        }
      }

      const ids: string[] = [];
      for (let i = 0; i < 12; i++) {
        const customer = customers[i % customers.length]!;
        const started = daysAgo(40 - i * 3);
        const conversation = await db.conversation.create({ data: { workspaceId, customerId: customer.id, createdAt: started } });
        ids.push(conversation.id);
        await turn(conversation.id, started, i % 3 === 0 ? "get_refund" : "track_order", i % 4 === 1 ? "customer_request" : i % 4 === 2 ? "sentiment" : undefined);
        if (i % 4 === 1) await recordMessage(db, { conversationId: conversation.id, author: "human", userId: agent.id, body: "I'm here.", at: new Date(started.getTime() + 90_000) });
        if (i % 2 === 0) {
          await appendEvent(db, { workspaceId, conversationId: conversation.id, type: "csat", payload: { score: 1 + (i % 5), comment: null }, actor: { type: "customer" } });
          // The resolution is the last thing written, inside a transaction: it is folded once that commits.
          const scope = { workspaceId, conversationId: conversation.id, actor: { type: "system" as const }, at: new Date(started.getTime() + 300_000) };
          await resolveConversation(db, scope, "solved", null);
        }
      }
      // A conversation of 20 days ago the customer comes back to today.
      await turn(ids[7]!, daysAgo(0, -5), "get_refund", "sentiment");

      async function expectOverviewToMatchTheLog(label: string) {
        await foldsSettled();
        const context = await loadAnalyticsContext(db, workspaceId, new Date());
        for (const dimensions of [{}, { tier: customers[1]!.tier }, { intent: "get_refund" }, { trigger: "sentiment" }, { intent: "track_order", trigger: "customer_request" }] as const) {
          const filters = { ...readFilters({}, context.now), ...dimensions } as AnalyticsFilters;
          const report = await overviewReport(db, workspaceId, filters, context.now);
          for (const [shown, period] of [
            [report.current, filters],
            [report.previous, previousPeriod(filters)],
          ] as const) {
            const fromLog = headlinesOf(tallyOf(applyFilters(factsOf(await loadAnalyticsDataset(db, workspaceId, period, { withQuestions: false })), period), context.sla, context.now));
            assert.deepEqual(shown, fromLog, `${label}: ${JSON.stringify(dimensions)}`);
          }
        }
      }

      await expectOverviewToMatchTheLog("folded as written");
      const whole = (await overviewReport(db, workspaceId, readFilters({}, new Date()), new Date())).current;
      assert.ok(whole.conversations >= 8, `${whole.conversations} conversations`);
      assert.ok((whole.escalationRate ?? 0) > 0);

      // Two instances fold the same conversations at once after more of their log commits.
      for (const id of ids.slice(0, 6)) {
        await db.conversationEvent.create({ data: { workspaceId, conversationId: id, type: "csat", payload: { score: 3, comment: null }, actorType: "customer", createdAt: new Date() } });
      }
      await Promise.all([foldConversations(db, workspaceId, ids), foldConversations(other, workspaceId, ids), foldConversations(db, workspaceId, ids.slice(0, 6)), foldConversations(other, workspaceId, ids.slice(3))]);
      await expectOverviewToMatchTheLog("folded on two instances at once");
      const incremental = await db.analyticsRollup.findMany({ where: { workspaceId }, orderBy: [{ day: "asc" }, { slice: "asc" }] });
      await rebuildRollups(db, workspaceId);
      const fromScratch = await db.analyticsRollup.findMany({ where: { workspaceId }, orderBy: [{ day: "asc" }, { slice: "asc" }] });
      const asRollups = (rows: typeof incremental) => new Map(rows.map((row) => [rollupKey(row.day, row.slice), row.tally as unknown as RollupTally]));
      assert.deepEqual(comparable(asRollups(incremental)), comparable(asRollups(fromScratch)));

      // An erased customer's conversations leave the numbers.
      const erased = customers[0]!;
      await eraseCustomer(db, workspaceId, erased.id, { actorType: "system", actorId: null, via: "test" });
      await expectOverviewToMatchTheLog("after an erasure");
      assert.ok((await overviewReport(db, workspaceId, readFilters({}, new Date()), new Date())).current.conversations < whole.conversations);
    } finally {
      await foldsSettled();
      if (other !== db) await other.$disconnect();
      await disconnectDb();
      await database.drop();
    }
  });
}

test("the read the desk makes as it starts builds no rollups and takes no lease: a workspace never built is left to its first request", async () => {
  const database = await sqliteDatabase();
  process.env.DATABASE_URL = database.url;
  const db = await getDb();
  try {
    const { readOverviewsOnce } = await import("../../lib/analytics/report");
    const { ensureRollupsBuilt, ROLLUP_SHAPE } = await import("../../lib/analytics/rollups");
    const built = (await createWorkspace(db, "built")).id;
    const neverBuilt = (await createWorkspace(db, "never-built")).id;
    assert.equal(await ensureRollupsBuilt(db, built), true);
    await readOverviewsOnce(db);
    assert.equal((await db.analyticsRollupState.findUnique({ where: { workspaceId: built } }))?.shape, ROLLUP_SHAPE);
    assert.equal(await db.analyticsRollupState.findUnique({ where: { workspaceId: neverBuilt } }), null);
    assert.equal(await db.analyticsRollup.count({ where: { workspaceId: neverBuilt } }), 0);
  } finally {
    await disconnectDb();
    await database.drop();
  }
});

keptUpOverview("SQLite", sqliteDatabase);
keptUpOverview("PostgreSQL", () => postgresDatabase("rollups"), await postgresSkip());
