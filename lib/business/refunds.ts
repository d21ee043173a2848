import type { Db, Prisma } from "../db";
import { audit } from "./audit";
import { refundedCents } from "./orders";

export type RefundOutcome =
  | { status: "completed"; refundId: string; amountCents: number; duplicate: boolean }
  | { status: "pending_approval"; refundId: string; amountCents: number; limitCents: number; duplicate: boolean };

/** A refund that empties the order marks the order and its payment refunded. */
async function settleOrder(tx: Prisma.TransactionClient, orderId: string, paymentId: string | null, fullyRefunded: boolean): Promise<void> {
  if (!fullyRefunded) return;
  await tx.order.update({ where: { id: orderId }, data: { status: "refunded" } });
  if (paymentId) await tx.payment.update({ where: { id: paymentId }, data: { status: "refunded" } });
}

/**
 * Issues a refund, or files it for a person's approval when it is above the AI's authority.
 * The idempotency key makes a retried request return the first outcome instead of paying twice,
 * and the refundable balance is re-read inside the transaction so two requests racing for the
 * same order cannot both succeed.
 */
export async function requestRefund(
  db: Db,
  input: {
    workspaceId: string;
    orderId: string;
    amountCents: number;
    reason: string;
    idempotencyKey: string;
    limitCents: number;
    actor: { type: "ai" | "user"; id: string };
  },
): Promise<RefundOutcome> {
  return db.$transaction(async (tx) => {
    const existing = await tx.refund.findUnique({ where: { idempotencyKey: input.idempotencyKey } });
    if (existing) {
      return existing.status === "pending_approval"
        ? { status: "pending_approval", refundId: existing.id, amountCents: existing.amountCents, limitCents: input.limitCents, duplicate: true }
        : { status: "completed", refundId: existing.id, amountCents: existing.amountCents, duplicate: true };
    }
    const order = await tx.order.findUniqueOrThrow({ where: { id: input.orderId }, include: { refunds: true, payments: true } });
    const remaining = order.totalCents - refundedCents(order);
    if (input.amountCents <= 0 || input.amountCents > remaining) {
      throw new Error(`Refund of ${input.amountCents} cents exceeds the ${remaining} cents left on order ${order.number}.`);
    }
    const payment = order.payments.find((p) => p.status === "succeeded") ?? null;
    const needsApproval = input.amountCents > input.limitCents;
    const refund = await tx.refund.create({
      data: {
        workspaceId: input.workspaceId,
        orderId: order.id,
        paymentId: payment?.id ?? null,
        amountCents: input.amountCents,
        reason: input.reason,
        status: needsApproval ? "pending_approval" : "completed",
        idempotencyKey: input.idempotencyKey,
        requestedBy: input.actor.type,
        decidedAt: needsApproval ? null : new Date(),
      },
    });
    if (!needsApproval) await settleOrder(tx, order.id, payment?.id ?? null, input.amountCents === remaining);
    await audit(tx, {
      workspaceId: input.workspaceId,
      actorType: input.actor.type,
      actorId: input.actor.id,
      action: needsApproval ? "refund.approval_requested" : "refund.completed",
      targetType: "order",
      targetId: order.id,
      detail: { refundId: refund.id, amountCents: input.amountCents, reason: input.reason, limitCents: input.limitCents },
    });
    return needsApproval
      ? { status: "pending_approval", refundId: refund.id, amountCents: refund.amountCents, limitCents: input.limitCents, duplicate: false }
      : { status: "completed", refundId: refund.id, amountCents: refund.amountCents, duplicate: false };
  });
}

export class RefundNotPossible extends Error {}

export interface RefundDecision {
  refundId: string;
  status: "completed" | "denied";
  amountCents: number;
  orderId: string;
  decidedById: string;
  decidedAt: Date;
  /** True when the refund had already been decided; the first decision is returned unchanged. */
  duplicate: boolean;
}

/**
 * A person's decision on a refund filed for approval. Approving pays it out exactly as a refund
 * within the limit would; the status change is conditional on the refund still waiting, so two
 * people deciding at once (or one deciding twice) produce one decision, the first.
 */
export async function decideRefund(
  db: Db,
  input: { refundId: string; approve: boolean; decidedById: string; reason: string | null; now?: Date },
): Promise<RefundDecision> {
  return db.$transaction(async (tx) => {
    const refund = await tx.refund.findUniqueOrThrow({ where: { id: input.refundId } });
    const decided = (row: typeof refund, duplicate: boolean): RefundDecision => ({
      refundId: row.id,
      status: row.status === "completed" ? "completed" : "denied",
      amountCents: row.amountCents,
      orderId: row.orderId,
      decidedById: row.decidedById ?? "",
      decidedAt: row.decidedAt ?? row.createdAt,
      duplicate,
    });
    if (refund.status !== "pending_approval") return decided(refund, true);

    const order = await tx.order.findUniqueOrThrow({ where: { id: refund.orderId }, include: { refunds: true } });
    const remaining = order.totalCents - refundedCents(order);
    if (input.approve && refund.amountCents > remaining) {
      throw new RefundNotPossible(`Only ${remaining} cents are left to refund on order ${order.number}; the ${refund.amountCents} cents asked for can no longer be paid.`);
    }
    const decidedAt = input.now ?? new Date();
    const { count } = await tx.refund.updateMany({
      where: { id: refund.id, status: "pending_approval" },
      data: { status: input.approve ? "completed" : "denied", decidedById: input.decidedById, decidedAt },
    });
    if (count === 0) return decided(await tx.refund.findUniqueOrThrow({ where: { id: refund.id } }), true);
    if (input.approve) await settleOrder(tx, order.id, refund.paymentId, refund.amountCents === remaining);
    await audit(tx, {
      workspaceId: refund.workspaceId,
      actorType: "user",
      actorId: input.decidedById,
      action: input.approve ? "refund.approved" : "refund.denied",
      targetType: "order",
      targetId: order.id,
      detail: { refundId: refund.id, amountCents: refund.amountCents, reason: input.reason },
    });
    return decided(await tx.refund.findUniqueOrThrow({ where: { id: refund.id } }), false);
  });
}
