import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before } from "node:test";
import type { Db } from "../../lib/db";

/**
 * A freshly migrated demo database for one test file, the way a first start creates it. The
 * pipeline reads the process-wide client, so the URL is set before anything opens it.
 */
export async function openDemoDatabase(): Promise<{ db: Db; workspaceId: string; close: () => Promise<void> }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "desk-pipeline-"));
  process.env.DATABASE_URL = `file:${path.join(dir, "desk.db")}`;
  const { prepareDatabase } = await import("../../lib/demo/prepare-database");
  const { getDb, disconnectDb } = await import("../../lib/db");
  const { foldsSettled } = await import("../../lib/analytics/rollup-listener");
  await prepareDatabase();
  const db = await getDb();
  const workspace = await db.workspace.findUniqueOrThrow({ where: { slug: "lumen" } });
  return {
    db,
    workspaceId: workspace.id,
    close: async () => {
      // Analytics folds run after each commit; the database must outlive the last of them.
      await foldsSettled();
      await disconnectDb();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The demo database for the enclosing suite: opened before its tests, given to `use`, closed after them. */
export function openDemoDatabaseFor(use: (demo: { db: Db; workspaceId: string }) => void): void {
  let close: (() => Promise<void>) | undefined;
  before(async () => {
    const demo = await openDemoDatabase();
    close = demo.close;
    use(demo);
  });
  after(async () => close?.());
}

export async function startTestConversation(db: Db, workspaceId: string, customerId: string | null, verified: boolean) {
  const conversation = await db.conversation.create({ data: { workspaceId, customerId } });
  if (verified) {
    await db.conversationEvent.create({
      data: { workspaceId, conversationId: conversation.id, type: "verification", payload: { verified: true, method: "identity_hash" }, actorType: "system" },
    });
  }
  return conversation;
}

/** The demo supervisor and the first demo agent, as the console's actions identify staff. */
export async function demoStaffMembers(db: Db, workspaceId: string) {
  const [supervisor, agent] = await Promise.all([
    db.user.findFirstOrThrow({ where: { workspaceId, role: "supervisor" } }),
    db.user.findFirstOrThrow({ where: { workspaceId, role: "agent" } }),
  ]);
  return {
    supervisor: { userId: supervisor.id, role: "supervisor" as const, workspaceId },
    agent: { userId: agent.id, role: "agent" as const, workspaceId },
  };
}
