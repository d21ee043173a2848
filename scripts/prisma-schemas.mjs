#!/usr/bin/env node
// Writes prisma/sqlite/schema.prisma and prisma/postgresql/schema.prisma from the one source,
// prisma/models.prisma (models and enums only). Prisma ties a schema file and its migrations
// folder to one provider, so each provider gets its own generated copy.
//
//   node scripts/prisma-schemas.mjs           write both files (only rewrites what changed)
//   node scripts/prisma-schemas.mjs --check   exit 1 if a generated file is stale (for CI)
//
// Importable too: `import { renderSchema, writeSchemas } from "./prisma-schemas.mjs"`.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const MODELS_FILE = path.join(ROOT, "prisma", "models.prisma");
export const PROVIDERS = /** @type {const} */ (["sqlite", "postgresql"]);

export function schemaFile(provider) {
  return path.join(ROOT, "prisma", provider, "schema.prisma");
}

export function migrationsDir(provider) {
  return path.join(ROOT, "prisma", provider, "migrations");
}

/** Validates that the models file holds no datasource/generator blocks of its own. */
function checkModels(models) {
  const stray = models.match(/^\s*(datasource|generator)\s+\w+\s*\{/m);
  if (stray) {
    throw new Error(
      `prisma/models.prisma must hold models and enums only; found a "${stray[1]}" block. ` +
        `Datasource and generator blocks are written by scripts/prisma-schemas.mjs.`,
    );
  }
}

/**
 * The full schema for one provider.
 * Generator options are explicit (not inferred from tsconfig) so the output is the same on
 * every machine: TypeScript ESM for Node, with extensionless relative imports, which both
 * tsx (scripts, server.ts, node --test) and Next.js' bundler resolve.
 */
export function renderSchema(provider, models) {
  checkModels(models);
  return [
    "// GENERATED from prisma/models.prisma by scripts/prisma-schemas.mjs (npm run db:schemas).",
    "// DO NOT EDIT: change prisma/models.prisma, then run `npm run db:migration -- --name <name>`.",
    "",
    "datasource db {",
    `  provider = "${provider}"`,
    "}",
    "",
    "generator client {",
    '  provider               = "prisma-client"',
    `  output                 = "../../lib/generated/${provider}"`,
    '  runtime                = "nodejs"',
    '  moduleFormat           = "esm"',
    '  generatedFileExtension = "ts"',
    '  importFileExtension    = ""',
    "}",
    "",
    models.replace(/\r\n/g, "\n").trimEnd(),
    "",
  ].join("\n");
}

/** Writes (or with check=true only compares) both generated schemas. Returns the stale ones. */
export function writeSchemas({ check = false, log = console.log } = {}) {
  const models = readFileSync(MODELS_FILE, "utf8");
  const stale = [];
  for (const provider of PROVIDERS) {
    const file = schemaFile(provider);
    const next = renderSchema(provider, models);
    const prev = existsSync(file) ? readFileSync(file, "utf8") : null;
    if (prev === next) continue;
    stale.push(path.relative(ROOT, file));
    if (!check) {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, next);
      log(`wrote ${path.relative(ROOT, file)}`);
    }
  }
  return stale;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes("--check");
  const stale = writeSchemas({ check });
  if (check && stale.length) {
    console.error(`Stale generated schema(s): ${stale.join(", ")}. Run \`npm run db:schemas\`.`);
    process.exit(1);
  }
  if (!stale.length) console.log("prisma/sqlite/schema.prisma and prisma/postgresql/schema.prisma are up to date");
}
