import type { Db, Workspace } from "../db";
import { decideRefundEligibility } from "../business/refund-policy";
import { identityHash } from "../widget/identity";
import { parseWorkspaceSettings } from "../workspace/settings";

/**
 * The signed-in shopper the demo store page pretends to be. The suggested one has a delivered
 * order the AI may refund on its own (inside the return window and the workspace's refund
 * limit), so the whole verified-refund flow can be tried in a minute.
 */
export interface DemoShopper {
  externalId: string;
  name: string;
  identityHash: string;
  orders: { number: string; status: string; totalCents: number; refundable: boolean }[];
}

export async function suggestedShopperId(db: Db, workspace: Workspace, now = new Date()): Promise<string | null> {
  const limit = parseWorkspaceSettings(workspace).authority.refundCents;
  const candidates = await db.order.findMany({
    where: { workspaceId: workspace.id, status: "delivered", totalCents: { lte: limit }, refunds: { none: {} }, customer: { externalId: { not: null } } },
    orderBy: [{ deliveredAt: "desc" }, { number: "asc" }],
    include: { customer: { select: { externalId: true } } },
    take: 20,
  });
  const pick = candidates.find((o) => decideRefundEligibility({ ...o, refundedCents: 0 }, now, null).eligible);
  return pick?.customer.externalId ?? null;
}

export async function demoShopper(db: Db, workspace: Workspace, externalId: string, now = new Date()): Promise<DemoShopper | null> {
  const customer = await db.customer.findUnique({
    where: { workspaceId_externalId: { workspaceId: workspace.id, externalId } },
    include: { orders: { orderBy: { placedAt: "desc" }, include: { refunds: true } } },
  });
  if (!customer) return null;
  const limit = parseWorkspaceSettings(workspace).authority.refundCents;
  return {
    externalId,
    name: customer.name,
    identityHash: identityHash(externalId, workspace.widgetSecret),
    orders: customer.orders.map((o) => {
      const refundedCents = o.refunds.filter((r) => r.status === "completed").reduce((sum, r) => sum + r.amountCents, 0);
      const eligible = decideRefundEligibility({ ...o, refundedCents }, now, null).eligible;
      return { number: o.number, status: o.status, totalCents: o.totalCents, refundable: eligible && o.totalCents <= limit };
    }),
  };
}
