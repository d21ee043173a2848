// DATABASE_URL handling shared by lib/db (TypeScript), prisma.config.ts and the scripts/*.mjs
// tools. Plain ESM so `node scripts/…` can import it without tsx; typed by url.d.mts.
import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/desk.db";

export function redactUrl(url) {
  return String(url).replace(/\/\/([^:@/]*):[^@/]*@/, "//$1:***@");
}

/** "sqlite" for `file:` URLs, "postgresql" for `postgres://` / `postgresql://`. */
export function providerFromUrl(url) {
  if (/^file:/i.test(url)) return "sqlite";
  if (/^postgres(ql)?:\/\//i.test(url)) return "postgresql";
  throw new Error(
    `Unsupported DATABASE_URL ${JSON.stringify(redactUrl(url))}: expected file:… (SQLite) or postgres(ql)://… (PostgreSQL)`,
  );
}

/** Absolute path of a `file:` URL's database (relative paths are relative to `cwd`). */
export function sqlitePath(url, cwd = process.cwd()) {
  const p = decodeURIComponent(url.replace(/^file:/i, "").replace(/\?.*$/, ""));
  if (p === ":memory:" || p === "") return ":memory:";
  return path.resolve(cwd, p.startsWith("//") ? p.slice(2) : p);
}

/**
 * DATABASE_URL (or `url`), defaulting to file:./data/desk.db; a relative SQLite path is made
 * absolute against `cwd` (process.cwd()), so every tool and the app agree on one file.
 */
export function resolveDatabaseUrl(url = process.env.DATABASE_URL, cwd = process.cwd()) {
  const raw = (url ?? "").trim() || DEFAULT_DATABASE_URL;
  if (providerFromUrl(raw) === "sqlite") {
    const file = sqlitePath(raw, cwd);
    return file === ":memory:" ? "file::memory:" : `file:${file}`;
  }
  return raw;
}

/** The provider of `url` (default: the resolved DATABASE_URL). */
export function databaseProvider(url = resolveDatabaseUrl()) {
  return providerFromUrl(url);
}

/**
 * Splits a PostgreSQL URL into what `pg` understands plus Prisma's `?schema=` parameter.
 * The schema becomes the session's search_path (migration SQL is unqualified; the native
 * engine sets search_path itself) and the adapter's `schema` option (the query compiler
 * qualifies table names with it).
 */
export function pgConnectionConfig(url) {
  const u = new URL(url);
  const schema = u.searchParams.get("schema") || undefined;
  u.searchParams.delete("schema");
  // Prisma-only parameters that pg does not know.
  for (const p of ["connection_limit", "pool_timeout", "pgbouncer", "statement_cache_size", "socket_timeout"]) {
    u.searchParams.delete(p);
  }
  const config = { connectionString: u.toString() };
  if (schema) config.options = `-c search_path=${schema}`;
  return { config, schema };
}
