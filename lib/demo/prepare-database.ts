import { applyMigrations } from "../db/migrate";
import { getDb } from "../db";
import { demoCredentials, demoWorkspaceSlug, seedDemoWorkspace, type DemoCredential } from "./seed";

/**
 * Run at every start: brings the schema up to date, and on an empty database creates the demo
 * store so a first start is immediately usable.
 */
export async function prepareDatabase(): Promise<{ seeded: boolean; credentials: DemoCredential[] }> {
  await applyMigrations();
  const db = await getDb();
  const workspaces = await db.workspace.count();
  let seeded = false;
  if (workspaces === 0 && process.env.DESK_SKIP_DEMO !== "1") {
    await seedDemoWorkspace(db);
    seeded = true;
  }
  const demo = await db.workspace.findUnique({ where: { slug: demoWorkspaceSlug } });
  return { seeded, credentials: demo ? demoCredentials() : [] };
}
