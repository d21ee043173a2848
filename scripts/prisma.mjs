#!/usr/bin/env node
// `npm run prisma -- <args>`: the installed Prisma CLI, made to work with no download.
//
// - PRISMA_SCHEMA_ENGINE_BINARY points at scripts/prisma-schema-engine.mjs (the WASM schema
//   engine behind the native engine's CLI protocol), unless it is already set.
// - prisma.config.ts picks prisma/<provider>/{schema.prisma,migrations} from DATABASE_URL.
// - `generate` (without --schema) generates BOTH clients, lib/generated/sqlite and
//   lib/generated/postgresql, whatever DATABASE_URL says: the app picks one at run time.
// - The two schema files are first re-derived from prisma/models.prisma (no-op when current).
import { spawnSync } from "node:child_process";
import { chmodSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ROOT, schemaFile, writeSchemas } from "./prisma-schemas.mjs";

export const PRISMA_CLI = path.join(ROOT, "node_modules", "prisma", "build", "index.js");
export const ENGINE = path.join(ROOT, "scripts", "prisma-schema-engine.mjs");

/** Environment for a Prisma CLI child process. */
export function prismaEnv(extra = {}) {
  // The CLI spawns the engine file directly: it must be executable (git may drop the bit).
  try {
    if ((statSync(ENGINE).mode & 0o111) === 0) chmodSync(ENGINE, 0o755);
  } catch {}
  return {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY || ENGINE,
    // No update checks or telemetry: the hosts are unreachable here and would only add delay.
    CHECKPOINT_DISABLE: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    ...extra,
  };
}

/** Runs the Prisma CLI synchronously with inherited stdio; returns its exit code. */
export function runPrisma(args, { env = {}, stdio = "inherit", cwd = ROOT } = {}) {
  const r = spawnSync(process.execPath, [PRISMA_CLI, ...args], { cwd, env: prismaEnv(env), stdio });
  if (r.error) throw r.error;
  return r.status ?? 1;
}

function main(argv) {
  writeSchemas({ log: () => {} });
  const [command] = argv;
  if (command === "generate" && !argv.some((a) => a === "--schema" || a.startsWith("--schema="))) {
    for (const provider of ["sqlite", "postgresql"]) {
      const code = runPrisma([...argv, "--schema", path.relative(ROOT, schemaFile(provider))]);
      if (code !== 0) return code;
    }
    return 0;
  }
  return runPrisma(argv);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
