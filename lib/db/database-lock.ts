// A mutex held in the database's own territory rather than in one process, for work that must run
// once per database however many instances start at the same moment (migrations, the first-start
// seed, the first admin). PostgreSQL: a session advisory lock on a dedicated connection. SQLite
// (one instance by design, but scripts and tests may share the file): an exclusively created lock
// file next to the database.
import { closeSync, openSync, rmSync, statSync, writeSync } from "node:fs";
import { pgConnectionConfig, providerFromUrl, resolveDatabaseUrl, sqlitePath } from "./url.mjs";

export interface DatabaseLockOptions {
  /** Database URL (default: the resolved DATABASE_URL). */
  url?: string;
  /** How long to wait for another holder before giving up with an error. */
  timeoutMs?: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function withSqliteLock<T>(dbFile: string, name: string, timeoutMs: number, fn: () => Promise<T>): Promise<T> {
  if (dbFile === ":memory:") return fn();
  const lock = `${dbFile}.${name}-lock`;
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
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${lock} (another process holds it)`);
      await sleep(100);
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lock, { force: true });
  }
}

async function withPgLock<T>(url: string, name: string, timeoutMs: number, fn: () => Promise<T>): Promise<T> {
  const pg = (await import("pg")).default;
  const { config, schema } = pgConnectionConfig(url);
  const key = `handoff-desk:${name}:${schema ?? "public"}`;
  const client = new pg.Client({ connectionString: config.connectionString });
  await client.connect();
  try {
    await client.query(`SET lock_timeout = ${Math.max(1, Math.floor(timeoutMs))}`);
    await client.query("SELECT pg_advisory_lock(hashtext($1))", [key]);
    try {
      return await fn();
    } finally {
      await client.query("SELECT pg_advisory_unlock(hashtext($1))", [key]);
    }
  } finally {
    await client.end().catch(() => {});
  }
}

/** The lock around first-start work: the demo seed, the first admin, the demo history claim. */
export const FIRST_START_LOCK = "first-start";

/** Runs `fn` while holding the database-wide lock called `name`; other holders of the same name wait. */
export async function withDatabaseLock<T>(name: string, fn: () => Promise<T>, options: DatabaseLockOptions = {}): Promise<T> {
  const url = resolveDatabaseUrl(options.url);
  const timeoutMs = options.timeoutMs ?? 60_000;
  return providerFromUrl(url) === "sqlite"
    ? withSqliteLock(sqlitePath(url), name, timeoutMs, fn)
    : withPgLock(url, name, timeoutMs, fn);
}
