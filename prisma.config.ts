// Prisma 7 configuration. One data model (prisma/models.prisma) is generated into one schema
// per provider, each with its own migrations folder; DATABASE_URL picks the pair:
//   unset or file:…                  → prisma/sqlite/{schema.prisma,migrations}  (default file:./data/desk.db)
//   postgres://… or postgresql://…   → prisma/postgresql/{schema.prisma,migrations}
// Use `npm run prisma -- <command>` (scripts/prisma.mjs) on machines that cannot download
// Prisma's schema engine; the stock `npx prisma <command>` works with this file too.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { databaseProvider, resolveDatabaseUrl, sqlitePath } from "./lib/db/url.mjs";

const url = resolveDatabaseUrl();
const provider = databaseProvider(url);

if (provider === "sqlite") {
  const file = sqlitePath(url);
  if (file !== ":memory:") mkdirSync(path.dirname(file), { recursive: true });
}

export default defineConfig({
  schema: `prisma/${provider}/schema.prisma`,
  migrations: { path: `prisma/${provider}/migrations` },
  datasource: {
    url,
    // Only `prisma migrate dev` needs one; by default SQLite uses an in-memory database and
    // PostgreSQL a temporary database on the same server.
    shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL || undefined,
  },
});
