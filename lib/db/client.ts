// The database client: one PrismaClient per process, for SQLite or PostgreSQL by DATABASE_URL.
//
// No `import "server-only"` here: server.ts, scripts and node tests import this module too.
// It must still never reach a browser bundle (it opens database connections).
import type { PrismaClient as SqlitePrismaClient } from "../generated/sqlite/client";
import {
  databaseProvider,
  pgConnectionConfig,
  redactUrl,
  resolveDatabaseUrl,
  sqlitePath,
} from "./url.mjs";

export { databaseProvider, resolveDatabaseUrl } from "./url.mjs";
export type { DatabaseProvider } from "./url.mjs";

/**
 * The client type the app codes against. The two generated clients come from the same
 * models, so their model APIs are identical; their TypeScript types still differ nominally
 * (provider-specific internals such as the `$transaction` isolation levels), so the
 * PostgreSQL client is cast to this type once, in createDb().
 */
export type Db = SqlitePrismaClient;

/** SQLite busy timeout (ms): how long a writer waits for another connection's lock. */
const SQLITE_BUSY_TIMEOUT_MS = 5_000;

/**
 * A new client for `url` (default: the resolved DATABASE_URL). Loads only the generated client
 * and driver adapter of that provider. Prefer getDb(); this is for tests and tools that need a
 * database other than the app's.
 */
export async function createDb(url: string = resolveDatabaseUrl()): Promise<Db> {
  url = resolveDatabaseUrl(url);
  if (databaseProvider(url) === "sqlite") {
    const [{ PrismaClient }, { PrismaBetterSqlite3 }, { mkdirSync }, path] = await Promise.all([
      import("../generated/sqlite/client"),
      import("@prisma/adapter-better-sqlite3"),
      import("node:fs"),
      import("node:path"),
    ]);
    const file = sqlitePath(url);
    if (file !== ":memory:") mkdirSync(path.dirname(file), { recursive: true });
    const factory = new PrismaBetterSqlite3({ url: file, timeout: SQLITE_BUSY_TIMEOUT_MS });
    // Every connection the client opens gets the same settings: WAL (readers never block the
    // writer), enforced foreign keys (SQLite's default is off), a busy timeout.
    const connect = factory.connect.bind(factory);
    factory.connect = async () => {
      const adapter = await connect();
      await adapter.executeScript(
        `PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS};`,
      );
      return adapter;
    };
    return new PrismaClient({ adapter: factory });
  }

  const [{ PrismaClient }, { PrismaPg }] = await Promise.all([
    import("../generated/postgresql/client"),
    import("@prisma/adapter-pg"),
  ]);
  // ?schema=… selects the PostgreSQL schema (search_path + qualified table names), as with
  // Prisma's native engine.
  const { config, schema } = pgConnectionConfig(url);
  const client = new PrismaClient({ adapter: new PrismaPg(config, schema ? { schema } : undefined) });
  // The one cast between the two generated clients (see `Db`).
  return client as unknown as Db;
}

type DbHolder = { url: string; promise: Promise<Db> };
const GLOBAL_KEY = Symbol.for("handoff-desk.lib.db.client");
type GlobalWithDb = typeof globalThis & { [GLOBAL_KEY]?: DbHolder };

/**
 * The process-wide client. Stored on globalThis so Next.js' server bundle and the custom
 * server (server.ts), which load this module separately in one process, share one client
 * (and, for SQLite, one connection). Does not migrate: call applyMigrations() from
 * lib/db/migrate first (server.ts does at start).
 */
export function getDb(): Promise<Db> {
  const g = globalThis as GlobalWithDb;
  const holder = g[GLOBAL_KEY];
  if (holder) return holder.promise;
  const url = resolveDatabaseUrl();
  const promise = createDb(url).catch((error: unknown) => {
    // Let the next call retry instead of caching the failure.
    if (g[GLOBAL_KEY]?.promise === promise) delete g[GLOBAL_KEY];
    throw new Error(`Could not open the database at ${redactUrl(url)}: ${(error as Error)?.message ?? error}`, {
      cause: error,
    });
  });
  g[GLOBAL_KEY] = { url, promise };
  return promise;
}

/** The process-wide client if one was opened, without opening one: for work that follows writes made through it. */
export function openedDb(): Promise<Db> | null {
  return (globalThis as GlobalWithDb)[GLOBAL_KEY]?.promise ?? null;
}

/** Disconnects and forgets the process-wide client (graceful shutdown, tests). */
export async function disconnectDb(): Promise<void> {
  const g = globalThis as GlobalWithDb;
  const holder = g[GLOBAL_KEY];
  if (!holder) return;
  delete g[GLOBAL_KEY];
  const db = await holder.promise.catch(() => null);
  await db?.$disconnect();
}
