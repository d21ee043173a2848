// Refunds racing for the same money, on SQLite and on PostgreSQL: the database lets through only
// what the order holds, and a customer whose refund lost is told the truth.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { buildTools } from "../../lib/agents/tools";
import type { ToolResult } from "../../lib/agents/tool-results";
import { cancelOrder } from "../../lib/business/orders";
import { decideRefund, RefundNotPossible, requestRefund } from "../../lib/business/refunds";
import { composeFromToolResult } from "../../lib/models/offline/reply-composer";
import { defaultAuthorityLimits } from "../../lib/workspace/settings";
import { atOnce, raceProviders, smallStore, type RaceDatabase } from "../db/race-databases";

const AI = { type: "ai" as const, id: "transactions" };

for (const provider of await raceProviders("refunds")) {
  describe(`refunds racing on ${provider.name}`, { skip: provider.skip }, () => {
    let database: RaceDatabase;
    let store: Awaited<ReturnType<typeof smallStore>>;
    before(async () => {
      database = await provider.open();
      store = await smallStore(database.db);
    });
    after(async () => database?.close());

    test("three chats asking at once for a refund of one order pay it once; the other two hear it is already refunded", async () => {
      const { db } = database;
      const order = await store.order(80_00);
      const conversations = await Promise.all([1, 2, 3].map(() => store.conversation()));
      const chats = conversations.map((conversation) =>
        buildTools("transactions", {
          db,
          workspaceId: store.workspace.id,
          conversationId: conversation.id,
          customer: store.customer,
          verified: true,
          authority: defaultAuthorityLimits,
          now: new Date(),
          onApprovalRequested: async () => assert.fail("within the AI's authority; nothing needs approval"),
        }),
      );
      const settled = await atOnce(chats.map((tools, i) => () => tools.requestRefund!.execute!({ orderNumber: order.number, reason: "arrived broken" }, { toolCallId: `call-${i}`, messages: [], context: {} }) as Promise<ToolResult>));
      const results = settled.map((s) => (s.status === "fulfilled" ? s.value : assert.fail(`a refund request failed: ${String(s.reason)}`)));

      const refunds = await db.refund.findMany({ where: { orderId: order.id } });
      assert.equal(refunds.reduce((sum, r) => sum + r.amountCents, 0), order.totalCents, "refunded exactly the order's total, once");
      const after = await db.order.findUniqueOrThrow({ where: { id: order.id }, include: { payments: true } });
      assert.equal(after.refundedCents, order.totalCents);
      assert.equal(after.status, "refunded");
      assert.deepEqual(after.payments.map((p) => p.status), ["refunded"]);

      assert.deepEqual(results.map((r) => r.kind).sort(), ["refund_completed", "refund_ineligible", "refund_ineligible"]);
      for (const result of results.filter((r) => r.kind === "refund_ineligible")) {
        const reply = composeFromToolResult(result);
        assert.match(reply, /already been refunded in full/, reply);
        assert.doesNotMatch(reply, /I've refunded|Done/, reply);
      }
    });

    test("five partial refunds at once never pay more than the order: three fit, two are refused", async () => {
      const { db } = database;
      const order = await store.order(100_00);
      const settled = await atOnce([1, 2, 3, 4, 5].map((i) => () => requestRefund(db, { workspaceId: store.workspace.id, orderId: order.id, amountCents: 30_00, reason: "partly damaged", idempotencyKey: `partial:${order.id}:${i}`, limitCents: 50_00, actor: AI })));
      assert.equal(settled.filter((s) => s.status === "fulfilled").length, 3);
      for (const s of settled) if (s.status === "rejected") assert.ok(s.reason instanceof RefundNotPossible, String(s.reason));
      const paid = await db.refund.aggregate({ where: { orderId: order.id, status: "completed" }, _sum: { amountCents: true } });
      assert.equal(paid._sum.amountCents, 90_00);
      const after = await db.order.findUniqueOrThrow({ where: { id: order.id } });
      assert.equal(after.refundedCents, 90_00);
      assert.equal(after.status, "delivered", "not refunded in full");
    });

    test("the same request sent twice at once pays once and both hear the same outcome", async () => {
      const { db } = database;
      const order = await store.order(40_00);
      const input = { workspaceId: store.workspace.id, orderId: order.id, amountCents: 25_00, reason: "late", idempotencyKey: `retry:${order.id}`, limitCents: 50_00, actor: AI };
      const [a, b, c] = await Promise.all([requestRefund(db, input), requestRefund(db, input), requestRefund(db, input)]);
      assert.equal(new Set([a.refundId, b.refundId, c.refundId]).size, 1);
      assert.equal([a, b, c].filter((o) => !o.duplicate).length, 1);
      assert.equal((await db.order.findUniqueOrThrow({ where: { id: order.id } })).refundedCents, 25_00);
    });

    test("a refund waiting for approval holds its amount until a denial gives it back", async () => {
      const { db } = database;
      const order = await store.order(120_00);
      const filed = await requestRefund(db, { workspaceId: store.workspace.id, orderId: order.id, amountCents: 120_00, reason: "never arrived", idempotencyKey: `held:${order.id}:1`, limitCents: 50_00, actor: AI });
      assert.equal(filed.status, "pending_approval");
      await assert.rejects(
        requestRefund(db, { workspaceId: store.workspace.id, orderId: order.id, amountCents: 20_00, reason: "again", idempotencyKey: `held:${order.id}:2`, limitCents: 50_00, actor: AI }),
        RefundNotPossible,
      );
      await decideRefund(db, { refundId: filed.refundId, approve: false, decidedById: store.supervisor.id, reason: "outside policy" });
      assert.equal((await db.order.findUniqueOrThrow({ where: { id: order.id } })).refundedCents, 0);
      const retry = await requestRefund(db, { workspaceId: store.workspace.id, orderId: order.id, amountCents: 20_00, reason: "again", idempotencyKey: `held:${order.id}:3`, limitCents: 50_00, actor: AI });
      assert.equal(retry.status, "completed");
    });

    test("two refunds of one order approved at once both pay and leave the order refunded", async () => {
      const { db } = database;
      const order = await store.order(100_00);
      const filed = await Promise.all(
        [1, 2].map((i) => requestRefund(db, { workspaceId: store.workspace.id, orderId: order.id, amountCents: 50_00, reason: "split", idempotencyKey: `split:${order.id}:${i}`, limitCents: 10_00, actor: AI })),
      );
      await Promise.all(filed.map((f) => decideRefund(db, { refundId: f.refundId, approve: true, decidedById: store.supervisor.id, reason: null })));
      const after = await db.order.findUniqueOrThrow({ where: { id: order.id }, include: { payments: true } });
      assert.equal(after.status, "refunded");
      assert.deepEqual(after.payments.map((p) => p.status), ["refunded"]);
    });

    test("cancelling and refunding a paid order at once never gives back more than was paid", async () => {
      const { db } = database;
      const order = await store.order(60_00, "paid");
      const [cancel1, cancel2, refund] = await atOnce<unknown>([
        () => cancelOrder(db, { workspaceId: store.workspace.id, orderId: order.id, actor: AI }),
        () => cancelOrder(db, { workspaceId: store.workspace.id, orderId: order.id, actor: AI }),
        () => requestRefund(db, { workspaceId: store.workspace.id, orderId: order.id, amountCents: 60_00, reason: "changed mind", idempotencyKey: `cancel:${order.id}`, limitCents: 100_00, actor: AI }),
      ]);
      const released = [cancel1, cancel2].reduce((sum, s) => sum + (s!.status === "fulfilled" && (s.value as { cancelled: boolean; releasedCents?: number }).cancelled ? (s.value as { releasedCents: number }).releasedCents : 0), 0);
      const cancellations = [cancel1, cancel2].filter((s) => s!.status === "fulfilled" && (s.value as { cancelled: boolean }).cancelled).length;
      assert.ok(cancellations <= 1, "cancelled once at most");
      const refunded = refund!.status === "fulfilled" ? 60_00 : 0;
      assert.equal(released + refunded, order.totalCents, `released ${released} and refunded ${refunded} of ${order.totalCents}`);
      assert.equal(await db.auditLog.count({ where: { targetId: order.id, action: "order.cancelled" } }), cancellations);
    });
  });
}
