import type { Db, Workspace } from "../db";
import { decideRefundEligibility } from "../business/refund-policy";
import { identityHash } from "../widget/identity";
import { parseWorkspaceSettings } from "../workspace/settings";

/**
 * The signed-in shopper the demo store page can pretend to be: a customer with a delivered
 * order the AI may refund on its own (inside the return window and the workspace's refund
 * limit), so the whole verified-refund flow can be tried in a minute.
 */
export interface DemoShopper {
  externalId: string;
  name: string;
  identityHash: string;
  orders: { number: string; status: string; totalCents: number; refundable: boolean }[];
}

export async function demoShopper(db: Db, workspace: Workspace, now = new Date()): Promise<DemoShopper | null> {
  const limit = parseWorkspaceSettings(workspace).authority.refundCents;
  const candidates = await db.order.findMany({
    where: { workspaceId: workspace.id, status: "delivered", totalCents: { lte: limit }, refunds: { none: {} }, customer: { externalId: { not: null } } },
    orderBy: [{ deliveredAt: "desc" }, { number: "asc" }],
    include: { customer: { include: { orders: { orderBy: { placedAt: "desc" }, include: { refunds: true } } } } },
    take: 20,
  });
  const pick = candidates.find((o) => decideRefundEligibility({ ...o, refundedCents: 0 }, now, null).eligible);
  if (!pick?.customer.externalId) return null;
  const customer = pick.customer;
  return {
    externalId: customer.externalId!,
    name: customer.name,
    identityHash: identityHash(customer.externalId!, workspace.widgetSecret),
    orders: customer.orders.map((o) => ({
      number: o.number,
      status: o.status,
      totalCents: o.totalCents,
      refundable: o.id === pick.id,
    })),
  };
}
