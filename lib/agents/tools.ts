import { tool, zodSchema, type ToolSet } from "ai";
import { z } from "zod";
import type { Customer, Db } from "../db";
import type { AuthorityLimits } from "../workspace/settings";
import { CONNECTOR_ACTION_TITLES, ConnectorFailure, type ActionInputs, type ActionResult, type BusinessConnector, type ConnectorAction, type ConnectorCustomer, type OrderRecord } from "../business/connector";
import { workspaceConnector } from "../business/workspace-connector";
import { formatMoney } from "../business/money";
import type { OrderView, ToolResult } from "./tool-results";
import type { SpecialistName } from "./specialists";

/**
 * The actions each specialist may take, bound to one conversation's customer and done through
 * the workspace's connector (the demo store or the business's own systems). Every tool that
 * reads or changes an account checks that the customer proved who they are in this conversation.
 * A connector that does not confirm an action makes the tool say so: nothing is reported done
 * that the business system did not confirm.
 */
export interface ToolContext {
  db: Db;
  workspaceId: string;
  conversationId: string;
  /** The customer message being answered: one action per message keeps one idempotency key across retries and re-runs. */
  messageId?: string;
  customer: Customer | null;
  verified: boolean;
  authority: AuthorityLimits;
  now: Date;
  /** Where actions go; the workspace's demo store when not given. */
  connector?: BusinessConnector;
  /** Called when an action needs a person's approval, so the pipeline can log and route it. */
  onApprovalRequested: (request: { refundId: string; orderNumber: string; amountCents: number; limitCents: number }) => Promise<void>;
}

function connectorCustomer(customer: Customer): ConnectorCustomer {
  return { id: customer.id, externalId: customer.externalId, email: customer.email, name: customer.name };
}

/**
 * The customer's Lumen Plus membership as the business system reports it: the plan, "unknown"
 * when the system cannot say (an offer would then be a guess), or null when they have none.
 */
export async function currentMembership(connector: BusinessConnector, customer: Customer): Promise<string | null> {
  try {
    const found = await connector.run("lookupCustomer", { customer: connectorCustomer(customer), input: {}, idempotencyKey: `lookupCustomer:${customer.id}` });
    return found.membership && found.membership.status !== "cancelled" ? found.membership.plan : null;
  } catch (error) {
    if (error instanceof ConnectorFailure) return "unknown";
    throw error;
  }
}

