// One approval decided at the same moment by several people, on SQLite and on PostgreSQL: one
// decision is recorded, the money moves once, and the customer is told once.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { requestRefund } from "../../lib/business/refunds";
import { decideApproval } from "../../lib/console/approval-decisions";
import { disconnectDb, getDb, type Db } from "../../lib/db";
import { atOnce, raceProviders, smallStore, type RaceDatabase } from "../db/race-databases";

for (const provider of await raceProviders("approvals")) {
  describe(`approval decisions racing on ${provider.name}`, { skip: provider.skip }, () => {
    let database: RaceDatabase;
    let db: Db;
    let store: Awaited<ReturnType<typeof smallStore>>;
    before(async () => {
      database = await provider.open();
      // Decisions run in the conversation's turn order, which the process-wide client keeps.
      process.env.DATABASE_URL = database.url;
      db = await getDb();
      store = await smallStore(db);
    });
    after(async () => {
      await disconnectDb();
      await database?.close();
    });

    async function requestOnConversation(payload: Record<string, unknown>) {
      const conversation = await store.conversation();
      const request = await db.conversationEvent.create({
        data: { workspaceId: store.workspace.id, conversationId: conversation.id, type: "approval_requested", payload: { action: "refund", limitCents: 50_00, ...payload }, actorType: "ai", actorId: "transactions" },
      });
      return { conversation, request };
    }

    async function decideAtOnce(conversationId: string, approvalEventId: string) {
      const deciders = [store.supervisor, store.supervisor, store.supervisor];
      const verdicts = ["approve", "deny", "approve"] as const;
      return atOnce(deciders.map((person, i) => () => decideApproval(db, store.staff(person), { conversationId, approvalEventId, decision: verdicts[i]!, reason: `decision ${i}` })));
    }

    async function assertDecidedOnce(conversationId: string, settled: PromiseSettledResult<unknown>[]) {
      for (const s of settled) assert.equal(s.status, "fulfilled", s.status === "rejected" ? String(s.reason) : "");
      const answers = settled.map((s) => (s as PromiseFulfilledResult<unknown>).value);
      for (const answer of answers) assert.deepEqual(answer, answers[0], "everyone is answered with the one decision");
      assert.equal(await db.conversationEvent.count({ where: { conversationId, type: "approval_decided" } }), 1);
      const told = await db.message.findMany({ where: { conversationId, author: { in: ["ai", "system"] } } });
      assert.equal(told.length, 1, `the customer was told: ${told.map((m) => m.body).join(" | ")}`);
      return answers[0] as { decision: "approved" | "denied" };
    }

    test("a refund filed for approval, decided three times at once, is decided and announced once", async () => {
      const order = await store.order(90_00);
      const filed = await requestRefund(db, { workspaceId: store.workspace.id, orderId: order.id, amountCents: 90_00, reason: "arrived broken", idempotencyKey: `filed:${order.id}`, limitCents: 50_00, actor: { type: "ai", id: "transactions" } });
      const { conversation, request } = await requestOnConversation({ refundId: filed.refundId, orderNumber: order.number, amountCents: 90_00 });
      const decided = await assertDecidedOnce(conversation.id, await decideAtOnce(conversation.id, request.id));

      const refund = await db.refund.findUniqueOrThrow({ where: { id: filed.refundId } });
      assert.equal(refund.status, decided.decision === "approved" ? "completed" : "denied");
      const after = await db.order.findUniqueOrThrow({ where: { id: order.id } });
      assert.equal(after.refundedCents, decided.decision === "approved" ? 90_00 : 0);
      assert.equal(await db.auditLog.count({ where: { targetId: order.id, action: { in: ["refund.approved", "refund.denied"] } } }), 1);
    });

    test("an amount the customer named, approved three times at once, is refunded once", async () => {
      const order = await store.order(70_00);
      const { conversation, request } = await requestOnConversation({ orderNumber: order.number, amountCents: 70_00 });
      const deciders = [store.supervisor, store.supervisor, store.supervisor];
      const settled = await atOnce(deciders.map((person) => () => decideApproval(db, store.staff(person), { conversationId: conversation.id, approvalEventId: request.id, decision: "approve", reason: null })));
      await assertDecidedOnce(conversation.id, settled);
      const refunds = await db.refund.findMany({ where: { orderId: order.id } });
      assert.deepEqual(refunds.map((r) => [r.status, r.amountCents]), [["completed", 70_00]]);
      assert.equal((await db.order.findUniqueOrThrow({ where: { id: order.id } })).refundedCents, 70_00);
    });
  });
}
