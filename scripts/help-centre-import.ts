// `npm run help-centre:import -- <folder|file.zip|file.csv|file.md> [--workspace <slug>]`: imports
// a help centre from the server's disk. Importing the same source again updates the articles it
// changed; a file that cannot be imported is named with the reason and the others still are.
// Running desk instances pick the changes up within seconds.
import { parseArgs } from "node:util";
import { getDb, disconnectDb, resolveDatabaseUrl } from "../lib/db";
import { applyMigrations } from "../lib/db/migrate";
import { applyImport } from "../lib/help-centre/import-apply";
import { readImportSource } from "../lib/help-centre/import-files";

const { positionals, values } = parseArgs({ allowPositionals: true, options: { workspace: { type: "string" } } });
if (positionals.length !== 1) {
  console.error("Usage: npm run help-centre:import -- <folder|file.zip|file.csv|file.md> [--workspace <slug>]");
  process.exit(2);
}

await applyMigrations(resolveDatabaseUrl());
const db = await getDb();
try {
  const workspaces = await db.workspace.findMany({ select: { id: true, slug: true } });
  const workspace = values.workspace ? workspaces.find((w) => w.slug === values.workspace) : workspaces.length === 1 ? workspaces[0] : undefined;
  if (!workspace) {
    throw new Error(
      workspaces.length === 0
        ? "This database has no workspace yet: start the desk and create one first."
        : `Say which workspace with --workspace; this database has: ${workspaces.map((w) => w.slug).join(", ")}.`,
    );
  }
  const { name, batch } = await readImportSource(positionals[0]!);
  const outcome = await applyImport(db, { workspaceId: workspace.id, user: null }, batch, name);
  for (const a of outcome.created) console.log(`created  ${a.slug} (${a.language})  from ${a.source}`);
  for (const a of outcome.updated) console.log(`updated  ${a.slug} (${a.language})  from ${a.source}`);
  for (const r of outcome.rejected) console.log(`REJECTED ${r.name}: ${r.reason}`);
  console.log(`${outcome.created.length} created, ${outcome.updated.length} updated, ${outcome.unchanged} unchanged, ${outcome.rejected.length} rejected, ${outcome.ignored.length} other files ignored.`);
  process.exitCode = outcome.rejected.length > 0 ? 1 : 0;
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  await disconnectDb();
}
