#!/usr/bin/env node
// Stand-in for Prisma's native `schema-engine` binary, which the Prisma CLI downloads from a
// host this network cannot reach. scripts/prisma.mjs names this file in
// PRISMA_SCHEMA_ENGINE_BINARY; the CLI then runs it exactly as it runs the binary:
//
//   one-off:  prisma-schema-engine.mjs --datasource '{"url":"…"}' cli can-connect-to-database
//                                                                  (create-database, drop-database)
//             exit 0 = success; on failure a JSON log line with error_code/message on stderr.
//   server:   prisma-schema-engine.mjs --datamodels /abs/schema.prisma [--datamodels …]
//                                      --datasource '{"url":"…","shadowDatabaseUrl":"…"}'
//             then newline-delimited JSON-RPC 2.0 on stdin/stdout, one method per engine method.
//
// The work is done by the WASM build of the same engine (lib/db/schema-engine.mjs) with
// @prisma/adapter-better-sqlite3 (SQLite) or @prisma/adapter-pg (PostgreSQL).
import { mkdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import readline from "node:readline";
import {
  loadSchemaEngineWasm,
  openSchemaEngine,
  pgConnectionConfig,
  providerFromUrl,
  readDatamodels,
  redactUrl,
  sqlitePath,
} from "../lib/db/schema-engine.mjs";

function parseArgs(argv) {
  const out = { datamodels: [], datasource: undefined, cli: undefined, version: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--datamodels" || a === "-d") out.datamodels.push(argv[++i]);
    else if (a === "--datasource") out.datasource = JSON.parse(argv[++i]);
    else if (a === "--enabled-preview-features" || a === "--extension-types") i++;
    else if (a === "--version" || a === "-V") out.version = true;
    else if (a === "cli") out.cli = argv[++i];
  }
  return out;
}

/** The native engine logs JSON lines on stderr; the CLI reads error_code/message from them. */
function logLine(level, fields) {
  process.stderr.write(
    JSON.stringify({ timestamp: new Date().toISOString(), level, fields, target: "schema_engine::logger" }) + "\n",
  );
}

function userError(code, message) {
  const e = new Error(message);
  e.code = code;
  return e;
}

// ---------------------------------------------------------------------------------------------
// One-off commands.

async function pgAdminQuery(connectionString, sql) {
  const pg = (await import("pg")).default;
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (e) {
    throw pgConnectError(e, connectionString);
  }
  try {
    return await client.query(sql);
  } finally {
    await client.end().catch(() => {});
  }
}

function pgConnectError(e, connectionString) {
  const u = new URL(connectionString);
  const db = decodeURIComponent(u.pathname.slice(1)) || "postgres";
  if (e?.code === "3D000") return userError("P1003", `Database \`${db}\` does not exist on the database server at \`${u.hostname}:${u.port || 5432}\`.`);
  if (e?.code === "28P01" || e?.code === "28000")
    return userError("P1000", `Authentication failed against database server at \`${u.hostname}\`: ${e.message}`);
  return userError("P1001", `Can't reach database server at \`${u.hostname}:${u.port || 5432}\`: ${e?.message ?? e}`);
}

async function runCli(command, url) {
  const provider = providerFromUrl(url);
  if (provider === "sqlite") {
    const file = sqlitePath(url);
    if (command === "can-connect-to-database") {
      if (file !== ":memory:") {
        try {
          statSync(file);
        } catch {
          throw userError("P1003", `Database \`${path.basename(file)}\` does not exist at \`${file}\`.`);
        }
      }
      const Database = (await import("better-sqlite3")).default;
      new Database(file, { fileMustExist: file !== ":memory:" }).close();
      return;
    }
    if (command === "create-database") {
      if (file === ":memory:") return;
      mkdirSync(path.dirname(file), { recursive: true });
      const Database = (await import("better-sqlite3")).default;
      new Database(file).close();
      process.stdout.write(JSON.stringify({ database_name: path.basename(file) }) + "\n");
      return;
    }
    if (command === "drop-database") {
      for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
      return;
    }
  } else {
    const { config } = pgConnectionConfig(url);
    const cs = config.connectionString;
    const db = decodeURIComponent(new URL(cs).pathname.slice(1));
    const adminUrl = new URL(cs);
    adminUrl.pathname = db === "postgres" ? "/template1" : "/postgres";
    if (command === "can-connect-to-database") {
      await pgAdminQuery(cs, "SELECT 1");
      return;
    }
    if (command === "create-database") {
      try {
        await pgAdminQuery(cs, "SELECT 1");
        return; // exists already
      } catch (e) {
        if (e.code !== "P1003") throw e;
      }
      await pgAdminQuery(adminUrl.toString(), `CREATE DATABASE "${db.replace(/"/g, '""')}"`);
      process.stdout.write(JSON.stringify({ database_name: db }) + "\n");
      return;
    }
    if (command === "drop-database") {
      await pgAdminQuery(adminUrl.toString(), `DROP DATABASE IF EXISTS "${db.replace(/"/g, '""')}" WITH (FORCE)`);
      return;
    }
  }
  throw userError("P1000", `Unknown schema engine CLI command: ${command}`);
}

// ---------------------------------------------------------------------------------------------
// JSON-RPC server.

function rpcError(id, error) {
  const message = String(error?.message ?? error);
  const data = { is_panic: false, message };
  if (error?.code && /^P\d{4}$/.test(error.code)) data.error_code = error.code;
  if (error?.meta) data.meta = error.meta;
  if (error instanceof WebAssembly.RuntimeError || /unreachable|panicked/i.test(message)) {
    data.is_panic = true;
    data.error = { message };
  }
  return { jsonrpc: "2.0", id, error: { code: 4466, message: "An error happened. Check the data field for details.", data } };
}

async function createDatabaseRpc(params) {
  // Same params as the native method: { datasource: { tag: "ConnectionString", url } | { tag: "Schema", … } }
  const url = params?.datasource?.url ?? currentUrl;
  await runCli("create-database", url);
  const name = providerFromUrl(url) === "sqlite" ? path.basename(sqlitePath(url)) : new URL(url).pathname.slice(1);
  return { databaseName: name };
}

let currentUrl;

async function serve({ datamodels, datasource }) {
  currentUrl = datasource?.url;
  let session;
  const open = async () => {
    if (!currentUrl) throw userError("P1012", "No datasource URL given to the schema engine (set DATABASE_URL; see prisma.config.ts).");
    session ??= openSchemaEngine({
      url: currentUrl,
      shadowDatabaseUrl: datasource?.shadowDatabaseUrl,
      datamodels: readDatamodels(datamodels),
      onLog: (line) => process.stderr.write(line.endsWith("\n") ? line : line + "\n"),
    });
    return session;
  };

  const write = (msg) => process.stdout.write(JSON.stringify(msg) + "\n");
  const pendingPrints = new Map();
  let printSeq = 0;
  const print = (content) =>
    new Promise((resolve) => {
      const id = `print-${++printSeq}`;
      pendingPrints.set(id, resolve);
      write({ jsonrpc: "2.0", id, method: "print", params: { content: content.replace(/\n$/, "") } });
    });
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  // Requests are answered one at a time, in order, like the native engine.
  let queue = Promise.resolve();
  rl.on("line", (line) => {
    if (!line.trim()) return;
    let req;
    try {
      req = JSON.parse(line);
    } catch (e) {
      write({ jsonrpc: "2.0", id: null, error: { code: -32700, message: `Parse error: ${e.message}` } });
      return;
    }
    if (req.method === undefined) {
      // The CLI acknowledging one of our "print" requests.
      pendingPrints.get(req.id)?.();
      pendingPrints.delete(req.id);
      return;
    }
    queue = queue.then(async () => {
      try {
        let result;
        if (req.method === "createDatabase") result = await createDatabaseRpc(req.params);
        else {
          const s = await open();
          result = await s.call(req.method, req.params);
        }
        // The native engine hands `migrate diff` output to the CLI as a "print" request (the CLI
        // writes it to stdout, or to --output) and leaves DiffResult.stdout empty.
        if (req.method === "diff" && typeof result?.stdout === "string") {
          await print(result.stdout);
          result = { ...result, stdout: null };
        }
        if (req.id !== undefined) write({ jsonrpc: "2.0", id: req.id, result: result ?? null });
      } catch (error) {
        logLine("ERROR", { message: String(error?.message ?? error), ...(error?.code ? { error_code: error.code } : {}) });
        if (req.id !== undefined) write(rpcError(req.id, error));
      }
    });
  });
  await new Promise((resolve) => rl.on("close", resolve));
  await queue;
  if (session) await (await session).close();
}

// ---------------------------------------------------------------------------------------------

const args = parseArgs(process.argv.slice(2));
try {
  if (args.version) {
    const glue = await loadSchemaEngineWasm();
    process.stdout.write(`schema-engine-wasm ${glue.version()}\n`);
  } else if (args.cli) {
    // The CLI ignores the first stderr line and parses the rest as JSON log lines.
    process.stderr.write("schema-engine (wasm) via scripts/prisma-schema-engine.mjs\n");
    const url = args.datasource?.url;
    if (!url) throw userError("P1012", "Missing --datasource url");
    await runCli(args.cli, url);
  } else {
    await serve(args);
  }
  process.exitCode = 0;
} catch (error) {
  const message = String(error?.message ?? error).replaceAll(args.datasource?.url ?? "\0", redactUrl(args.datasource?.url ?? ""));
  logLine("ERROR", { message, ...(error?.code ? { error_code: error.code } : {}) });
  process.exitCode = 1;
}
