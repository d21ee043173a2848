// lib/db on SQLite: migrations applied in-process to an empty file, the shared data-access
// code, and interoperability with the Prisma CLI wrapper (`npm run prisma -- migrate status`).
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { createDb, databaseProvider, resolveDatabaseUrl } from "../../lib/db/index";
import { applyMigrations } from "../../lib/db/migrate";
import { EMPTY_FILTERS, isMultiStatement, openSchemaEngine, readMigrationsList } from "../../lib/db/schema-engine.mjs";
import { exerciseDataAccess } from "./shared";

const ROOT = path.resolve(import.meta.dirname, "../..");

function run(cmd: string, args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; out: string }>((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, out }));
  });
}

describe("lib/db on SQLite", () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "desk-db-test-"));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test("resolveDatabaseUrl / databaseProvider", () => {
    assert.equal(resolveDatabaseUrl("", "/srv/app"), "file:/srv/app/data/desk.db");
    assert.equal(resolveDatabaseUrl("file:./x.db", "/srv/app"), "file:/srv/app/x.db");
    assert.equal(databaseProvider("file:/tmp/a.db"), "sqlite");
    assert.equal(databaseProvider("postgres://u@h/db"), "postgresql");
    assert.equal(databaseProvider("postgresql://u@h/db?schema=s"), "postgresql");
    assert.throws(() => databaseProvider("mysql://u@h/db"), /Unsupported DATABASE_URL/);
  });

  test("migrations turn an empty file into a working database; a second apply is a no-op", async () => {
    const url = `file:${path.join(dir, "nested", "fresh.db")}`; // the folder does not exist yet
    const first = await applyMigrations(url);
    assert.equal(first.provider, "sqlite");
    assert.ok(first.applied.length >= 1, "applies the migrations");
    assert.ok(first.applied[0].endsWith("_init"));

    const second = await applyMigrations(url);
    assert.deepEqual(second.applied, [], "nothing left to apply");

    const db = await createDb(url);
    try {
      const w = await db.workspace.create({
        data: {
          name: "W",
          slug: "w",
          widgetSettings: {},
          widgetSecret: "s",
          escalationPolicy: {},
          businessHours: {},
          authorityLimits: {},
          slaPolicy: {},
        },
      });
      assert.equal((await db.workspace.findUniqueOrThrow({ where: { slug: "w" } })).id, w.id);
      const [{ journal_mode }] = await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
      assert.equal(journal_mode, "wal");
      const [{ foreign_keys }] = await db.$queryRawUnsafe<{ foreign_keys: bigint }[]>("PRAGMA foreign_keys");
      assert.equal(Number(foreign_keys), 1);
    } finally {
      await db.$disconnect();
    }
  });

  test("concurrent applies are serialised by the lock: each migration applied once", async () => {
    const url = `file:${path.join(dir, "race.db")}`;
    const results = await Promise.all([applyMigrations(url), applyMigrations(url), applyMigrations(url)]);
    const applied = results.flatMap((r) => r.applied);
    assert.equal(applied.length, new Set(applied).size, "each migration applied exactly once");
    assert.ok(applied.length >= 1);
    assert.equal(existsSync(`${path.join(dir, "race.db")}.migrate-lock`), false, "lock released");
  });

  test("shared data-access code", async () => {
    const url = `file:${path.join(dir, "data.db")}`;
    await applyMigrations(url);
    const db = await createDb(url);
    try {
      await exerciseDataAccess(db);
    } finally {
      await db.$disconnect();
    }
  });

  test("the SQLite migrations match prisma/models.prisma (run `npm run db:migration` after editing it)", async () => {
    const schemaPath = path.join(ROOT, "prisma/sqlite/schema.prisma");
    const content = readFileSync(schemaPath, "utf8");
    const session = await openSchemaEngine({ url: "file::memory:", datamodels: [[schemaPath, content]] });
    try {
      const migrations = await readMigrationsList(path.join(ROOT, "prisma/sqlite/migrations"));
      const diff = await session.call("diff", {
        from: { tag: "migrations", ...migrations },
        to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content }] },
        script: true,
        exitCode: true,
        filters: EMPTY_FILTERS,
      });
      assert.equal(diff.exitCode, 0, `prisma/sqlite/migrations lag behind the schema:\n${diff.stdout}`);
    } finally {
      await session.close();
    }
  });

  test("generated schemas are current (`npm run db:schemas -- --check`)", async () => {
    const { code, out } = await run(process.execPath, ["scripts/prisma-schemas.mjs", "--check"], {});
    assert.equal(code, 0, out);
  });

  test("multi-statement detection used for the shadow database", () => {
    assert.equal(isMultiStatement("SELECT 1"), false);
    assert.equal(isMultiStatement("SELECT 1;  \n-- done\n"), false);
    assert.equal(isMultiStatement("SELECT ';'; "), false);
    assert.equal(isMultiStatement('CREATE TABLE "a;b" (x int); CREATE INDEX i ON "a;b"(x);'), true);
    assert.equal(isMultiStatement("PRAGMA foreign_keys=OFF;\nCREATE TABLE t (x int);"), true);
  });

  test("`npm run prisma -- migrate status` agrees after an in-process apply", { timeout: 120_000 }, async () => {
    const url = `file:${path.join(dir, "status.db")}`;
    await applyMigrations(url);
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    const { code, out } = await run(npm, ["run", "--silent", "prisma", "--", "migrate", "status"], { DATABASE_URL: url });
    assert.equal(code, 0, out);
    assert.match(out, /Database schema is up to date!/);
  });

  test("`npm run prisma -- migrate deploy` creates and migrates a new file, then status is clean", { timeout: 120_000 }, async () => {
    const url = `file:${path.join(dir, "cli", "deploy.db")}`;
    const deploy = await run(process.execPath, ["scripts/prisma.mjs", "migrate", "deploy"], { DATABASE_URL: url });
    assert.equal(deploy.code, 0, deploy.out);
    assert.match(deploy.out, /All migrations have been successfully applied|No pending migrations/);
    // The in-process path sees the CLI's bookkeeping too.
    assert.deepEqual((await applyMigrations(url)).applied, []);
  });
});

test("getDb() is one client per process, even across separately loaded copies of lib/db/client", async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "desk-db-singleton-"));
  const saved = process.env.DATABASE_URL;
  process.env.DATABASE_URL = `file:${path.join(dir, "app.db")}`;
  try {
    const a = await import("../../lib/db/client");
    // A second module instance, as when Next's server bundle and server.ts both load it.
    const b = (await import(`../../lib/db/client.ts?copy=${Date.now()}`)) as typeof a;
    assert.notEqual(a.getDb, b.getDb);
    await applyMigrations();
    const [x, y] = await Promise.all([a.getDb(), b.getDb()]);
    assert.equal(x, y);
    assert.equal(await x.workspace.count(), 0);
    await b.disconnectDb();
    assert.notEqual(await a.getDb(), x, "a new client after disconnectDb()");
    await a.disconnectDb();
  } finally {
    if (saved === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = saved;
    rmSync(dir, { recursive: true, force: true });
  }
});
