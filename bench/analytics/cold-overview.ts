// One restart, in a process of its own: the client opens its connection and the desk's own
// start-up read runs (readOverviewsOnce, imported from lib/analytics/report and called as server.ts
// calls it before it listens), timed apart. Then the baseline of this process: one `count(*)` over
// the events, timed the second time (the first only brings the events' pages into this connection's
// cache, and is printed too). Then the first overview request, and the first request of a view
// filtered by tier, intent and trigger. Both still read the rollups from the database and compute
// their report: the start-up read keeps nothing.
// Run by run.ts with its scratch database's DATABASE_URL; prints one JSON line.
import { performance } from "node:perf_hooks";

const { getDb, disconnectDb } = await import("../../lib/db");
const { overviewReport, readOverviewsOnce } = await import("../../lib/analytics/report");
const { readFilters } = await import("../../lib/analytics/filters");

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

const db = await getDb();
await db.$queryRawUnsafe("SELECT 1");
const startUpMs = await timed(() => readOverviewsOnce(db));
const workspace = await db.workspace.findUniqueOrThrow({ where: { slug: "lumen" } });
const filters = readFilters({}, new Date(Number(process.env.BENCH_NOW)));
const filtered = { ...filters, tier: "premium" as const, intent: "get_refund", trigger: "sentiment" as const };
const count = () => db.$queryRawUnsafe("SELECT count(*) AS n FROM ConversationEvent");
const firstCountMs = await timed(count);
const countMs = await timed(count);
const overviewMs = await timed(() => overviewReport(db, workspace.id, filters, new Date()));
const filteredMs = await timed(() => overviewReport(db, workspace.id, filtered, new Date()));
console.log(JSON.stringify({ start_up_read_ms: startUpMs, first_count_ms: firstCountMs, count_ms: countMs, overview_ms: overviewMs, filtered_ms: filteredMs }));
await disconnectDb();
