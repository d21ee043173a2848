// Prisma's schema engine (migrations, diff, introspection) compiled to WebAssembly
// (@prisma/schema-engine-wasm), driven through Prisma's driver adapters:
// @prisma/adapter-better-sqlite3 for SQLite and @prisma/adapter-pg for PostgreSQL.
//
// Used by
//   - scripts/prisma-schema-engine.mjs: a stand-in for the native `schema-engine` binary that the
//     Prisma CLI cannot download here (PRISMA_SCHEMA_ENGINE_BINARY points at it);
//   - scripts/prisma-migration.mjs: creates new migrations for both providers;
//   - lib/db/migrate.ts: applies pending migrations in-process when the app starts.
//
// Plain ESM JavaScript (typed by schema-engine.d.mts) because the engine executable is run by
// `node` directly, without tsx. Not meant for the Next.js bundle: server.ts and scripts only.
import { existsSync, readFileSync } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { pgConnectionConfig, providerFromUrl, sqlitePath } from "./url.mjs";

export * from "./url.mjs";
/** Pass as `url` to openSchemaEngine for a server-less PostgreSQL engine (schema diffs only). */
export const OFFLINE_POSTGRES_URL = "postgresql://offline/schema-diff-only";
export const EMPTY_FILTERS = Object.freeze({ externalTables: [], externalEnums: [] });

function withDatabase(connectionString, database) {
  const u = new URL(connectionString);
  u.pathname = "/" + encodeURIComponent(database);
  return u.toString();
}

// ---------------------------------------------------------------------------------------------
// WASM loading. The package's entry does `import "./schema_engine_bg.wasm"` (bundler style),
// which Node rejects, so the module is instantiated by hand with the JS glue as its imports.

let wasmModulePromise;
const engineTimers = new Set();
let openSessions = 0;

function releaseEngineTimers() {
  if (openSessions > 0) return;
  for (const timer of engineTimers) timer.unref();
}

export function loadSchemaEngineWasm() {
  wasmModulePromise ??= (async () => {
    const glueUrl = import.meta.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const glue = await import(glueUrl);
    const wasmFile = path.join(path.dirname(fileURLToPath(glueUrl)), "schema_engine_bg.wasm");
    const imports = { ...glue };
    // The engine arms timers for its own timeouts (e.g. 10 s around PostgreSQL's advisory lock)
    // and never clears them; once no engine session is open they must not keep the process alive.
    for (const name of Object.keys(glue).filter((n) => n.startsWith("__wbg_setTimeout_"))) {
      imports[name] = (callback, ms) => {
        const timer = setTimeout(() => {
          engineTimers.delete(timer);
          callback();
        }, ms >>> 0);
        engineTimers.add(timer);
        if (openSessions === 0) timer.unref();
        return timer;
      };
    }
    const { instance } = await WebAssembly.instantiate(await fs.readFile(wasmFile), {
      "./schema_engine_bg.js": imports,
    });
    glue.__wbg_set_wasm(instance.exports);
    instance.exports.__wbindgen_start();
    return glue;
  })();
  return wasmModulePromise;
}

// ---------------------------------------------------------------------------------------------
// Adapter factories.

/**
 * True when `sql` holds more than one statement (ignoring quotes, identifiers and comments).
 * The engine replays a whole migration file as one executeRaw on the shadow database;
 * better-sqlite3 prepares only one statement per call, so such SQL must go to executeScript.
 */
export function isMultiStatement(sql) {
  let i = 0;
  let seenSemicolon = false;
  const n = sql.length;
  while (i < n) {
    const c = sql[i];
    if (c === "'" || c === '"' || c === "`") {
      const end = sql.indexOf(c, i + 1);
      if (seenSemicolon) return true;
      i = end === -1 ? n : end + 1;
      continue;
    }
    if (c === "-" && sql[i + 1] === "-") {
      const end = sql.indexOf("\n", i);
      i = end === -1 ? n : end + 1;
      continue;
    }
    if (c === "/" && sql[i + 1] === "*") {
      const end = sql.indexOf("*/", i + 2);
      i = end === -1 ? n : end + 2;
      continue;
    }
    if (c === ";") seenSemicolon = true;
    else if (seenSemicolon && !/\s/.test(c)) return true;
    i++;
  }
  return false;
}

function routeScriptsToExecuteScript(adapter) {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    if (query.args.length === 0 && isMultiStatement(query.sql)) {
      await adapter.executeScript(query.sql);
      return 0;
    }
    return executeRaw(query);
  };
  return adapter;
}

/** Ensures every adapter a factory hands out is disposed once, even if the engine forgets. */
function trackDisposal(adapter, tracked) {
  const dispose = adapter.dispose.bind(adapter);
  let done;
  adapter.dispose = () => {
    tracked.delete(adapter);
    done ??= dispose();
    return done;
  };
  tracked.add(adapter);
  return adapter;
}

/**
 * The engine's PostgreSQL describer reads catalog columns of type "char" (OID 18, e.g.
 * pg_class.relkind), which @prisma/adapter-pg 7.10 does not map ("Column type 'char' could not
 * be deserialized"). Its text value is a one-letter string, so report it as text (OID 25).
 */
