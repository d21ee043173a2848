// Saved replies: `/shortcut` in the composer finds them, variables are filled in from the
// conversation (or left visible when unknown), and the store keeps team and personal replies
// apart, with every change audited.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Db } from "../../lib/db/index";
import { expandSavedReply, matchingReplies, savedReplyInput, typedShortcut, type SavedReply } from "../../lib/console/saved-replies";
import { replyContextOf } from "../../lib/console/reply-context";
import { savedReplyBody } from "../../app/api/saved-replies/schema";
import { createSavedReply, deleteSavedReply, savedRepliesFor, SavedReplyError, updateSavedReply } from "../../lib/console/saved-reply-store";
import { createWorkspace, postgresDatabase, postgresSkip, openDatabaseFor, sqliteDatabase, type TestDatabase } from "../fixtures/test-database";

describe("inserting a saved reply", () => {
  const reply = (shortcut: string, personal = false): SavedReply => ({ id: `${shortcut}-${personal}`, shortcut, title: shortcut, body: "", personal });

  test("only a composer holding nothing but /something is looking for a saved reply", () => {
    assert.equal(typedShortcut("/ret"), "ret");
    assert.equal(typedShortcut("/"), "");
    assert.equal(typedShortcut("  /Returns "), "returns");
    assert.equal(typedShortcut("see /returns"), null);
    assert.equal(typedShortcut("/returns and more"), null);
  });

  test("replies are matched by the start of their shortcut, one's own before the team's of the same name", () => {
    const replies = [reply("returns"), reply("refund"), reply("returns", true), reply("shipping")];
    assert.deepEqual(matchingReplies(replies, "re").map((r) => r.id), ["refund-false", "returns-true", "returns-false"]);
    assert.deepEqual(matchingReplies(replies, "x"), []);
  });

  test("variables take the customer's first name and order number, and unknown ones stay visible and are listed", () => {
    const body = "Hi {{customer.name}}, order {{ order.number }} is on its way. Thanks, {{customer.name}}!";
    assert.deepEqual(expandSavedReply(body, { customerName: "Maya Ortega", orderNumber: "4512" }), { text: "Hi Maya, order 4512 is on its way. Thanks, Maya!", missing: [] });
    assert.deepEqual(expandSavedReply(body, { customerName: null, orderNumber: null }), { text: body, missing: ["customer.name", "order.number"] });
  });

  test("{{order.number}} is the order the customer last named in the chat, else their latest order on file", () => {
    const turn = (entities: { type: string; value: string }[]) => ({
      type: "classification",
      payload: { messageId: "m", intent: "track_order", confidence: 0.9, alternatives: [], category: "orders", specialist: "transactions", routeReason: "", entities },
    });
    const events = [turn([{ type: "order_number", value: "4501" }]), { type: "note", payload: { body: "Customer sounded rushed", authorName: "Maya" } }, turn([{ type: "email", value: "a@b.example" }, { type: "order_number", value: "4512" }]), turn([])];
    assert.deepEqual(replyContextOf(events, "Maya Ortega", "4499"), { customerName: "Maya Ortega", orderNumber: "4512" });
    assert.deepEqual(replyContextOf([turn([])], null, "4499"), { customerName: null, orderNumber: "4499" });
    assert.deepEqual(replyContextOf([], null, null), { customerName: null, orderNumber: null });
  });

  test("a saved reply is refused with a reason when its shortcut or variables are wrong", () => {
    const ok = savedReplyInput.safeParse({ shortcut: "/Returns", title: "Returns", body: "Hi {{customer.name}}", personal: true });
    assert.equal(ok.success && ok.data.shortcut, "returns");
    const badShortcut = savedReplyInput.safeParse({ shortcut: "re turns", title: "t", body: "b", personal: true });
    assert.match(badShortcut.error!.issues[0]!.message, /A shortcut is 1–32 letters/);
    const badVariable = savedReplyInput.safeParse({ shortcut: "x", title: "t", body: "Hi {{customer.first}}", personal: true });
    assert.match(badVariable.error!.issues[0]!.message, /Only these variables/);
    // What the API reads: unknown keys, oversized and unstorable text are refused by name.
    const refused = (value: object) => savedReplyBody.safeParse({ shortcut: "x", title: "t", body: "b", personal: true, ...value }).error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    assert.match(refused({ ownerId: "someone-else" })!, /ownerId/);
    assert.match(refused({ body: "x".repeat(4001) })!, /^body: Keep a saved reply under 4000 characters/);
    assert.match(refused({ title: "Hi\u0000" })!, /^title: .*NUL character/);
    assert.equal(refused({}), undefined);
  });
});