function view(order: OrderRecord): OrderView {
  return {
    number: order.number,
    status: order.status,
    placedAt: order.placedAt,
    totalCents: order.totalCents,
    currency: order.currency,
    trackingNumber: order.trackingNumber,
    items: order.items,
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
  const actor = { type: "ai" as const, id: specialist };
  const connector = ctx.connector ?? workspaceConnector({ db: ctx.db, workspaceId: ctx.workspaceId, actor, now: ctx.now, stored: null });
  const keyScope = `${ctx.conversationId}:${ctx.messageId ?? "turn"}`;

  function guard(action: string): ToolResult | null {
    return ctx.verified && ctx.customer ? null : { kind: "verification_required", action };
  }

  /**
   * One connector action for the conversation's customer. The key is the same on every attempt
   * of the action and on a re-run of the turn; a failure becomes the truth for the customer.
   */
  async function act<A extends ConnectorAction>(action: A, input: ActionInputs[A], idempotencyKey = `${action}:${keyScope}`): Promise<{ result: ActionResult<A> } | { failed: ToolResult }> {
    try {
      return { result: await connector.run(action, { customer: connectorCustomer(ctx.customer!), input, idempotencyKey }) };
    } catch (error) {
      if (!(error instanceof ConnectorFailure)) throw error;
      const title = CONNECTOR_ACTION_TITLES[action];
      return error.kind === "not_configured"
        ? { failed: { kind: "action_unavailable", action, reason: `${title} is not available: ${error.detail}.` } }
        : { failed: { kind: "action_failed", action, error: error.message } };
    }
  }

  async function findOrder(orderNumber: string | null): Promise<{ order: OrderRecord | null } | { failed: ToolResult }> {
    const found = await act("lookupOrder", { orderNumber }, `lookupOrder:${keyScope}:${orderNumber ?? "latest"}`);
    if ("failed" in found) return found;
    return { order: found.result.found ? found.result.order : null };
  }

  const transactions: ToolSet = {
    lookupOrder: tool({
      description: "Look up the status, items and tracking of one of the customer's orders (latest if no number).",
      inputSchema: inputs.order,
      execute: async ({ orderNumber }): Promise<ToolResult> => {
        const denied = guard("look up your order");
        if (denied) return denied;
        const found = await findOrder(orderNumber ?? null);
        if ("failed" in found) return found.failed;
        return found.order ? { kind: "order_status", order: view(found.order) } : { kind: "order_not_found", orderNumber: orderNumber ?? null };
      },
    }),
    requestRefund: tool({
      description: "Refund an order within the refund policy. Amounts above the AI's limit are sent for a person's approval.",
      inputSchema: inputs.refund,
      execute: async ({ orderNumber, amountCents, reason }): Promise<ToolResult> => {
        const denied = guard("refund an order");
        if (denied) return denied;
        if (!orderNumber) return { kind: "order_not_found", orderNumber: null };
        const found = await findOrder(orderNumber);
        if ("failed" in found) return found.failed;
        const order = found.order;
        if (!order) return { kind: "order_not_found", orderNumber };
        const left = order.totalCents - order.refundedCents;
        const amount = Math.min(amountCents ?? left, left);
        const limitCents = ctx.authority.refundCents;
        // The demo store files refunds above the AI's authority for a person's approval in the
        // desk; a business's own system has no such queue here, so a person takes the request over.
        if (connector.kindOf("refund") !== "demo" && amount > limitCents) {
          return { kind: "action_unavailable", action: "refund", reason: `A refund of ${formatMoney(amount, order.currency)} is above the ${formatMoney(limitCents, order.currency)} the AI may refund on its own.` };
        }
        // One refund per order per conversation: a retried or repeated request returns the first outcome.
        const done = await act("refund", { orderNumber: order.number, amountCents: amount, reason, limitCents }, `refund:${ctx.conversationId}:${order.number}`);
        if ("failed" in done) return done.failed;
        const outcome = done.result;
        const refreshed = await findOrder(order.number);
        const fresh = "order" in refreshed && refreshed.order ? refreshed.order : order;
        if (outcome.outcome === "refused") return { kind: "refund_ineligible", order: view(fresh), reason: outcome.reason };
        if (outcome.outcome === "pending_approval") {
          if (!outcome.duplicate && connector.kindOf("refund") === "demo") {
            await ctx.onApprovalRequested({ refundId: outcome.refundId, orderNumber: order.number, amountCents: outcome.amountCents, limitCents });
          }
          return { kind: "refund_pending_approval", order: view(fresh), amountCents: outcome.amountCents, limitCents };
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
        const found = await findOrder(orderNumber ?? null);
        if ("failed" in found) return found.failed;
        const order = found.order;
        if (!order) return { kind: "order_not_found", orderNumber: orderNumber ?? null };
        const done = await act("cancelOrder", { orderNumber: order.number }, `cancelOrder:${ctx.conversationId}:${order.number}`);
        if ("failed" in done) return done.failed;
        if (done.result.outcome === "refused") {
          const refreshed = await findOrder(order.number);
          const now = "order" in refreshed && refreshed.order ? refreshed.order : order;
          return { kind: "order_not_cancellable", order: view(now), reason: done.result.reason };
        }
        return { kind: "order_cancelled", order: { ...view(order), status: "cancelled" }, refundedCents: done.result.releasedCents };
      },
    }),
    changeShippingAddress: tool({
      description: "Change where an unshipped order goes.",
      inputSchema: inputs.address,
      execute: async ({ orderNumber, line1, city, postalCode, country }): Promise<ToolResult> => {
        const denied = guard("change a delivery address");
        if (denied) return denied;
        const found = await findOrder(orderNumber ?? null);
        if ("failed" in found) return found.failed;
        const order = found.order;
        if (!order) return { kind: "order_not_found", orderNumber: orderNumber ?? null };
        if (!line1 || !city || !postalCode) return { kind: "address_needed", order: view(order) };
        const done = await act("changeAddress", { orderNumber: order.number, address: { line1, city, postalCode, country: country ?? "US" } });
        if ("failed" in done) return done.failed;
        return done.result.outcome === "changed"
          ? { kind: "address_changed", order: view(order), address: `${line1}, ${city} ${postalCode}` }
          : { kind: "address_not_changed", order: view(order), reason: done.result.reason };
      },
    }),
    cancelSubscription: tool({
      description: "Cancel the customer's Lumen Plus membership at the end of the paid period.",
      inputSchema: inputs.none,
      execute: async (): Promise<ToolResult> => {
        const denied = guard("change your membership");
        if (denied) return denied;
        const done = await act("changeSubscription", { change: "cancel" });
        if ("failed" in done) return done.failed;
        const result = done.result;
        if (result.outcome === "no_subscription") return { kind: "no_subscription" };
        if (result.outcome === "refused") return { kind: "action_refused", action: "changeSubscription", reason: result.reason };
        return { kind: "subscription_cancelled", plan: result.plan, endsAt: result.effectiveAt, alreadyCancelled: result.alreadyDone };
      },
    }),
    changePlan: tool({
      description: "Move the customer's Lumen Plus membership to another plan from the next billing period.",
      inputSchema: inputs.plan,
      execute: async ({ plan }): Promise<ToolResult> => {
        const denied = guard("change your membership");
        if (denied) return denied;
        if (!plan) {
          const current = await act("lookupCustomer", {});
          if ("failed" in current) return current.failed;
          return current.result.membership ? { kind: "plan_needed", current: current.result.membership.plan } : { kind: "no_subscription" };
        }
        const done = await act("changeSubscription", { change: plan });
        if ("failed" in done) return done.failed;
        const result = done.result;
        if (result.outcome === "no_subscription") return { kind: "no_subscription" };
        if (result.outcome === "refused") return { kind: "action_refused", action: "changeSubscription", reason: result.reason };
        return { kind: "plan_changed", from: result.from ?? result.plan, to: result.plan, effectiveAt: result.effectiveAt, changed: !result.alreadyDone };
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
        const done = await act("passwordReset", {});
        if ("failed" in done) return done.failed;
        if (done.result.outcome === "refused") return { kind: "action_refused", action: "passwordReset", reason: done.result.reason };
        return { kind: "password_reset_sent", sentTo: done.result.sentTo, expiresInMinutes: done.result.expiresInMinutes };
      },
    }),
    requestEmailChange: tool({
      description: "Start changing the account's email address; the new address must confirm it.",
      inputSchema: inputs.newEmail,
      execute: async ({ newEmail }): Promise<ToolResult> => {
        const denied = guard("change your account email");
        if (denied) return denied;
        if (!newEmail) return { kind: "email_needed" };
        const done = await act("emailChange", { newEmail });
        if ("failed" in done) return done.failed;
        if (done.result.outcome === "refused") return { kind: "action_refused", action: "emailChange", reason: done.result.reason };
        return { kind: "email_change_requested", newEmail: done.result.sentTo };
      },
    }),
  };

  if (specialist === "transactions") return transactions;
  if (specialist === "account") return account;
  return {};
}
