import type { Db, OrderStatus, Prisma, Refund } from "../db";
import { audit } from "./audit";

type Tx = Prisma.TransactionClient;

export type RefundOutcome =
  | { status: "completed"; refundId: string; amountCents: number; duplicate: boolean }
  | { status: "pending_approval"; refundId: string; amountCents: number; limitCents: number; duplicate: boolean };

/** The refund cannot be paid: the order has less left to refund than asked, or cannot be refunded at all. */
export class RefundNotPossible extends Error {
  constructor(
    message: string,
    readonly remainingCents: number,
  ) {
    super(message);
  }
}

// An unpaid order has nothing to refund, a cancelled one had its payment released, and a refunded
// one has nothing left.
const REFUNDABLE: OrderStatus[] = ["paid", "shipped", "delivered", "returned"];

/**
 * Takes `amountCents` out of what is left to refund on the order, with one conditional write that
 * applies only while that much is still left: of refunds racing for the same money, on one
 * instance or several, the database lets through only what the order holds. Refunds waiting for
 * approval hold their amount too, so an approval can always be paid.
 */
async function reserve(tx: Tx, order: { id: string; number: string; totalCents: number }, amountCents: number): Promise<void> {
  const { count } = await tx.order.updateMany({
    where: { id: order.id, status: { in: REFUNDABLE }, refundedCents: { lte: order.totalCents - amountCents } },
    data: { refundedCents: { increment: amountCents } },
  });
  if (count === 1) return;
  const now = await tx.order.findUniqueOrThrow({ where: { id: order.id }, select: { status: true, refundedCents: true } });
  const remaining = REFUNDABLE.includes(now.status) ? Math.max(0, order.totalCents - now.refundedCents) : 0;
  throw new RefundNotPossible(`Refund of ${amountCents} cents exceeds the ${remaining} cents left on order ${order.number}.`, remaining);
}

/**
 * Once everything on the order is paid back (nothing is still waiting for approval), the order and
 * its payments are refunded. Callers have written the order row in this transaction, so refunds of
 * one order reach this point one after another and the last of them sees the others.
 */
async function settleWhenPaidInFull(tx: Tx, orderId: string): Promise<void> {
  const order = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    select: { totalCents: true, refundedCents: true, refunds: { where: { status: "pending_approval" }, select: { id: true } } },
  });
  if (order.refundedCents < order.totalCents || order.refunds.length > 0) return;
  await tx.order.update({ where: { id: orderId }, data: { status: "refunded" } });
  await tx.payment.updateMany({ where: { orderId, status: "succeeded" }, data: { status: "refunded" } });
}

function outcomeOf(refund: Refund, limitCents: number, duplicate: boolean): RefundOutcome {
  return refund.status === "pending_approval"
    ? { status: "pending_approval", refundId: refund.id, amountCents: refund.amountCents, limitCents, duplicate }
    : { status: "completed", refundId: refund.id, amountCents: refund.amountCents, duplicate };
}

export interface RefundRequest {
  workspaceId: string;
  orderId: string;
  amountCents: number;
  reason: string;
  idempotencyKey: string;
  limitCents: number;
  actor: { type: "ai" | "user"; id: string };
}

/** `requestRefund` inside a caller's transaction, for a refund that must commit with other writes. */
export async function requestRefundInTransaction(tx: Tx, input: RefundRequest): Promise<RefundOutcome> {
  const existing = await tx.refund.findUnique({ where: { idempotencyKey: input.idempotencyKey } });
  if (existing) return outcomeOf(existing, input.limitCents, true);
  const order = await tx.order.findUniqueOrThrow({ where: { id: input.orderId }, include: { payments: true } });
  if (input.amountCents <= 0) throw new RefundNotPossible(`A refund must be more than nothing; ${input.amountCents} cents was asked on order ${order.number}.`, order.totalCents - order.refundedCents);
  await reserve(tx, order, input.amountCents);
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
  if (!needsApproval) await settleWhenPaidInFull(tx, order.id);
  await audit(tx, {
    workspaceId: input.workspaceId,
    actorType: input.actor.type,
    actorId: input.actor.id,
    action: needsApproval ? "refund.approval_requested" : "refund.completed",
    targetType: "order",
    targetId: order.id,
    detail: { refundId: refund.id, amountCents: input.amountCents, reason: input.reason, limitCents: input.limitCents },
  });
  return outcomeOf(refund, input.limitCents, false);
}

