// Several instances starting at once on an empty PostgreSQL database: the first start's work (the
// demo seed, the history claim, the first admin) must happen exactly once and nobody may crash.
// A fresh schema of postgresql://postgres@127.0.0.1:5432/test (TEST_POSTGRES_URL) per run, dropped
// afterwards; skipped when PostgreSQL is unreachable, except under CI=true.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import pg from "pg";
import { postgresUnreachable } from "../fixtures/test-database";

const BASE_URL = process.env.TEST_POSTGRES_URL || "postgresql://postgres@127.0.0.1:5432/test";
const SCHEMAS: string[] = [];
const savedEnv = { ...process.env };

function freshSchemaUrl(purpose: string): string {
  const schema = `desk_${purpose}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  SCHEMAS.push(schema);
  return `${BASE_URL}${BASE_URL.includes("?") ? "&" : "?"}schema=${schema}`;
}

const unreachable = await postgresUnreachable();
const skipReason = unreachable ? `PostgreSQL not reachable at ${BASE_URL} (${unreachable}): skipped` : false;

describe("first start on PostgreSQL with several instances at once", { skip: process.env.CI === "true" ? false : skipReason }, () => {
  before(() => {
    if (unreachable) throw new Error(`CI=true but PostgreSQL is not reachable at ${BASE_URL}: ${unreachable}`);
  });

  after(async () => {
    const { disconnectDb } = await import("../../lib/db");
    await disconnectDb();
    process.env = savedEnv;
    if (unreachable) return;
    const client = new pg.Client({ connectionString: BASE_URL });
    await client.connect();
    try {
      for (const schema of SCHEMAS) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    } finally {
      await client.end();
    }
  });

  test("three demo starts at once: all come up, the store is seeded once and its history claimed once", { timeout: 180_000 }, async () => {
    process.env.DATABASE_URL = freshSchemaUrl("seed_race");
    process.env.DESK_MODE = "demo";
    const { prepareDatabase } = await import("../../lib/demo/prepare-database");
    const { claimDemoHistory } = await import("../../lib/demo/history");
    const { findDemoStore } = await import("../../lib/demo/shoppers");
    const { getDb, disconnectDb } = await import("../../lib/db");
    await disconnectDb();

    const starts = await Promise.allSettled([prepareDatabase(), prepareDatabase(), prepareDatabase()]);
    const failed = starts.filter((s) => s.status === "rejected").map((s) => String((s as PromiseRejectedResult).reason));
    assert.deepEqual(failed, [], "no start fails");
    const prepared = starts.map((s) => (s as PromiseFulfilledResult<Awaited<ReturnType<typeof prepareDatabase>>>).value);
    assert.equal(prepared.filter((p) => p.seeded).length, 1, "exactly one start seeds");
    assert.ok(prepared.every((p) => p.credentials.length > 0), "every instance prints the demo sign-ins");

    const db = await getDb();
    assert.equal(await db.workspace.count(), 1);
    assert.equal(await db.customer.count(), 60, "customers seeded once");
    assert.equal(await db.user.count(), 6);

    const store = await findDemoStore(db);
    assert.ok(store);
    const now = new Date();
    const claims = await Promise.all([1, 2, 3].map(() => claimDemoHistory(db, store.workspace, now)));
    assert.equal(claims.filter(Boolean).length, 1, "one instance replays the history");
  });

  test("three production starts at once with DESK_ADMIN_*: one workspace, one admin", { timeout: 120_000 }, async () => {
    const { getDb, disconnectDb } = await import("../../lib/db");
    await disconnectDb();
    process.env.DATABASE_URL = freshSchemaUrl("admin_race");
    process.env.DESK_MODE = "production";
    process.env.DESK_ADMIN_EMAIL = "ops@acme.test";
    process.env.DESK_ADMIN_PASSWORD = "a long and private passphrase";
    process.env.DESK_WORKSPACE_NAME = "Acme";
    const { prepareDatabase } = await import("../../lib/demo/prepare-database");

    const prepared = await Promise.all([prepareDatabase(), prepareDatabase(), prepareDatabase()]);
    assert.equal(prepared.filter((p) => p.envAdmin?.action === "created").length, 1);
    assert.ok(prepared.every((p) => p.setupToken === null && !p.seeded && p.credentials.length === 0));
    const db = await getDb();
    assert.equal(await db.workspace.count(), 1);
    assert.deepEqual((await db.user.findMany()).map((u) => [u.email, u.role]), [["ops@acme.test", "admin"]]);
    assert.equal(await db.customer.count(), 0, "no demo data in production");
  });
});
