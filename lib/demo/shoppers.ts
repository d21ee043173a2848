import { z } from "zod";
import type { Db, Workspace } from "../db";
import { decideRefundEligibility } from "../business/refund-policy";
import type { DeskMode } from "../desk-mode";
import { identityHash } from "../widget/identity";
import { parseWorkspaceSettings } from "../workspace/settings";
import { DEMO_STORE_MARKER, demoWorkspaceSlug } from "./seed";

/** The demo workspace and the made-up shoppers its seed created: the only ones the demo page signs for. */
export interface DemoStore {
  workspace: Workspace;
  shopperIds: ReadonlySet<string>;
}

const storeMarkerDetail = z.object({ shoppers: z.array(z.string()) });

/** The demo store, when the seed made one in this database; null otherwise (whatever the workspaces are called). */
export async function findDemoStore(db: Db): Promise<DemoStore | null> {
  const workspace = await db.workspace.findUnique({ where: { slug: demoWorkspaceSlug } });
  if (!workspace) return null;
  const marker = await db.auditLog.findFirst({ where: { workspaceId: workspace.id, action: DEMO_STORE_MARKER } });
  const detail = storeMarkerDetail.safeParse(marker?.detail);
  return detail.success ? { workspace, shopperIds: new Set(detail.data.shoppers) } : null;
}

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

export async function suggestedShopperId(db: Db, { workspace, shopperIds }: DemoStore, now = new Date()): Promise<string | null> {
  const limit = parseWorkspaceSettings(workspace).authority.refundCents;
  const candidates = await db.order.findMany({
    where: { workspaceId: workspace.id, status: "delivered", totalCents: { lte: limit }, refunds: { none: {} }, customer: { externalId: { in: [...shopperIds] } } },
    orderBy: [{ deliveredAt: "desc" }, { number: "asc" }],
    include: { customer: { select: { externalId: true } } },
    take: 20,
  });
  const pick = candidates.find((o) => decideRefundEligibility(o, now, null).eligible);
  return pick?.customer.externalId ?? null;
}

/**
 * A demo shopper with the identity proof the page hands the widget; null for anyone the seed did
 * not make up, so the page can never sign for a real customer.
 */
export async function demoShopper(db: Db, { workspace, shopperIds }: DemoStore, externalId: string, now = new Date()): Promise<DemoShopper | null> {
  if (!shopperIds.has(externalId)) return null;
  const customer = await db.customer.findUnique({
    where: { workspaceId_externalId: { workspaceId: workspace.id, externalId } },
    include: { orders: { orderBy: { placedAt: "desc" } } },
  });
  if (!customer) return null;
  const limit = parseWorkspaceSettings(workspace).authority.refundCents;
  return {
    externalId,
    name: customer.name,
    identityHash: identityHash(externalId, workspace.widgetSecret),
    orders: customer.orders.map((o) => {
      const eligible = decideRefundEligibility(o, now, null).eligible;
      return { number: o.number, status: o.status, totalCents: o.totalCents, refundable: eligible && o.totalCents <= limit };
    }),
  };
}

export interface DemoStoreVisit {
  /** The shopper the visitor signed in as, with the identity proof for the widget. */
  signedIn: DemoShopper | null;
  /** Whom the page suggests signing in as, when nobody is signed in. */
  suggested: { externalId: string; name: string } | null;
}

/**
 * What the demo store page shows for `?as=…`; null when there is no demo store to show, which is
 * always the case in production mode, so the page answers 404 there.
 */
export async function demoStoreVisit(db: Db, mode: DeskMode, as: string | undefined, now = new Date()): Promise<DemoStoreVisit | null> {
  if (mode !== "demo") return null;
  const store = await findDemoStore(db);
  if (!store) return null;
  const signedIn = as ? await demoShopper(db, store, as, now) : null;
  if (signedIn) return { signedIn, suggested: null };
  const suggestedId = await suggestedShopperId(db, store, now);
  const suggested = suggestedId ? await demoShopper(db, store, suggestedId, now) : null;
  return { signedIn: null, suggested: suggested ? { externalId: suggested.externalId, name: suggested.name } : null };
}