/**
 * Refunds racing for one order wait in turn for its row; on a busy machine the defaults (2 s to
 * start, 5 s to finish) would fail a customer's refund that only had to wait its turn.
 */
export const MONEY_TRANSACTION = { maxWait: 15_000, timeout: 30_000 };

/**
 * Issues a refund, or files it for a person's approval when it is above the AI's authority.
 * The idempotency key makes a retried request return the first outcome instead of paying twice;
 * refunds with different keys share the order's refundable balance, which the database guards.
 * Throws RefundNotPossible when the order no longer has the amount left.
 */
export async function requestRefund(db: Db, input: RefundRequest): Promise<RefundOutcome> {
  try {
    return await db.$transaction((tx) => requestRefundInTransaction(tx, input), MONEY_TRANSACTION);
  } catch (error) {
    // The same request made twice at once: the one that lost (on the key, or on the balance the
    // first one took) answers with the first one's outcome.
    const first = await db.refund.findUnique({ where: { idempotencyKey: input.idempotencyKey } });
    if (first) return outcomeOf(first, input.limitCents, true);
    throw error;
  }
}

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

function decisionOf(row: Refund, duplicate: boolean): RefundDecision {
  return {
    refundId: row.id,
    status: row.status === "completed" ? "completed" : "denied",
    amountCents: row.amountCents,
    orderId: row.orderId,
    decidedById: row.decidedById ?? "",
    decidedAt: row.decidedAt ?? row.createdAt,
    duplicate,
  };
}

export interface RefundDecisionInput {
  refundId: string;
  approve: boolean;
  decidedById: string;
  reason: string | null;
  now?: Date;
}

/** `decideRefund` inside a caller's transaction, so the decision commits with its record. */
export async function decideRefundInTransaction(tx: Tx, input: RefundDecisionInput): Promise<RefundDecision> {
  const refund = await tx.refund.findUniqueOrThrow({ where: { id: input.refundId } });
  if (refund.status !== "pending_approval") return decisionOf(refund, true);
  const decidedAt = input.now ?? new Date();
  const { count } = await tx.refund.updateMany({
    where: { id: refund.id, status: "pending_approval" },
    data: { status: input.approve ? "completed" : "denied", decidedById: input.decidedById, decidedAt },
  });
  if (count === 0) return decisionOf(await tx.refund.findUniqueOrThrow({ where: { id: refund.id } }), true);
  if (input.approve) {
    // The amount was reserved when the refund was filed; writing the order row lines this
    // decision up behind any other on the same order before checking whether it is paid in full.
    await tx.order.update({ where: { id: refund.orderId }, data: { updatedAt: decidedAt } });
    await settleWhenPaidInFull(tx, refund.orderId);
  } else {
    await tx.order.update({ where: { id: refund.orderId }, data: { refundedCents: { decrement: refund.amountCents } } });
  }
  await audit(tx, {
    workspaceId: refund.workspaceId,
    actorType: "user",
    actorId: input.decidedById,
    action: input.approve ? "refund.approved" : "refund.denied",
    targetType: "order",
    targetId: refund.orderId,
    detail: { refundId: refund.id, amountCents: refund.amountCents, reason: input.reason },
  });
  return decisionOf(await tx.refund.findUniqueOrThrow({ where: { id: refund.id } }), false);
}

/**
 * A person's decision on a refund filed for approval. Approving pays the amount the refund
 * reserved; denying gives it back to the order. The status change is conditional on the refund
 * still waiting, so two people deciding at once (or one deciding twice) produce one decision,
 * the first.
 */
export async function decideRefund(db: Db, input: RefundDecisionInput): Promise<RefundDecision> {
  return db.$transaction((tx) => decideRefundInTransaction(tx, input), MONEY_TRANSACTION);
}
