import type { Db } from "../db";
import { ConnectorFailure, type ActionCall, type ActionResult, type ConnectorAction, type OrderRecord } from "./connector";
import { accountLinkBase, requestEmailChange, sendPasswordReset } from "./account";
import { cancelOrder, changeShippingAddress, findCustomerOrder, latestCustomerOrder, type CustomerOrder } from "./orders";
import { decideRefundEligibility } from "./refund-policy";
import { RefundNotPossible, requestRefund } from "./refunds";
import { activeSubscription, cancelSubscription, changePlan } from "./subscriptions";
import { formatMoney } from "./money";

/**
 * The built-in demo store as a connector: each action is the store's own function over its
 * tables, with their guarantees (refunds reserved on the order row, idempotency keys, approvals
 * above the AI's authority, conditional writes for cancellations).
 */

export interface DemoScope {
  db: Db;
  workspaceId: string;
  actor: { type: "ai" | "user"; id: string };
  now: Date;
}

function record(order: CustomerOrder): OrderRecord {
  return {
    number: order.number,
    status: order.status,
    placedAt: order.placedAt.toISOString(),
    totalCents: order.totalCents,
    currency: order.currency,
    trackingNumber: order.trackingNumber,
    items: order.items.map((i) => (i.quantity > 1 ? `${i.quantity} × ${i.product.name}` : i.product.name)),
    deliveredAt: order.deliveredAt?.toISOString() ?? null,
    refundedCents: order.refundedCents,
  };
}

type Handlers = { [A in ConnectorAction]: (call: ActionCall<A>) => Promise<ActionResult<A>> };

function linkBaseFor(action: ConnectorAction): string {
  const base = accountLinkBase();
  if (!base) throw new ConnectorFailure(action, "not_configured", "DESK_PUBLIC_URL is not set, so a link in an email would not open", 0);
  return base;
}

export function demoStoreActions(scope: DemoScope): Handlers {
  const { db, workspaceId, actor } = scope;
  const order = (customerId: string, number: string | null) =>
    number ? findCustomerOrder(db, workspaceId, customerId, number) : latestCustomerOrder(db, workspaceId, customerId);

  return {
    lookupCustomer: async ({ customer }) => {
      const row = await db.customer.findFirstOrThrow({ where: { id: customer.id, workspaceId } });
      const membership = await activeSubscription(db, row.id);
      return { name: row.name, email: row.email, tier: row.tier, membership: membership ? { plan: membership.plan, status: membership.status } : null };
    },
    lookupOrder: async ({ customer, input }) => {
      const found = await order(customer.id, input.orderNumber);
      return found ? { found: true, order: record(found) } : { found: false };
    },
    refund: async ({ customer, input, idempotencyKey }) => {
      const found = await order(customer.id, input.orderNumber);
      if (!found) return { outcome: "refused", reason: `There is no order ${input.orderNumber} on this account.` };
      const membership = await activeSubscription(db, customer.id);
      const eligibility = decideRefundEligibility(found, scope.now, membership?.plan ?? null);
      if (!eligibility.eligible) return { outcome: "refused", reason: eligibility.reason };
      const amountCents = Math.min(input.amountCents, eligibility.refundableCents);
      try {
        const outcome = await requestRefund(db, { workspaceId, orderId: found.id, amountCents, reason: input.reason, idempotencyKey, limitCents: input.limitCents, actor });
        return outcome.status === "pending_approval"
          ? { outcome: "pending_approval", refundId: outcome.refundId, amountCents: outcome.amountCents, duplicate: outcome.duplicate }
          : { outcome: "refunded", amountCents: outcome.amountCents, duplicate: outcome.duplicate };
      } catch (error) {
        if (!(error instanceof RefundNotPossible)) throw error;
        // Another refund of this order (from another chat, or a person) took the money since it
        // was read: the customer hears what is true now, never that this one was paid.
        const now = (await order(customer.id, found.number)) ?? found;
        const recheck = decideRefundEligibility(now, scope.now, membership?.plan ?? null);
        const reason = recheck.eligible ? `only ${formatMoney(recheck.refundableCents, now.currency)} is left to refund on it, less than the amount asked for.` : recheck.reason;
        return { outcome: "refused", reason };
      }
    },
    cancelOrder: async ({ customer, input }) => {
      const found = await order(customer.id, input.orderNumber);
      if (!found) return { outcome: "refused", reason: `There is no order ${input.orderNumber} on this account.` };
      if (found.status !== "pending" && found.status !== "paid") {
        return { outcome: "refused", reason: `it has already ${found.status === "shipped" ? "shipped; once it arrives you can return it instead" : `been ${found.status}`}.` };
      }
      const result = await cancelOrder(db, { workspaceId, orderId: found.id, actor });
      if (result.cancelled) return { outcome: "cancelled", releasedCents: result.releasedCents };
      return {
        outcome: "refused",
        reason: result.status === "cancelled" ? "it was cancelled a moment ago, and its payment released once." : `it has ${result.status === "shipped" ? "just shipped; once it arrives you can return it instead" : `just been ${result.status}`}.`,
      };
    },
    changeAddress: async ({ customer, input }) => {
      const found = await order(customer.id, input.orderNumber);
      if (!found) return { outcome: "refused", reason: `There is no order ${input.orderNumber} on this account.` };
      const result = await changeShippingAddress(db, { workspaceId, orderId: found.id, address: input.address, actor });
      return result.changed ? { outcome: "changed" } : { outcome: "refused", reason: result.reason };
    },
    changeSubscription: async ({ customer, input }) => {
      const subscription = await activeSubscription(db, customer.id);
      if (!subscription) return { outcome: "no_subscription" };
      if (input.change === "cancel") {
        const result = await cancelSubscription(db, { workspaceId, subscriptionId: subscription.id, actor });
        return { outcome: "changed", plan: result.plan, from: result.plan, effectiveAt: result.endsAt.toISOString(), alreadyDone: result.alreadyCancelled };
      }
      const result = await changePlan(db, { workspaceId, subscriptionId: subscription.id, plan: input.change, actor });
      return { outcome: "changed", plan: result.to, from: result.from, effectiveAt: result.effectiveAt.toISOString(), alreadyDone: !result.changed };
    },
    passwordReset: async ({ customer }) => {
      const sent = await sendPasswordReset(db, { workspaceId, customerId: customer.id, linkBase: linkBaseFor("passwordReset"), actor, now: scope.now });
      return { outcome: "sent", sentTo: sent.sentTo, expiresInMinutes: sent.expiresInMinutes };
    },
    emailChange: async ({ customer, input }) =>
      requestEmailChange(db, { workspaceId, customerId: customer.id, newEmail: input.newEmail, linkBase: linkBaseFor("emailChange"), actor, now: scope.now }),
  };
}
