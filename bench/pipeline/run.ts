// Per-turn cost of the full offline pipeline (triage, signals, routing, the specialist's reply and
// every event written) as a ratio to persisting the same customer message alone, measured in the
// same process on the same scratch database at 1, 10 and 100 concurrent conversations.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { percentile } from "../percentile";

for (const key of ["OPENAI_API_KEY", "ANTHROPIC_API_KEY", "OPENAI_COMPATIBLE_BASE_URL"]) delete process.env[key];
const scratch = mkdtempSync(path.join(os.tmpdir(), "desk-bench-"));
process.env.DATABASE_URL = `file:${path.join(scratch, "bench.db")}`;

const { prepareDatabase } = await import("../../lib/demo/prepare-database");
const { getDb, disconnectDb } = await import("../../lib/db");
const { recordMessage } = await import("../../lib/conversation/log");
const { handleCustomerMessage } = await import("../../lib/agents/pipeline");
const { getIntentClassifier } = await import("../../lib/models/offline/default-intent-model");
const { foldsSettled } = await import("../../lib/analytics/rollup-listener");

const messages = [
  "How long do I have to return an item?",
  "what payment methods do you accept?",
  "where is my order?",
  "my smart lamp won't connect to wifi",
  "how do I reset my password",
  "do you ship to Canada and how long does it take",
];

const DAY = 24 * 3600 * 1000;

await prepareDatabase();
const db = await getDb();
const workspace = await db.workspace.findUniqueOrThrow({ where: { slug: "lumen" } });
const customers = await db.customer.findMany({ where: { workspaceId: workspace.id }, take: 100 });
await getIntentClassifier();

async function newConversations(count: number) {
  return Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const conversation = await db.conversation.create({ data: { workspaceId: workspace.id, customerId: customers[i % customers.length].id } });
      await db.conversationEvent.create({
        data: { workspaceId: workspace.id, conversationId: conversation.id, type: "verification", payload: { verified: true, method: "bench" }, actorType: "system" },
      });
      return conversation.id;
    }),
  );
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

const results = [];
for (const concurrency of [1, 10, 100]) {
  // Enough turns at each level that a p95 is not decided by two or three outliers.
  const rounds = concurrency === 1 ? 200 : concurrency === 10 ? 20 : 2;
  const persist: number[] = [];
  const pipeline: number[] = [];
  // One warm-up round of each, so one-off costs (first queries, caches) are not counted.
  for (let round = -1; round < rounds; round++) {
    const ids = await newConversations(concurrency);
    const body = messages[(round + messages.length) % messages.length];
    const persistTimes = await Promise.all(ids.map((conversationId) => timed(() => recordMessage(db, { conversationId, author: "customer", body }))));
    // Only storing is timed above; those messages are not owed a turn, or the turns timed below would answer them too.
    await db.message.updateMany({ where: { conversationId: { in: ids }, turnPending: true }, data: { turnPending: false } });
    const turnTimes = await Promise.all(
      ids.map((conversationId) =>
        timed(async () => {
          const sent = await handleCustomerMessage({ conversationId, body });
          await sent.turn;
        }),
      ),
    );
    // The demo has 60 customers, so each writes many times within seconds here, which the anomaly
    // trigger rightly hands to a person. Real contacts are spread over months: age each round's
    // conversations past the anomaly window so every round measures an ordinary turn.
    await db.conversation.updateMany({ where: { id: { in: ids } }, data: { createdAt: new Date(Date.now() - 60 * DAY) } });
    if (round >= 0) {
      persist.push(...persistTimes);
      pipeline.push(...turnTimes);
    }
  }
  const row = {
    concurrency,
    turns: pipeline.length,
    persist_p50_ms: percentile(persist, 50),
    persist_p95_ms: percentile(persist, 95),
    pipeline_p50_ms: percentile(pipeline, 50),
    pipeline_p95_ms: percentile(pipeline, 95),
    ratio_p50: percentile(pipeline, 50) / percentile(persist, 50),
    ratio_p95: percentile(pipeline, 95) / percentile(persist, 95),
  };
  results.push(row);
  console.log(
    `${String(concurrency).padStart(3)} concurrent: persist p50 ${row.persist_p50_ms.toFixed(2)} ms p95 ${row.persist_p95_ms.toFixed(2)} ms | ` +
      `pipeline p50 ${row.pipeline_p50_ms.toFixed(2)} ms p95 ${row.pipeline_p95_ms.toFixed(2)} ms | ratio p50 ${row.ratio_p50.toFixed(1)}× p95 ${row.ratio_p95.toFixed(1)}×`,
  );
}
console.log(JSON.stringify(results.map((r) => ({ concurrency: r.concurrency, ratio_p50: Number(r.ratio_p50.toFixed(2)), ratio_p95: Number(r.ratio_p95.toFixed(2)) }))));
// Analytics folds run after each turn's commit; the scratch database must outlive them.
await foldsSettled();
await disconnectDb();
rmSync(scratch, { recursive: true, force: true });
