// One cold overview, in a process of its own as after a restart: the client opens its connection
// and the desk's own start-up read runs (readOverviewsOnce, imported from lib/analytics/report and
// called as server.ts calls it before it listens), all timed apart; then one `count(*)` over the
// events and the first overview request are timed. That request still reads the rollups from the
// database and computes its report: the start-up read keeps nothing.
// Run by run.ts with its scratch database's DATABASE_URL; prints one JSON line.
import { performance } from "node:perf_hooks";

const { getDb, disconnectDb } = await import("../../lib/db");
const { overviewReport, readOverviewsOnce } = await import("../../lib/analytics/report");
const { readFilters } = await import("../../lib/analytics/filters");

const db = await getDb();
await db.$queryRawUnsafe("SELECT 1");
let start = performance.now();
await readOverviewsOnce(db);
const startUpMs = performance.now() - start;
const workspace = await db.workspace.findUniqueOrThrow({ where: { slug: "lumen" } });
const filters = readFilters({}, new Date(Number(process.env.BENCH_NOW)));
start = performance.now();
await db.$queryRawUnsafe("SELECT count(*) AS n FROM ConversationEvent");
const countMs = performance.now() - start;
start = performance.now();
await overviewReport(db, workspace.id, filters, new Date());
const overviewMs = performance.now() - start;
console.log(JSON.stringify({ start_up_read_ms: startUpMs, count_ms: countMs, overview_ms: overviewMs }));
await disconnectDb();
