import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

// The demo store is what a new user sees first; this checks it on a real, freshly migrated database.
test("a first start on an empty database creates the demo store", async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "desk-seed-"));
  process.env.DATABASE_URL = `file:${path.join(dir, "seed.db")}`;
  const { prepareDatabase } = await import("../../lib/demo/prepare-database");
  const { getDb, disconnectDb } = await import("../../lib/db");
  try {
    const first = await prepareDatabase();
    assert.equal(first.seeded, true);
    assert.ok(first.credentials.some((c) => c.role === "admin"));

    const db = await getDb();
    const staff = await db.user.findMany();
    assert.equal(staff.filter((u) => u.role === "agent").length, 4);
    assert.ok(staff.some((u) => u.role === "supervisor"));
    const agentSkills = staff.filter((u) => u.role === "agent").map((u) => (u.skills as string[]).join(","));
    for (const skill of ["billing", "technical", "orders", "vip"]) {
      assert.ok(agentSkills.some((s) => s.includes(skill)), `an agent has the ${skill} skill`);
    }
    assert.ok((await db.customer.count()) >= 50);
    assert.deepEqual(
      new Set((await db.customer.findMany({ select: { tier: true } })).map((c) => c.tier)),
      new Set(["free", "pro", "premium", "enterprise"]),
    );
    assert.ok((await db.payment.count({ where: { status: "failed" } })) > 0);
    assert.ok((await db.subscription.count()) > 0);
    assert.ok((await db.knowledgeArticle.count()) >= 30);
    // Every article is also written in Spanish, French and German, under the same slugs.
    const english = await db.knowledgeArticle.count({ where: { language: "en" } });
    for (const language of ["es", "fr", "de"]) {
      const translated = await db.knowledgeArticle.findMany({ where: { language }, select: { slug: true } });
      assert.equal(translated.length, english, `${language} articles`);
      assert.equal(await db.knowledgeArticle.count({ where: { language: "en", slug: { in: translated.map((a) => a.slug) } } }), english);
    }

    // A restart: the app's connection is closed before the next start prepares the database.
    await disconnectDb();
    const second = await prepareDatabase();
    assert.equal(second.seeded, false, "a restart keeps the existing data");
    assert.equal(await (await getDb()).workspace.count(), 1);
  } finally {
    await disconnectDb();
    rmSync(dir, { recursive: true, force: true });
  }
});
