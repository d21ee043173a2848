// lib/db on PostgreSQL: the same migrations path and data-access code as on SQLite, in a fresh
// schema of postgresql://postgres@127.0.0.1:5432/test (override with TEST_POSTGRES_URL) that is
// dropped afterwards. Skipped when PostgreSQL is not reachable, except with CI=true (CI has
// PostgreSQL, so there it is a failure).
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import pg from "pg";
import { createDb, type Db } from "../../lib/db/index";
import { applyMigrations } from "../../lib/db/migrate";
import { EMPTY_FILTERS, openSchemaEngine } from "../../lib/db/schema-engine.mjs";
import { readFileSync } from "node:fs";
import { exerciseDataAccess } from "./shared";

const ROOT = path.resolve(import.meta.dirname, "../..");
const BASE_URL = process.env.TEST_POSTGRES_URL || "postgresql://postgres@127.0.0.1:5432/test";
const SCHEMA = `desk_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
const URL_WITH_SCHEMA = `${BASE_URL}${BASE_URL.includes("?") ? "&" : "?"}schema=${SCHEMA}`;

async function reachable(): Promise<string | null> {
  const client = new pg.Client({ connectionString: BASE_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return null;
  } catch (e) {
    return (e as Error).message || String(e);
  } finally {
    await client.end().catch(() => {});
  }
}

const unreachable = await reachable();
const skipReason = unreachable ? `PostgreSQL not reachable at ${BASE_URL} (${unreachable}): skipped` : false;

describe("lib/db on PostgreSQL", { skip: process.env.CI === "true" ? false : skipReason }, () => {
  before(() => {
    if (unreachable) throw new Error(`CI=true but PostgreSQL is not reachable at ${BASE_URL}: ${unreachable}`);
  });

  after(async () => {
    if (unreachable) return;
    const client = new pg.Client({ connectionString: BASE_URL });
    await client.connect();
    try {
      await client.query(`DROP SCHEMA IF EXISTS "${SCHEMA}" CASCADE`);
    } finally {
      await client.end();
    }
  });

  test("migrations create the schema and apply once; a second apply is a no-op", async () => {
    const [a, b] = await Promise.all([applyMigrations(URL_WITH_SCHEMA), applyMigrations(URL_WITH_SCHEMA)]);
    assert.equal(a.provider, "postgresql");
    const applied = [...a.applied, ...b.applied];
    assert.ok(applied.length >= 1 && applied[0].endsWith("_init"), `applied: ${applied}`);
    assert.equal(applied.length, new Set(applied).size, "each migration applied exactly once");
    assert.deepEqual((await applyMigrations(URL_WITH_SCHEMA)).applied, []);

    // Everything landed in the test schema, nothing in public.
    const client = new pg.Client({ connectionString: BASE_URL });
    await client.connect();
    try {
      const { rows } = await client.query(
        "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = $1 AND table_name IN ('Workspace', '_prisma_migrations')",
        [SCHEMA],
      );
      assert.equal(rows[0].n, 2);
    } finally {
      await client.end();
    }
  });

  test("shared data-access code", async () => {
    let db: Db | undefined;
    try {
      db = await createDb(URL_WITH_SCHEMA);
      await exerciseDataAccess(db);
    } finally {
      await db?.$disconnect();
    }
  });

  test("the PostgreSQL migrations produce exactly prisma/postgresql/schema.prisma (no drift)", async () => {
    const schemaPath = path.join(ROOT, "prisma/postgresql/schema.prisma");
    const content = readFileSync(schemaPath, "utf8");
    const session = await openSchemaEngine({ url: URL_WITH_SCHEMA, datamodels: [[schemaPath, content]] });
    try {
      const diff = await session.call("diff", {
        // The live database (what `migrate diff --from-config-datasource` uses).
        from: { tag: "schemaDatasource", files: [{ path: schemaPath, content }], configDir: ROOT },
        to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content }] },
        script: true,
        exitCode: true,
        filters: EMPTY_FILTERS,
      });
      assert.equal(diff.exitCode, 0, `the migrated database differs from the schema:\n${diff.stdout}`);
    } finally {
      await session.close();
    }
  });

  test("`npm run prisma -- migrate status` says the schema is up to date", { timeout: 120_000 }, async () => {
    const out = await new Promise<{ code: number | null; out: string }>((resolve, reject) => {
      const child = spawn(process.execPath, ["scripts/prisma.mjs", "migrate", "status"], {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: URL_WITH_SCHEMA },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let text = "";
      child.stdout.on("data", (d) => (text += d));
      child.stderr.on("data", (d) => (text += d));
      child.on("error", reject);
      child.on("close", (code) => resolve({ code, out: text }));
    });
    assert.equal(out.code, 0, out.out);
    assert.match(out.out, /Database schema is up to date!/);
  });
});