function savedRepliesIn(name: string, open: () => Promise<TestDatabase>, skip: string | false = false) {
  describe(`saved replies in ${name}`, { skip }, () => {
    let db: Db;
    openDatabaseFor(open, (client) => (db = client));

    async function team(slug: string) {
      const workspace = await createWorkspace(db, slug);
      const person = async (name: string, role: "agent" | "supervisor") => {
        const user = await db.user.create({ data: { workspaceId: workspace.id, email: `${name}@${slug}.example`, name, passwordHash: "x", role, skills: [], languages: ["en"] } });
        return { userId: user.id, role, workspaceId: workspace.id };
      };
      return { workspace, ada: await person("ada", "agent"), ben: await person("ben", "agent"), sam: await person("sam", "supervisor") };
    }

    test("everyone sees the team's replies and only their own personal ones", async () => {
      const { ada, ben, sam } = await team(`replies-see-${name.toLowerCase()}`);
      await createSavedReply(db, sam, { shortcut: "returns", title: "Returns", body: "You have 30 days.", personal: false });
      await createSavedReply(db, ada, { shortcut: "hi", title: "Greeting", body: "Hi {{customer.name}}!", personal: true });
      assert.deepEqual((await savedRepliesFor(db, ada)).map((r) => [r.shortcut, r.personal]), [["hi", true], ["returns", false]]);
      assert.deepEqual((await savedRepliesFor(db, ben)).map((r) => r.shortcut), ["returns"]);
    });

    test("agents keep personal replies; team replies are for supervisors; nobody reaches another's personal reply", async () => {
      const { ada, ben, sam } = await team(`replies-rights-${name.toLowerCase()}`);
      await assert.rejects(createSavedReply(db, ada, { shortcut: "refund", title: "Refund", body: "b", personal: false }), (e: unknown) => e instanceof SavedReplyError && e.status === 403);
      const teamReply = await createSavedReply(db, sam, { shortcut: "refund", title: "Refund", body: "b", personal: false });
      await assert.rejects(updateSavedReply(db, ada, teamReply.id, { shortcut: "refund", title: "Mine now", body: "b", personal: false }), (e: unknown) => e instanceof SavedReplyError && e.status === 403);
      await assert.rejects(deleteSavedReply(db, ada, teamReply.id), (e: unknown) => e instanceof SavedReplyError && e.status === 403);

      const adas = await createSavedReply(db, ada, { shortcut: "late", title: "Late parcel", body: "b", personal: true });
      await assert.rejects(deleteSavedReply(db, ben, adas.id), (e: unknown) => e instanceof SavedReplyError && e.status === 404);
      await assert.rejects(deleteSavedReply(db, sam, adas.id), (e: unknown) => e instanceof SavedReplyError && e.status === 404);
      await assert.rejects(createSavedReply(db, ada, { shortcut: "late", title: "Again", body: "b", personal: true }), /already a personal reply with the shortcut \/late/);
      // The same shortcut may be both a team reply and someone's own.
      await createSavedReply(db, ada, { shortcut: "refund", title: "My refund words", body: "b", personal: true });
    });

    test("six people saving the same shortcut at once make one reply; the others are told it is taken", async () => {
      const { workspace, sam } = await team(`replies-race-${name.toLowerCase()}`);
      const settled = await Promise.allSettled(Array.from({ length: 6 }, (_, i) => createSavedReply(db, sam, { shortcut: "returns", title: `Returns ${i}`, body: "30 days.", personal: false })));
      assert.equal(settled.filter((s) => s.status === "fulfilled").length, 1);
      for (const s of settled) if (s.status === "rejected") assert.ok(s.reason instanceof SavedReplyError && s.reason.status === 409, String(s.reason));
      assert.equal(await db.cannedResponse.count({ where: { workspaceId: workspace.id, shortcut: "returns" } }), 1);
      assert.equal(await db.auditLog.count({ where: { workspaceId: workspace.id, action: "saved_reply.created" } }), 1);
    });

    test("each change is audited with who made it and what changed", async () => {
      const { workspace, sam } = await team(`replies-audit-${name.toLowerCase()}`);
      const reply = await createSavedReply(db, sam, { shortcut: "returns", title: "Returns", body: "30 days.", personal: false });
      await updateSavedReply(db, sam, reply.id, { shortcut: "returns", title: "Returns", body: "60 days.", personal: false });
      await deleteSavedReply(db, sam, reply.id);
      const log = await db.auditLog.findMany({ where: { workspaceId: workspace.id, targetId: reply.id }, orderBy: { createdAt: "asc" } });
      assert.deepEqual(log.map((e) => [e.action, e.actorId]), [["saved_reply.created", sam.userId], ["saved_reply.updated", sam.userId], ["saved_reply.deleted", sam.userId]]);
      assert.deepEqual((log[1]!.detail as { after: { body: string } }).after.body, "60 days.");
      assert.equal(await db.cannedResponse.count({ where: { workspaceId: workspace.id } }), 0);
    });
  });
}

savedRepliesIn("SQLite", sqliteDatabase);
savedRepliesIn("PostgreSQL", () => postgresDatabase("saved_replies"), await postgresSkip());
