// A resolved conversation is read-only for everyone until someone reopens it: the server refuses
// replies and changes of owner, a reopen is written once and audited, and the AI has it again.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Db } from "../../lib/db/index";
import { claimConversation, reopenAsStaff, replyAsHuman, resolveAsStaff, StaffActionError, transferConversation } from "../../lib/console/staff-actions";
import { loadConversationLog } from "../../lib/conversation/log";
import { currentOwner } from "../../lib/conversation/ownership";
import { createWorkspace, postgresDatabase, postgresSkip, openDatabaseFor, sqliteDatabase, type TestDatabase } from "../fixtures/test-database";

function on(name: string, open: () => Promise<TestDatabase>, skip: string | false = false) {
  describe(`resolved conversations on ${name}`, { skip }, () => {
    let db: Db;
    openDatabaseFor(open, (client) => (db = client));

    async function store(slug: string) {
      const workspace = await createWorkspace(db, slug);
      const person = (name: string, role: "agent" | "supervisor") =>
        db.user.create({ data: { workspaceId: workspace.id, email: `${name}@${slug}.example`, name: `${name} Example`, passwordHash: "x", role, skills: [], languages: ["en"], presence: "online" } });
      const [ada, ben, sam] = [await person("Ada", "agent"), await person("Ben", "agent"), await person("Sam", "supervisor")];
      const conversation = await db.conversation.create({ data: { workspaceId: workspace.id } });
      const staff = (u: { id: string; role: "agent" | "supervisor" | "admin" }) => ({ userId: u.id, role: u.role, workspaceId: workspace.id });
      return { workspace, conversation, ada: staff(ada), ben: staff(ben), sam: staff(sam) };
    }

    const refusedAsResolved = (error: unknown) => error instanceof StaffActionError && /resolved\. Reopen it first/.test(error.message);

    test("a resolved conversation refuses replies and transfers until it is reopened, then a person takes it over and writes again", async () => {
      const { conversation, ada, ben } = await store(`resolved-reply-${name.toLowerCase()}`);
      await claimConversation(db, ada, conversation.id);
      await replyAsHuman(db, ada, conversation.id, "Your refund is on its way.", undefined);
      await resolveAsStaff(db, ada, conversation.id, "solved", null);

      await assert.rejects(replyAsHuman(db, ada, conversation.id, "One more thing…", undefined), refusedAsResolved);
      await assert.rejects(claimConversation(db, ben, conversation.id), refusedAsResolved);
      await assert.rejects(transferConversation(db, ada, conversation.id, ben.userId, null), refusedAsResolved);
      assert.equal(await db.message.count({ where: { conversationId: conversation.id, author: "human" } }), 1);

      await reopenAsStaff(db, ada, conversation.id, "Customer wrote back by email");
      const row = await db.conversation.findUniqueOrThrow({ where: { id: conversation.id } });
      assert.deepEqual({ status: row.status, assigneeId: row.assigneeId, resolvedAt: row.resolvedAt }, { status: "open", assigneeId: null, resolvedAt: null });
      assert.deepEqual(currentOwner((await loadConversationLog(db, conversation.id)).events), { kind: "ai" });

      await claimConversation(db, ada, conversation.id);
      await replyAsHuman(db, ada, conversation.id, "One more thing…", undefined);
      assert.equal(await db.message.count({ where: { conversationId: conversation.id, author: "human" } }), 2);
      const reopened = await db.conversationEvent.findFirstOrThrow({ where: { conversationId: conversation.id, type: "reopened" } });
      assert.deepEqual(reopened.payload, { byUserId: ada.userId, note: "Customer wrote back by email" });
    });

    test("reopening is written once however many people press it, and audited with who did it", async () => {
      const { workspace, conversation, ada, sam } = await store(`resolved-once-${name.toLowerCase()}`);
      await claimConversation(db, ada, conversation.id);
      await resolveAsStaff(db, ada, conversation.id, "solved", null);
      await Promise.all([reopenAsStaff(db, ada, conversation.id, null), reopenAsStaff(db, sam, conversation.id, null), reopenAsStaff(db, ada, conversation.id, null)]);
      assert.equal(await db.conversationEvent.count({ where: { conversationId: conversation.id, type: "reopened" } }), 1);
      const entries = await db.auditLog.findMany({ where: { workspaceId: workspace.id, action: "conversation.reopen" } });
      assert.equal(entries.length, 1);
      assert.equal(entries[0]!.targetId, conversation.id);
      assert.ok([ada.userId, sam.userId].includes(entries[0]!.actorId!));
    });

    test("an agent cannot reopen a colleague's resolved conversation; a supervisor can", async () => {
      const { conversation, ada, ben, sam } = await store(`resolved-colleague-${name.toLowerCase()}`);
      await claimConversation(db, ada, conversation.id);
      await resolveAsStaff(db, ada, conversation.id, "solved", null);
      await assert.rejects(reopenAsStaff(db, ben, conversation.id, null), /only they or a supervisor can reopen it/);
      assert.equal((await db.conversation.findUniqueOrThrow({ where: { id: conversation.id } })).status, "resolved");
      await reopenAsStaff(db, sam, conversation.id, null);
      assert.equal((await db.conversation.findUniqueOrThrow({ where: { id: conversation.id } })).status, "open");
    });
  });
}

on("SQLite", sqliteDatabase);
on("PostgreSQL", () => postgresDatabase("resolved"), await postgresSkip());
