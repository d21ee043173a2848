import { test } from "node:test";
import assert from "node:assert/strict";
import type { Db } from "../../lib/db";
import { decideRefund, requestRefund } from "../../lib/business/refunds";
import { openDemoDatabaseFor } from "../agents/pipeline-harness";

let db: Db;
let workspaceId: string;
openDemoDatabaseFor((demo) => ({ db, workspaceId } = demo));

async function pendingRefundOnFreshOrder(key: string) {
  const order = await db.order.findFirstOrThrow({
    where: { workspaceId, status: "delivered", totalCents: { gt: 100_00 }, refunds: { none: {} }, payments: { some: { status: "succeeded" } } },
    orderBy: { number: "asc" },
  });
  const filed = await requestRefund(db, { workspaceId, orderId: order.id, amountCents: order.totalCents, reason: "arrived broken", idempotencyKey: key, limitCents: 100_00, actor: { type: "ai", id: "transactions" } });
  assert.equal(filed.status, "pending_approval");
  return { order, refundId: filed.refundId };
}

test("approving a pending refund pays it like any refund: the order and its payment are refunded", async () => {
  const { order, refundId } = await pendingRefundOnFreshOrder("test:approve");
  const supervisor = await db.user.findFirstOrThrow({ where: { workspaceId, role: "supervisor" } });
  const decided = await decideRefund(db, { refundId, approve: true, decidedById: supervisor.id, reason: "long-standing customer" });
  assert.equal(decided.status, "completed");
  assert.equal(decided.duplicate, false);
  assert.equal(decided.decidedById, supervisor.id);
  assert.equal((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status, "refunded");
  assert.equal((await db.payment.findFirstOrThrow({ where: { orderId: order.id } })).status, "refunded");
  const audits = await db.auditLog.findMany({ where: { targetId: order.id, action: "refund.approved" } });
  assert.equal(audits.length, 1);
  assert.equal(audits[0]!.actorId, supervisor.id);
});

test("deciding a refund twice is a no-op that returns the first decision", async () => {
  const { order, refundId } = await pendingRefundOnFreshOrder("test:twice");
  const [maya, supervisor] = await Promise.all([
    db.user.findFirstOrThrow({ where: { workspaceId, role: "agent" } }),
    db.user.findFirstOrThrow({ where: { workspaceId, role: "supervisor" } }),
  ]);
  const first = await decideRefund(db, { refundId, approve: false, decidedById: maya.id, reason: "outside policy" });
  const again = await decideRefund(db, { refundId, approve: true, decidedById: supervisor.id, reason: null });
  assert.equal(first.status, "denied");
  assert.deepEqual({ ...again, duplicate: false }, first);
  assert.equal(again.duplicate, true);
  assert.equal((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status, "delivered");
  assert.equal(await db.auditLog.count({ where: { targetId: order.id, action: { in: ["refund.approved", "refund.denied"] } } }), 1);
});

test("two people approving at the same moment pay once", async () => {
  const { order, refundId } = await pendingRefundOnFreshOrder("test:race");
  const supervisor = await db.user.findFirstOrThrow({ where: { workspaceId, role: "supervisor" } });
  const decisions = await Promise.all([1, 2, 3].map(() => decideRefund(db, { refundId, approve: true, decidedById: supervisor.id, reason: null })));
  assert.equal(decisions.filter((d) => !d.duplicate).length, 1);
  assert.ok(decisions.every((d) => d.status === "completed"));
  assert.equal(await db.refund.count({ where: { orderId: order.id, status: "completed" } }), 1);
});
