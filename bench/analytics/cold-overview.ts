// One cold overview, in a process of its own as after a restart: the client opens its connection
// (timed apart), then one `count(*)` over the events and the first overview request are timed.
// Run by run.ts with its scratch database's DATABASE_URL; prints one JSON line.
import { performance } from "node:perf_hooks";

const { getDb, disconnectDb } = await import("../../lib/db");
const { overviewReport } = await import("../../lib/analytics/report");
const { readFilters } = await import("../../lib/analytics/filters");

const db = await getDb();
await db.$queryRawUnsafe("SELECT 1");
const workspace = await db.workspace.findUniqueOrThrow({ where: { slug: "lumen" } });
const filters = readFilters({}, new Date(Number(process.env.BENCH_NOW)));
let start = performance.now();
await db.$queryRawUnsafe("SELECT count(*) AS n FROM ConversationEvent");
const countMs = performance.now() - start;
start = performance.now();
await overviewReport(db, workspace.id, filters, new Date());
const overviewMs = performance.now() - start;
console.log(JSON.stringify({ count_ms: countMs, overview_ms: overviewMs }));
await disconnectDb();