function patchPgClientCharType(client) {
  const query = client.query.bind(client);
  const fix = (res) => {
    for (const r of Array.isArray(res) ? res : [res]) {
      for (const f of r?.fields ?? []) if (f.dataTypeID === 18) f.dataTypeID = 25;
    }
    return res;
  };
  client.query = (config, values, callback) => {
    if (typeof values === "function") {
      callback = values;
      values = undefined;
    }
    if (typeof callback === "function") {
      return query(config, values, (err, res) => callback(err, err ? res : fix(res)));
    }
    const ret = query(config, values);
    return ret && typeof ret.then === "function" ? ret.then(fix) : ret;
  };
}

/**
 * A migration-aware driver adapter factory (unbound) for `url`.
 * `tracked` collects the adapters it creates so the caller can dispose them.
 */
export async function createAdapterFactory(url, { shadowDatabaseUrl, tracked = new Set() } = {}) {
  const provider = providerFromUrl(url);
  if (provider === "sqlite") {
    const { PrismaBetterSqlite3 } = await import("@prisma/adapter-better-sqlite3");
    const main = sqlitePath(url);
    const shadow = shadowDatabaseUrl ? sqlitePath(shadowDatabaseUrl) : ":memory:";
    const factory = new PrismaBetterSqlite3({ url: main, timeout: 15_000 }, { shadowDatabaseUrl: shadow });
    const connect = factory.connect.bind(factory);
    const connectToShadowDb = factory.connectToShadowDb.bind(factory);
    return {
      provider: factory.provider,
      adapterName: factory.adapterName,
      connect: async () => trackDisposal(routeScriptsToExecuteScript(await connect()), tracked),
      connectToShadowDb: async () => trackDisposal(routeScriptsToExecuteScript(await connectToShadowDb()), tracked),
    };
  }

  const { PrismaPg } = await import("@prisma/adapter-pg");
  const pg = (await import("pg")).default;
  const { config, schema } = pgConnectionConfig(url);
  // One connection, as the native engine uses: session state (advisory locks, search_path)
  // must stay on the connection that set it.
  const adapterFor = async (c, s) => {
    const pool = new pg.Pool({ ...c, max: 1 });
    pool.on("connect", patchPgClientCharType);
    return new PrismaPg(pool, { schema: s, disposeExternalPool: true }).connect();
  };
  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: async () => trackDisposal(await adapterFor(config, schema), tracked),
    connectToShadowDb: async () => {
      if (shadowDatabaseUrl) {
        const s = pgConnectionConfig(shadowDatabaseUrl);
        return trackDisposal(await adapterFor(s.config, s.schema), tracked);
      }
      // Like adapter-pg's own connectToShadowDb (a temporary database on the same server), but
      // correct for URL configs: pg lets the connection string override `database`.
      const database = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID()}`;
      const admin = new pg.Client({ connectionString: config.connectionString });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE "${database}"`);
      } finally {
        await admin.end();
      }
      // The shadow database mirrors the main one's ?schema=, so replayed migrations land in a
      // schema of the same name and diffs against the main database compare like with like.
      const shadowConfig = { ...config, connectionString: withDatabase(config.connectionString, database) };
      if (schema) {
        const c = new pg.Client({ connectionString: shadowConfig.connectionString });
        await c.connect();
        try {
          await c.query(`CREATE SCHEMA IF NOT EXISTS "${schema.replace(/"/g, '""')}"`);
        } finally {
          await c.end();
        }
      }
      const adapter = await adapterFor(shadowConfig, schema);
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        const c = new pg.Client({ connectionString: config.connectionString });
        await c.connect();
        try {
          await c.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
        } finally {
          await c.end();
        }
      };
      return trackDisposal(adapter, tracked);
    },
  };
}

/**
 * A PostgreSQL "adapter" that needs no server: it answers the one query the engine makes when
 * it connects (namespace/version probe) and refuses everything else. Enough for `diff` between
 * two Prisma schemas, so PostgreSQL migrations can be written on a machine without PostgreSQL.
 */
export function createOfflinePgAdapterFactory() {
  const refuse = async () => {
    throw new Error("No PostgreSQL connection: this engine only diffs Prisma schemas offline.");
  };
  const adapter = {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    async queryRaw(query) {
      if (/server_version_num/.test(query.sql) && /pg_namespace/.test(query.sql)) {
        return {
          columnNames: ["exists", "version", "numeric_version"],
          columnTypes: [5, 7, 0],
          rows: [[true, "PostgreSQL 15.0 (offline schema diff)", 150000]],
        };
      }
      return refuse();
    },
    executeRaw: refuse,
    executeScript: refuse,
    startTransaction: refuse,
    getConnectionInfo: () => ({ supportsRelationJoins: true }),
    dispose: async () => {},
  };
  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: async () => adapter,
    connectToShadowDb: refuse,
  };
}

// ---------------------------------------------------------------------------------------------
// The engine.

