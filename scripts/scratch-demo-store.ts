// A scratch copy of the demo store for the evaluation commands: a fresh SQLite file under the
// system's temp folder, the offline engine only (hosted-model keys are dropped so a score never
// depends on a network), and a new conversation per evaluated case.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export interface ScratchConversation {
  tier?: "free" | "pro" | "premium" | "enterprise";
  verified?: boolean;
  language?: string;
  /** Picks one of the tier's customers, so cases spread over the demo's shoppers. */
  index: number;
}

export async function openScratchDemoStore() {
  for (const key of ["OPENAI_API_KEY", "ANTHROPIC_API_KEY", "OPENAI_COMPATIBLE_BASE_URL"]) delete process.env[key];
  const scratch = mkdtempSync(path.join(os.tmpdir(), "desk-eval-"));
  // Set before the database module is first imported: it reads the URL once.
  process.env.DATABASE_URL = `file:${path.join(scratch, "eval.db")}`;
  const { prepareDatabase } = await import("../lib/demo/prepare-database");
  const { getDb, disconnectDb } = await import("../lib/db");
  const { foldsSettled } = await import("../lib/analytics/rollup-listener");
  await prepareDatabase();
  const db = await getDb();
  const workspace = await db.workspace.findUniqueOrThrow({ where: { slug: "lumen" } });

  async function startConversation({ tier = "free", verified = true, language = "en", index }: ScratchConversation) {
    const candidates = await db.customer.findMany({ where: { workspaceId: workspace.id, tier }, orderBy: { externalId: "asc" } });
    const customer = candidates[index % candidates.length];
    const conversation = await db.conversation.create({ data: { workspaceId: workspace.id, customerId: customer.id, language } });
    if (verified) {
      await db.conversationEvent.create({
        data: { workspaceId: workspace.id, conversationId: conversation.id, type: "verification", payload: { verified: true, method: "scripted" }, actorType: "system" },
      });
    }
    return conversation;
  }

  async function close() {
    // Analytics folds run after each turn's commit; the scratch database must outlive them.
    await foldsSettled();
    await disconnectDb();
    rmSync(scratch, { recursive: true, force: true });
  }

  return { db, workspace, startConversation, close };
}
