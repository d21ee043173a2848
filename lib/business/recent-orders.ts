import type { Db } from "../db";
import { ConnectorFailure, type ConnectorCustomer } from "./connector";
import { workspaceConnector } from "./workspace-connector";

/**
 * A customer's recent orders as the people helping them see them (the console's account panel,
 * the handoff brief): from the demo store's tables, or from the business's own system when order
 * lookups go there. A shop that cannot be read says so rather than showing the desk's stale or
 * empty tables as if they were the truth.
 */

export interface RecentOrder {
  number: string;
  status: string;
  totalCents: number;
  currency: string;
  placedAt: Date;
}

export type RecentOrders = { orders: RecentOrder[]; unreachable: null } | { orders: []; unreachable: string };

export async function recentOrders(db: Db, input: { workspaceId: string; customer: ConnectorCustomer; stored: unknown; take: number; now: Date }): Promise<RecentOrders> {
  const connector = workspaceConnector({ db, workspaceId: input.workspaceId, actor: { type: "user", id: "console" }, now: input.now, stored: input.stored });
  if (connector.kindOf("lookupOrder") === "demo") {
    const orders = await db.order.findMany({ where: { customerId: input.customer.id }, orderBy: { placedAt: "desc" }, take: input.take });
    return { orders, unreachable: null };
  }
  try {
    // The connector contract reads one order at a time; with no number the shop answers with the latest.
    const found = await connector.run("lookupOrder", { customer: input.customer, input: { orderNumber: null }, idempotencyKey: `lookupOrder:recent:${input.customer.id}` });
    if (!found.found) return { orders: [], unreachable: null };
    const { number, status, totalCents, currency, placedAt } = found.order;
    return { orders: [{ number, status, totalCents, currency, placedAt: new Date(placedAt) }], unreachable: null };
  } catch (error) {
    if (!(error instanceof ConnectorFailure)) throw error;
    return { orders: [], unreachable: error.detail };
  }
}
