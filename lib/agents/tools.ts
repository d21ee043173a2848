import { tool, zodSchema, type ToolSet } from "ai";
import { z } from "zod";
import type { Customer, Db } from "../db";
import type { AuthorityLimits } from "../workspace/settings";
import { sendPasswordReset } from "../business/account";
import { cancelOrder, changeShippingAddress, findCustomerOrder, latestCustomerOrder, type CustomerOrder } from "../business/orders";
import { decideRefundEligibility } from "../business/refund-policy";
import { RefundNotPossible, requestRefund, type RefundOutcome } from "../business/refunds";
import { activeSubscription, cancelSubscription, changePlan } from "../business/subscriptions";
import { audit } from "../business/audit";
import { formatMoney } from "../business/money";
import type { OrderView, ToolResult } from "./tool-results";
import type { SpecialistName } from "./specialists";

/**
 * The actions each specialist may take, bound to one conversation's customer. Every tool that
 * reads or changes an account checks that the customer proved who they are in this conversation;
 * the refund tool files anything above the AI's authority for a person's approval.
 */
export interface ToolContext {
  db: Db;
  workspaceId: string;
  conversationId: string;
  customer: Customer | null;
  verified: boolean;
  authority: AuthorityLimits;
  now: Date;
  /** Called when an action needs a person's approval, so the pipeline can log and route it. */
  onApprovalRequested: (request: { refundId: string; orderNumber: string; amountCents: number; limitCents: number }) => Promise<void>;
}

const AI_ACTOR = { type: "ai" as const, id: "transactions" };

function view(order: CustomerOrder): OrderView {
  return {
    number: order.number,
    status: order.status,
    placedAt: order.placedAt.toISOString(),
    totalCents: order.totalCents,
    currency: order.currency,
    trackingNumber: order.trackingNumber,
    items: order.items.map((i) => (i.quantity > 1 ? `${i.quantity} × ${i.product.name}` : i.product.name)),
  };
}

const orderNumberInput = z.string().regex(/^\d{3,12}$/).optional().describe("The order number the customer gave, digits only");

// Tools are bound to a conversation on every turn; their input schemas (and the JSON schemas the
// model is shown) are built once.
const inputs = {
  order: zodSchema(z.object({ orderNumber: orderNumberInput })),
  refund: zodSchema(
    z.object({
      orderNumber: orderNumberInput,
      amountCents: z.number().int().positive().optional().describe("Partial amount in cents; the whole remaining amount if omitted"),
      reason: z.string().max(300),
    }),
  ),
  address: zodSchema(
    z.object({
      orderNumber: orderNumberInput,
      line1: z.string().min(3).max(120).optional(),
      city: z.string().min(2).max(80).optional(),
      postalCode: z.string().min(3).max(12).optional(),
      country: z.string().length(2).optional(),
    }),
  ),
  none: zodSchema(z.object({})),
  plan: zodSchema(z.object({ plan: z.enum(["basic", "pro", "premium"]).optional() })),
  newEmail: zodSchema(z.object({ newEmail: z.string().email().max(254).optional() })),
};

