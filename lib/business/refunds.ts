import type { Db } from "../db";
import { audit } from "./audit";
import { refundedCents } from "./orders";

export type RefundOutcome =
  | { status: "completed"; refundId: string; amountCents: number; duplicate: boolean }
  | { status: "pending_approval"; refundId: string; amountCents: number; limitCents: number; duplicate: boolean };

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
    if (!needsApproval) {
      const fullyRefunded = input.amountCents === remaining;
      if (fullyRefunded) {
        await tx.order.update({ where: { id: order.id }, data: { status: "refunded" } });
        if (payment) await tx.payment.update({ where: { id: payment.id }, data: { status: "refunded" } });
      }
    }
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
