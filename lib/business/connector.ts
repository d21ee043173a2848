import { z } from "zod";

/**
 * What the AI does to a business's own systems, as one interface: the demo store implements it
 * over its tables, the HTTP connector over the business's endpoints. Every action names the
 * customer as the desk knows them and says plainly what happened; an answer the desk cannot
 * trust (no answer, an error, a shape it does not know) is a `ConnectorFailure`, never a result.
 */

export const CONNECTOR_ACTIONS = [
  "lookupCustomer",
  "lookupOrder",
  "refund",
  "cancelOrder",
  "changeAddress",
  "changeSubscription",
  "passwordReset",
  "emailChange",
] as const;
export type ConnectorAction = (typeof CONNECTOR_ACTIONS)[number];

/** What each action is called where people read it: the admin page, the brief, the replies. */
export const CONNECTOR_ACTION_TITLES: Record<ConnectorAction, string> = {
  lookupCustomer: "Customer lookup",
  lookupOrder: "Order lookup",
  refund: "Refund",
  cancelOrder: "Order cancellation",
  changeAddress: "Delivery address change",
  changeSubscription: "Membership change",
  passwordReset: "Password reset",
  emailChange: "Email change",
};

export interface ConnectorCustomer {
  id: string;
  externalId: string | null;
  email: string;
  name: string;
}

export const orderRecord = z.object({
  number: z.string().min(1).max(40),
  status: z.string().min(1).max(40),
  placedAt: z.iso.datetime({ offset: true }),
  totalCents: z.number().int().min(0),
  currency: z.string().length(3).default("USD"),
  trackingNumber: z.string().max(80).nullable().default(null),
  items: z.array(z.string().max(200)).max(100).default([]),
  deliveredAt: z.iso.datetime({ offset: true }).nullable().default(null),
  refundedCents: z.number().int().min(0).default(0),
});
export type OrderRecord = z.infer<typeof orderRecord>;

const refused = z.object({ outcome: z.literal("refused"), reason: z.string().min(1).max(500) });

/**
 * What the desk needs back from each action, after the HTTP connector's response mapping. The
 * README shows the same shapes; an answer that does not match is a failure, not a guess.
 */
export const actionResults = {
  lookupCustomer: z.object({
    name: z.string().max(200).optional(),
    email: z.string().max(254).optional(),
    tier: z.string().max(40).optional(),
    membership: z.object({ plan: z.string().max(40), status: z.string().max(40) }).nullable().optional(),
  }),
  lookupOrder: z.discriminatedUnion("found", [z.object({ found: z.literal(true), order: orderRecord }), z.object({ found: z.literal(false) })]),
  refund: z.discriminatedUnion("outcome", [
    z.object({ outcome: z.literal("refunded"), amountCents: z.number().int().min(0), duplicate: z.boolean().default(false) }),
    z.object({ outcome: z.literal("pending_approval"), refundId: z.string().max(100), amountCents: z.number().int().min(0), duplicate: z.boolean().default(false) }),
    refused,
  ]),
  cancelOrder: z.discriminatedUnion("outcome", [z.object({ outcome: z.literal("cancelled"), releasedCents: z.number().int().min(0).default(0) }), refused]),
  changeAddress: z.discriminatedUnion("outcome", [z.object({ outcome: z.literal("changed") }), refused]),
  changeSubscription: z.discriminatedUnion("outcome", [
    z.object({
      outcome: z.literal("changed"),
      plan: z.string().max(40),
      from: z.string().max(40).nullable().default(null),
      effectiveAt: z.iso.datetime({ offset: true }),
      alreadyDone: z.boolean().default(false),
    }),
    z.object({ outcome: z.literal("no_subscription") }),
    refused,
  ]),
  passwordReset: z.discriminatedUnion("outcome", [z.object({ outcome: z.literal("sent"), sentTo: z.string().max(254), expiresInMinutes: z.number().int().positive().max(10_080).nullable().default(null) }), refused]),
  emailChange: z.discriminatedUnion("outcome", [z.object({ outcome: z.literal("confirmation_sent"), sentTo: z.string().max(254) }), refused]),
} satisfies Record<ConnectorAction, z.ZodType>;

export type ActionResult<A extends ConnectorAction> = z.output<(typeof actionResults)[A]>;

export interface AddressInput {
  line1: string;
  city: string;
  postalCode: string;
  country: string;
}

/** What each action is asked with, besides the customer and the idempotency key. */
export interface ActionInputs {
  lookupCustomer: Record<string, never>;
  lookupOrder: { orderNumber: string | null };
  refund: { orderNumber: string; amountCents: number; reason: string; limitCents: number };
  cancelOrder: { orderNumber: string };
  changeAddress: { orderNumber: string; address: AddressInput };
  /** "cancel", or the plan to move to. */
  changeSubscription: { change: "cancel" | "basic" | "pro" | "premium" };
  passwordReset: Record<string, never>;
  emailChange: { newEmail: string };
}

export interface ActionCall<A extends ConnectorAction> {
  customer: ConnectorCustomer;
  input: ActionInputs[A];
  /** The same for every attempt of one action, so a business system can apply it once. */
  idempotencyKey: string;
}

export type ConnectorFailureKind = "not_configured" | "timeout" | "unreachable" | "http_error" | "invalid_response";

/** The business system did not confirm the action: nothing may be said to have happened. */
export class ConnectorFailure extends Error {
  constructor(
    readonly action: ConnectorAction,
    readonly kind: ConnectorFailureKind,
    readonly detail: string,
    readonly attempts: number,
  ) {
    super(`${CONNECTOR_ACTION_TITLES[action]}: ${detail}`);
  }
}

export interface BusinessConnector {
  /** "demo" for the built-in store, "http" for the business's endpoints, per action. */
  kindOf(action: ConnectorAction): "demo" | "http" | "none";
  run<A extends ConnectorAction>(action: A, call: ActionCall<A>): Promise<ActionResult<A>>;
}