export function buildTools(specialist: SpecialistName, ctx: ToolContext): ToolSet {
  async function resolveOrder(orderNumber: string | undefined): Promise<CustomerOrder | null> {
    if (!ctx.customer) return null;
    return orderNumber
      ? findCustomerOrder(ctx.db, ctx.workspaceId, ctx.customer.id, orderNumber)
      : latestCustomerOrder(ctx.db, ctx.workspaceId, ctx.customer.id);
  }

  function guard(action: string): ToolResult | null {
    return ctx.verified && ctx.customer ? null : { kind: "verification_required", action };
  }

  const transactions: ToolSet = {
    lookupOrder: tool({
      description: "Look up the status, items and tracking of one of the customer's orders (latest if no number).",
      inputSchema: inputs.order,
      execute: async ({ orderNumber }): Promise<ToolResult> => {
        const denied = guard("look up your order");
        if (denied) return denied;
        const order = await resolveOrder(orderNumber);
        return order ? { kind: "order_status", order: view(order) } : { kind: "order_not_found", orderNumber: orderNumber ?? null };
      },
    }),
    requestRefund: tool({
      description: "Refund an order within the refund policy. Amounts above the AI's limit are sent for a person's approval.",
      inputSchema: inputs.refund,
      execute: async ({ orderNumber, amountCents, reason }): Promise<ToolResult> => {
        const denied = guard("refund an order");
        if (denied) return denied;
        if (!orderNumber) return { kind: "order_not_found", orderNumber: null };
        const order = await resolveOrder(orderNumber);
        if (!order) return { kind: "order_not_found", orderNumber };
        const membership = await activeSubscription(ctx.db, order.customerId);
        const eligibility = decideRefundEligibility(order, ctx.now, membership?.plan ?? null);
        if (!eligibility.eligible) return { kind: "refund_ineligible", order: view(order), reason: eligibility.reason };
        const amount = Math.min(amountCents ?? eligibility.refundableCents, eligibility.refundableCents);
        let outcome: RefundOutcome;
        try {
          // One refund per order per conversation: a retried or repeated request returns the first outcome.
          outcome = await requestRefund(ctx.db, {
            workspaceId: ctx.workspaceId,
            orderId: order.id,
            amountCents: amount,
            reason,
            idempotencyKey: `refund:${ctx.conversationId}:${order.id}`,
            limitCents: ctx.authority.refundCents,
            actor: AI_ACTOR,
          });
        } catch (error) {
          if (!(error instanceof RefundNotPossible)) throw error;
          // Another refund of this order (from another chat, or a person) took the money since it
          // was read: the customer hears what is true now, never that this one was paid.
          const now = (await resolveOrder(order.number)) ?? order;
          const recheck = decideRefundEligibility(now, ctx.now, membership?.plan ?? null);
          const why = recheck.eligible ? `only ${formatMoney(recheck.refundableCents, now.currency)} is left to refund on it, less than the amount asked for.` : recheck.reason;
          return { kind: "refund_ineligible", order: view(now), reason: why };
        }
        const fresh = (await resolveOrder(order.number)) ?? order;
        if (outcome.status === "pending_approval") {
          if (!outcome.duplicate) {
            await ctx.onApprovalRequested({ refundId: outcome.refundId, orderNumber: order.number, amountCents: outcome.amountCents, limitCents: outcome.limitCents });
          }
          return { kind: "refund_pending_approval", order: view(fresh), amountCents: outcome.amountCents, limitCents: outcome.limitCents };
        }
        return { kind: "refund_completed", order: view(fresh), amountCents: outcome.amountCents, duplicate: outcome.duplicate };
      },
    }),
    cancelOrder: tool({
      description: "Cancel an order that has not shipped yet; its payment is released.",
      inputSchema: inputs.order,
      execute: async ({ orderNumber }): Promise<ToolResult> => {
        const denied = guard("cancel an order");
        if (denied) return denied;
        const order = await resolveOrder(orderNumber);
        if (!order) return { kind: "order_not_found", orderNumber: orderNumber ?? null };
        if (order.status !== "pending" && order.status !== "paid") {
          return { kind: "order_not_cancellable", order: view(order), reason: `it has already ${order.status === "shipped" ? "shipped; once it arrives you can return it instead" : `been ${order.status}`}.` };
        }
        const result = await cancelOrder(ctx.db, { workspaceId: ctx.workspaceId, orderId: order.id, actor: AI_ACTOR });
        if (!result.cancelled) {
          const now = { ...view(order), status: result.status };
          return { kind: "order_not_cancellable", order: now, reason: result.status === "cancelled" ? "it was cancelled a moment ago, and its payment released once." : `it has ${result.status === "shipped" ? "just shipped; once it arrives you can return it instead" : `just been ${result.status}`}.` };
        }
        return { kind: "order_cancelled", order: { ...view(order), status: "cancelled" }, refundedCents: result.releasedCents };
      },
    }),
    changeShippingAddress: tool({
      description: "Change where an unshipped order goes.",
      inputSchema: inputs.address,
      execute: async ({ orderNumber, line1, city, postalCode, country }): Promise<ToolResult> => {
        const denied = guard("change a delivery address");
        if (denied) return denied;
        const order = await resolveOrder(orderNumber);
        if (!order) return { kind: "order_not_found", orderNumber: orderNumber ?? null };
        if (!line1 || !city || !postalCode) return { kind: "address_needed", order: view(order) };
        const result = await changeShippingAddress(ctx.db, {
          workspaceId: ctx.workspaceId,
          orderId: order.id,
          address: { line1, city, postalCode, country: country ?? "US" },
          actor: AI_ACTOR,
        });
        return result.changed
          ? { kind: "address_changed", order: view(order), address: `${line1}, ${city} ${postalCode}` }
          : { kind: "address_not_changed", order: view(order), reason: result.reason };
      },
    }),
    cancelSubscription: tool({
      description: "Cancel the customer's Lumen Plus membership at the end of the paid period.",
      inputSchema: inputs.none,
      execute: async (): Promise<ToolResult> => {
        const denied = guard("change your membership");
        if (denied) return denied;
        const subscription = await activeSubscription(ctx.db, ctx.customer!.id);
        if (!subscription) return { kind: "no_subscription" };
        const result = await cancelSubscription(ctx.db, { workspaceId: ctx.workspaceId, subscriptionId: subscription.id, actor: AI_ACTOR });
        return { kind: "subscription_cancelled", plan: result.plan, endsAt: result.endsAt.toISOString(), alreadyCancelled: result.alreadyCancelled };
      },
    }),
    changePlan: tool({
      description: "Move the customer's Lumen Plus membership to another plan from the next billing period.",
      inputSchema: inputs.plan,
      execute: async ({ plan }): Promise<ToolResult> => {
        const denied = guard("change your membership");
        if (denied) return denied;
        const subscription = await activeSubscription(ctx.db, ctx.customer!.id);
        if (!subscription) return { kind: "no_subscription" };
        if (!plan) return { kind: "plan_needed", current: subscription.plan };
        const result = await changePlan(ctx.db, { workspaceId: ctx.workspaceId, subscriptionId: subscription.id, plan, actor: AI_ACTOR });
        return { kind: "plan_changed", from: result.from, to: result.to, effectiveAt: result.effectiveAt.toISOString(), changed: result.changed };
      },
    }),
  };

  const account: ToolSet = {
    sendPasswordReset: tool({
      description: "Email the customer a password-reset link at the address on file.",
      inputSchema: inputs.none,
      execute: async (): Promise<ToolResult> => {
        const denied = guard("reset your password");
        if (denied) return denied;
        const { sentTo } = await sendPasswordReset(ctx.db, { workspaceId: ctx.workspaceId, customerId: ctx.customer!.id, actor: { type: "ai", id: "account" } });
        return { kind: "password_reset_sent", sentTo };
      },
    }),
    requestEmailChange: tool({
      description: "Start changing the account's email address; the new address must confirm it.",
      inputSchema: inputs.newEmail,
      execute: async ({ newEmail }): Promise<ToolResult> => {
        const denied = guard("change your account email");
        if (denied) return denied;
        if (!newEmail) return { kind: "email_needed" };
        await audit(ctx.db, { workspaceId: ctx.workspaceId, actorType: "ai", actorId: "account", action: "account.email_change_requested", targetType: "customer", targetId: ctx.customer!.id, detail: { newEmail } });
        return { kind: "email_change_requested", newEmail };
      },
    }),
  };

  if (specialist === "transactions") return transactions;
  if (specialist === "account") return account;
  return {};
}
