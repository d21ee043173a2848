import type { Db } from "../db";
import { audit } from "./audit";

export async function findCustomerOrder(db: Db, workspaceId: string, customerId: string, number: string) {
  return db.order.findFirst({
    where: { workspaceId, customerId, number },
    include: { items: { include: { product: true } } },
  });
}

export type CustomerOrder = NonNullable<Awaited<ReturnType<typeof findCustomerOrder>>>;

export async function latestCustomerOrder(db: Db, workspaceId: string, customerId: string) {
  return db.order.findFirst({
    where: { workspaceId, customerId },
    orderBy: { placedAt: "desc" },
    include: { items: { include: { product: true } } },
  });
}

/**
 * Cancels an order that has not shipped; its payment, less anything already refunded or waiting
 * for a refund approval, is released. The write applies only while the order is still unshipped
 * and uncancelled, so a cancellation racing another (or a refund, which needs a paid order the
 * same way) releases the money once.
 */
export async function cancelOrder(
  db: Db,
  input: { workspaceId: string; orderId: string; actor: { type: "ai" | "user"; id: string } },
): Promise<{ cancelled: true; releasedCents: number } | { cancelled: false; status: string }> {
  return db.$transaction(async (tx) => {
    const before = await tx.order.findUniqueOrThrow({ where: { id: input.orderId }, select: { status: true } });
    const { count } = await tx.order.updateMany({ where: { id: input.orderId, status: { in: ["pending", "paid"] } }, data: { status: "cancelled" } });
    const order = await tx.order.findUniqueOrThrow({ where: { id: input.orderId } });
    if (count === 0) return { cancelled: false, status: order.status };
    // Read after the write, under its row lock: a refund committed first is not released again.
    const releasedCents = before.status === "paid" ? order.totalCents - order.refundedCents : 0;
    await audit(tx, { workspaceId: input.workspaceId, actorType: input.actor.type, actorId: input.actor.id, action: "order.cancelled", targetType: "order", targetId: order.id, detail: { releasedCents } });
    return { cancelled: true, releasedCents };
  });
}

export type AddressChange = { line1: string; city: string; postalCode: string; country: string; region?: string };

/** Only orders that have not left the warehouse can be redirected. */
export async function changeShippingAddress(
  db: Db,
  input: { workspaceId: string; orderId: string; address: AddressChange; actor: { type: "ai" | "user"; id: string } },
): Promise<{ changed: boolean; reason: string }> {
  return db.$transaction(async (tx) => {
    const order = await tx.order.findUniqueOrThrow({ where: { id: input.orderId } });
    if (order.status !== "pending" && order.status !== "paid") {
      return { changed: false, reason: `Order ${order.number} has already ${order.status === "shipped" ? "shipped" : `been ${order.status}`}.` };
    }
    const previous = order.shippingAddress as Record<string, unknown>;
    const next = { ...previous, ...input.address };
    await tx.order.update({ where: { id: order.id }, data: { shippingAddress: next } });
    await audit(tx, {
      workspaceId: input.workspaceId,
      actorType: input.actor.type,
      actorId: input.actor.id,
      action: "order.address_changed",
      targetType: "order",
      targetId: order.id,
      detail: { from: previous, to: next },
    });
    return { changed: true, reason: `The shipping address of order ${order.number} is now ${input.address.line1}, ${input.address.city}.` };
  });
}
