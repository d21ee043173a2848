import type { Prisma } from "../db";

/**
 * What a customer could take elsewhere: their open orders plus a year of an active membership.
 * The router weighs it (large cancellations) and the handoff brief shows it.
 */

/** Read alongside a customer (as `include` or `select`), so the amount costs no query of its own. */
export const atStakeRecords = {
  orders: { where: { status: { in: ["pending", "paid", "shipped"] } }, select: { totalCents: true } },
  subscriptions: { where: { status: { not: "cancelled" } }, select: { priceCents: true }, take: 1 },
} satisfies Prisma.CustomerInclude;

export function atStakeCents(records: { orders: readonly { totalCents: number }[]; subscriptions: readonly { priceCents: number }[] }): number {
  return records.orders.reduce((sum, order) => sum + order.totalCents, 0) + (records.subscriptions[0]?.priceCents ?? 0) * 12;
}
