// A customer's erasure and the retention sweep take the stored files with the conversations, not
// only their rows.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb, type Db } from "../../lib/db/index";
import { sendAttachment } from "../../lib/attachments/attachments";
import { diskStorage } from "../../lib/attachments/storage";
import { eraseCustomer } from "../../lib/business/customer-data-requests";
import { sweepExpiredData } from "../../lib/workspace/retention";
import { createWorkspace, sqliteDatabase, type TestDatabase } from "../fixtures/test-database";

const dir = mkdtempSync(path.join(os.tmpdir(), "desk-attachment-removal-"));
// The desk's own storage, as erasure and the sweep find it.
process.env.ATTACHMENT_DIR = dir;
const storage = diskStorage(dir);
const pdf = new TextEncoder().encode("%PDF-1.4\n%%EOF");

let database: TestDatabase;
let db: Db;
let workspaceId: string;

before(async () => {
  database = await sqliteDatabase();
  db = await createDb(database.url);
  workspaceId = (await createWorkspace(db, "removal")).id;
});
after(async () => {
  await db.$disconnect();
  await database.drop();
  rmSync(dir, { recursive: true, force: true });
});

async function fileIn(conversationId: string): Promise<string> {
  const { attachment } = await sendAttachment(db, storage, { workspaceId, conversationId, sender: { type: "customer" }, fileName: "receipt.pdf", bytes: pdf, maxBytes: 1024 * 1024 });
  const { storageKey } = await db.attachment.findUniqueOrThrow({ where: { id: attachment.id } });
  const file = path.join(dir, ...storageKey.split("/"));
  assert.ok(existsSync(file));
  return file;
}

test("erasing a customer removes the files they sent", async () => {
  const customer = await db.customer.create({ data: { workspaceId, name: "Ada", email: "ada@removal.test" } });
  const conversation = await db.conversation.create({ data: { workspaceId, customerId: customer.id } });
  const file = await fileIn(conversation.id);
  const kept = await fileIn((await db.conversation.create({ data: { workspaceId } })).id);
  await eraseCustomer(db, workspaceId, customer.id, { actorType: "system", actorId: null, via: "test" });
  assert.equal(existsSync(file), false);
  assert.equal(existsSync(kept), true, "someone else's file stays");
});

test("the retention sweep removes the files of the conversations it deletes", async () => {
  const old = await db.conversation.create({ data: { workspaceId } });
  const oldFile = await fileIn(old.id);
  await db.conversation.update({ where: { id: old.id }, data: { status: "resolved", resolvedAt: new Date(Date.now() - 40 * 24 * 3600 * 1000) } });
  const recentFile = await fileIn((await db.conversation.create({ data: { workspaceId } })).id);
  await db.workspace.update({ where: { id: workspaceId }, data: { retentionPolicy: { resolvedConversationDays: 30 } } });
  await sweepExpiredData(db);
  assert.equal(existsSync(oldFile), false);
  assert.equal(existsSync(recentFile), true);
});