/**
 * Reads a migrations folder exactly as the Prisma CLI does (migration_lock.toml plus one
 * `migration.sql` per sub-directory, sorted by name).
 */
export async function readMigrationsList(baseDir, shadowDbInitScript = "") {
  const lockPath = "migration_lock.toml";
  const content = await fs.readFile(path.join(baseDir, lockPath), "utf8").catch(() => null);
  const entries = await fs.readdir(baseDir, { withFileTypes: true }).catch(() => []);
  const migrationDirectories = [];
  for (const entry of entries.filter((e) => e.isDirectory())) {
    const file = "migration.sql";
    const migrationContent = await fs
      .readFile(path.join(baseDir, entry.name, file), "utf8")
      .then((value) => ({ tag: "ok", value }))
      .catch((e) => ({ tag: "error", value: e.message }));
    migrationDirectories.push({ path: entry.name, migrationFile: { path: file, content: migrationContent } });
  }
  migrationDirectories.sort((a, b) => a.path.localeCompare(b.path));
  return { baseDir, lockfile: { path: lockPath, content }, migrationDirectories, shadowDbInitScript };
}

function needsShadowSchemaCache(error) {
  return /shadow DB must be provided through an external factory/i.test(String(error?.message));
}

function isMissingMigrationsTable(error) {
  return error?.code === "P1014" && /_prisma_migrations/.test(String(error?.message));
}

/**
 * Opens the WASM schema engine on `url`.
 *   datamodels: [[absolutePath, content], ...] (the engine's initial schema; may be empty)
 *   onLog: receives the engine's JSON log lines
 * Returns { engine, call(method, params), close() }. `call` smooths the WASM/adapter quirks:
 *   - "shadow DB must be provided through an external factory" from createMigration or
 *     evaluateDataLoss: devDiagnostic (which has the shadow factory) fills the engine's cache of
 *     the migration history's schema, then the call is retried once.
 *   - P1014 "_prisma_migrations does not exist": the native engine treats a missing table as
 *     "not initialised yet"; through a driver adapter it is an error. The table is created the
 *     engine's own way (applyMigrations with no migrations) and the call is retried once.
 *   - getDatabaseVersion → version.
 */
export async function openSchemaEngine({ url, shadowDatabaseUrl, datamodels = [], onLog = () => {} }) {
  const glue = await loadSchemaEngineWasm();
  const { bindMigrationAwareSqlAdapterFactory } = await import("@prisma/driver-adapter-utils");
  const tracked = new Set();
  openSessions++;
  const factory =
    url === OFFLINE_POSTGRES_URL
      ? createOfflinePgAdapterFactory()
      : await createAdapterFactory(url, { shadowDatabaseUrl, tracked });
  let engine;
  try {
    engine = await glue.SchemaEngine.new(
      { datamodels: datamodels.length ? datamodels : undefined },
      (line) => onLog(line),
      bindMigrationAwareSqlAdapterFactory(factory),
    );
  } catch (error) {
    openSessions--;
    releaseEngineTimers();
    for (const adapter of [...tracked]) await adapter.dispose().catch(() => {});
    throw error;
  }

  async function initMigrationsTable(migrationsList) {
    await engine.applyMigrations({
      migrationsList: { ...migrationsList, migrationDirectories: [] },
      filters: EMPTY_FILTERS,
    });
  }

  async function call(method, params) {
    const name = method === "getDatabaseVersion" ? "version" : method;
    if (typeof engine[name] !== "function" || name === "free" || name.startsWith("__")) {
      const e = new Error(`The WASM schema engine does not implement "${method}".`);
      e.code = "P1001_UNSUPPORTED";
      throw e;
    }
    try {
      return await engine[name](params);
    } catch (error) {
      if (needsShadowSchemaCache(error) && params?.migrationsList && name !== "devDiagnostic") {
        // createMigration / evaluateDataLoss read the schema of the migration history from a
        // cache that only devDiagnostic fills (they get no shadow-database factory themselves).
        await engine.devDiagnostic({ migrationsList: params.migrationsList, filters: params.filters ?? EMPTY_FILTERS });
        return await engine[name](params);
      }
      if (!isMissingMigrationsTable(error) || name === "applyMigrations") throw error;
      const list = params?.migrationsList ?? {
        baseDir: "",
        lockfile: { path: "migration_lock.toml", content: null },
        migrationDirectories: [],
        shadowDbInitScript: "",
      };
      await initMigrationsTable(list);
      return await engine[name](params);
    }
  }

  let closed;
  async function close() {
    closed ??= (async () => {
      for (const adapter of [...tracked]) {
        await adapter.dispose().catch(() => {});
      }
      try {
        engine.free();
      } catch {}
      openSessions--;
      releaseEngineTimers();
    })();
    return closed;
  }

  return { engine, call, close };
}

/** [[absPath, content]] for the schema files the CLI names with --datamodels. */
export function readDatamodels(files) {
  return files.map((f) => [path.resolve(f), readFileSync(f, "utf8")]);
}

export function fileExists(p) {
  return existsSync(p);
}
