// The retention sweep against a fresh database: resolved conversations and sent mail past the
// workspace's limits go, everything else stays, and of instances sweeping at once one sweeps.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { disconnectDb, getDb, type Db } from "../../lib/db/index";
import { claimSweep, sweepExpiredData } from "../../lib/workspace/retention";
import { createWorkspace, postgresDatabase, postgresSkip, sqliteDatabase, type TestDatabase } from "../fixtures/test-database";

const NOW = new Date("2026-11-27T12:00:00Z");
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 24 * 3600 * 1000);

function retentionSweep(provider: string, open: () => Promise<TestDatabase>, skip: string | false = false) {
  describe(`retention sweep on ${provider}`, { skip }, () => {
    let database: TestDatabase;
    let db: Db;

    before(async () => {
      database = await open();
      process.env.DATABASE_URL = database.url;
      db = await getDb();
    });
    after(async () => {
      await disconnectDb();
      await database?.drop();
    });

    test("deletes resolved conversations and sent mail past their limits, with their messages, and audits it", async () => {
      const kept = await createWorkspace(db, "keeps-everything");
      const policy = await createWorkspace(db, "thirty-days");
      await db.workspace.update({ where: { id: policy.id }, data: { retentionPolicy: { resolvedConversationDays: 30, sentEmailDays: 7 } } });
      const conversation = (workspaceId: string, status: "resolved" | "waiting_human", resolvedDaysAgo: number | null, createdDaysAgo: number) =>
        db.conversation.create({ data: { workspaceId, status, resolvedAt: resolvedDaysAgo === null ? null : daysAgo(resolvedDaysAgo), createdAt: daysAgo(createdDaysAgo) } });
      const old = await conversation(policy.id, "resolved", 40, 41);
      await db.message.create({ data: { conversationId: old.id, seq: 1, author: "customer", body: "my address is 1 Main St", createdAt: daysAgo(41) } });
      const recent = await conversation(policy.id, "resolved", 10, 50);
      const stillOpen = await conversation(policy.id, "waiting_human", null, 90);
      const otherWorkspace = await conversation(kept.id, "resolved", 400, 401);
      for (const [workspaceId, age] of [[policy.id, 8], [policy.id, 2], [kept.id, 100]] as const) {
        await db.outboundEmail.create({ data: { workspaceId, to: "a@b.example", subject: "code", body: "123456", createdAt: daysAgo(age) } });
      }

      const results = await sweepExpiredData(db, NOW);
      assert.deepEqual(results.find((r) => r.workspaceId === policy.id), { workspaceId: policy.id, conversations: 1, emails: 1 });
      const left = (await db.conversation.findMany({ select: { id: true } })).map((c) => c.id).sort();
      assert.deepEqual(left, [recent.id, stillOpen.id, otherWorkspace.id].sort());
      assert.equal(await db.message.count({ where: { conversationId: old.id } }), 0);
      assert.equal(await db.outboundEmail.count({ where: { workspaceId: policy.id } }), 1);
      assert.equal(await db.outboundEmail.count({ where: { workspaceId: kept.id } }), 1);
      const audit = await db.auditLog.findFirstOrThrow({ where: { workspaceId: policy.id, action: "retention.swept" } });
      assert.deepEqual(audit.detail, { conversations: 1, emails: 1 });

      // A second sweep finds nothing more and writes no audit row.
      await sweepExpiredData(db, NOW);
      assert.equal(await db.auditLog.count({ where: { action: "retention.swept" } }), 1);
    });

    test("of instances sweeping at once, one sweeps per period", async () => {
      const claims = await Promise.all([claimSweep(db, NOW, 3_600_000), claimSweep(db, NOW, 3_600_000), claimSweep(db, NOW, 3_600_000)]);
      assert.equal(claims.filter(Boolean).length, 1);
      assert.equal(await claimSweep(db, new Date(NOW.getTime() + 60_000), 3_600_000), false);
      assert.equal(await claimSweep(db, new Date(NOW.getTime() + 3_600_000), 3_600_000), true);
    });
  });
}

retentionSweep("SQLite", sqliteDatabase);
retentionSweep("PostgreSQL", () => postgresDatabase("retention"), await postgresSkip());
