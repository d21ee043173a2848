// Applies pending migrations at start, in-process, so an empty database (or none at all, for
// SQLite) becomes a working one with no manual step. Same engine and same `_prisma_migrations`
// bookkeeping as `prisma migrate deploy`: the WASM build of Prisma's schema engine
// (lib/db/schema-engine.mjs) with the app's own driver adapter.
//
// For server.ts and scripts only (it loads WebAssembly and reads prisma/*/migrations from disk);
// not re-exported from lib/db/index.ts so it stays out of the Next.js bundle.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { withDatabaseLock } from "./database-lock";
import {
  EMPTY_FILTERS,
  openSchemaEngine,
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
    }
    // A lock of our own: the schema engine takes its own advisory lock inside applyMigrations.
    applied = await withDatabaseLock("migrate", run, { url: resolved, timeoutMs: lockTimeoutMs });
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
