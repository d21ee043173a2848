// Applies pending migrations at start, in-process, so an empty database (or none at all, for
// SQLite) becomes a working one with no manual step. Same engine and same `_prisma_migrations`
// bookkeeping as `prisma migrate deploy`: the WASM build of Prisma's schema engine
// (lib/db/schema-engine.mjs) with the app's own driver adapter.
//
// For server.ts and scripts only (it loads WebAssembly and reads prisma/*/migrations from disk);
// not re-exported from lib/db/index.ts so it stays out of the Next.js bundle.
import { closeSync, mkdirSync, openSync, rmSync, statSync, writeSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  EMPTY_FILTERS,
  openSchemaEngine,
  pgConnectionConfig,
  providerFromUrl,
  readMigrationsList,
  redactUrl,
  resolveDatabaseUrl,
  sqlitePath,
  type DatabaseProvider,
} from "./schema-engine.mjs";

export interface ApplyMigrationsOptions {
  /** Folder holding sqlite/ and postgresql/ migration folders. Default: <repo>/prisma. */
  prismaDir?: string;
  /** Progress messages (default: silent). */
  log?: (message: string) => void;
  /** How long to wait for another process that is migrating the same database. */
  lockTimeoutMs?: number;
}

export interface ApplyMigrationsResult {
  provider: DatabaseProvider;
  /** Names of the migrations applied by this call (empty when already up to date). */
  applied: string[];
  durationMs: number;
}

function defaultPrismaDir(): string {
  try {
    return fileURLToPath(new URL("../../prisma/", import.meta.url));
  } catch {
    return path.resolve(process.cwd(), "prisma");
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Cross-process mutex for one SQLite file: an exclusively created lock file next to it. */
async function withSqliteLock<T>(dbFile: string, timeoutMs: number, fn: () => Promise<T>): Promise<T> {
  if (dbFile === ":memory:") return fn();
  const lock = `${dbFile}.migrate-lock`;
  const staleMs = Math.max(timeoutMs, 120_000);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const fd = openSync(lock, "wx");
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      try {
        if (Date.now() - statSync(lock).mtimeMs > staleMs) rmSync(lock, { force: true }); // crashed holder
      } catch {}
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${lock} (another process is migrating)`);
      await sleep(100);
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lock, { force: true });
  }
}

/** Cross-process mutex for one PostgreSQL database + schema: a session advisory lock. */
async function withPgLock<T>(url: string, timeoutMs: number, fn: () => Promise<T>): Promise<T> {
  const pg = (await import("pg")).default;
  const { config, schema } = pgConnectionConfig(url);
  const client = new pg.Client({ connectionString: config.connectionString });
  await client.connect();
  try {
    await client.query(`SET lock_timeout = ${Math.max(1, Math.floor(timeoutMs))}`);
    // A key of our own: the schema engine takes its own advisory lock inside applyMigrations.
    await client.query("SELECT pg_advisory_lock(hashtext($1))", [`handoff-desk:migrate:${schema ?? "public"}`]);
    try {
      return await fn();
    } finally {
      await client.query("SELECT pg_advisory_unlock(hashtext($1))", [`handoff-desk:migrate:${schema ?? "public"}`]);
    }
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Applies the pending migrations of prisma/<provider>/migrations to `url` (default: the
 * resolved DATABASE_URL). Idempotent: returns `applied: []` when the database is current.
 * Two processes starting at once are serialised (lock file for SQLite, advisory lock for
 * PostgreSQL); the second one finds nothing to apply.
 */
export async function applyMigrations(url?: string, options: ApplyMigrationsOptions = {}): Promise<ApplyMigrationsResult> {
  const started = performance.now();
  const resolved = resolveDatabaseUrl(url);
  const provider = providerFromUrl(resolved);
  const log = options.log ?? (() => {});
  const lockTimeoutMs = options.lockTimeoutMs ?? 60_000;
  const migrationsDir = path.join(options.prismaDir ?? defaultPrismaDir(), provider, "migrations");
  const migrationsList = await readMigrationsList(migrationsDir);
  if (migrationsList.migrationDirectories.length === 0) {
    throw new Error(`No migrations found in ${migrationsDir}`);
  }
  const lockedProvider = /provider\s*=\s*"(\w+)"/.exec(migrationsList.lockfile.content ?? "")?.[1];
  if (lockedProvider && lockedProvider !== provider) {
    throw new Error(`${migrationsDir}/migration_lock.toml is for "${lockedProvider}", not "${provider}"`);
  }

  const run = async () => {
    const session = await openSchemaEngine({ url: resolved });
    try {
      const { appliedMigrationNames } = await session.call("applyMigrations", {
        migrationsList,
        filters: EMPTY_FILTERS,
      });
      return appliedMigrationNames;
    } finally {
      await session.close();
    }
  };

  let applied: string[];
  try {
    if (provider === "sqlite") {
      const file = sqlitePath(resolved);
      if (file !== ":memory:") mkdirSync(path.dirname(file), { recursive: true });
      applied = await withSqliteLock(file, lockTimeoutMs, run);
    } else {
      applied = await withPgLock(resolved, lockTimeoutMs, run);
    }
  } catch (error) {
    const e = error as Error & { code?: string };
    throw new Error(
      `Applying migrations to ${redactUrl(resolved)} failed${e.code ? ` (${e.code})` : ""}: ${e.message ?? e}`,
      { cause: error },
    );
  }
  const durationMs = Math.round(performance.now() - started);
  log(
    applied.length
      ? `Applied ${applied.length} migration(s) to ${redactUrl(resolved)} in ${durationMs} ms: ${applied.join(", ")}`
      : `Database ${redactUrl(resolved)} is up to date (${durationMs} ms)`,
  );
  return { provider, applied, durationMs };
}
