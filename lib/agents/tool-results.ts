import type { ConnectorAction } from "../business/connector";

/**
 * What the specialists' tools return. Hosted models read these as JSON; the offline engine turns
 * each kind into a reply. A tool never throws for a business "no": it returns the reason, so the
 * customer hears why.
 */
export interface OrderView {
  number: string;
  status: string;
  placedAt: string;
  totalCents: number;
  currency: string;
  trackingNumber: string | null;
  items: string[];
}

export type ToolResult =
  | { kind: "verification_required"; action: string }
  | { kind: "order_not_found"; orderNumber: string | null }
  | { kind: "order_status"; order: OrderView }
  | { kind: "refund_completed"; order: OrderView; amountCents: number; duplicate: boolean }
  | { kind: "refund_pending_approval"; order: OrderView; amountCents: number; limitCents: number }
  | { kind: "refund_ineligible"; order: OrderView; reason: string }
  | { kind: "order_cancelled"; order: OrderView; refundedCents: number }
  | { kind: "order_not_cancellable"; order: OrderView; reason: string }
  | { kind: "address_changed"; order: OrderView; address: string }
  | { kind: "address_not_changed"; order: OrderView; reason: string }
  | { kind: "address_needed"; order: OrderView | null }
  | { kind: "subscription_cancelled"; plan: string; endsAt: string; alreadyCancelled: boolean }
  | { kind: "plan_changed"; from: string; to: string; effectiveAt: string; changed: boolean }
  | { kind: "no_subscription" }
  | { kind: "plan_needed"; current: string }
  | { kind: "password_reset_sent"; sentTo: string; expiresInMinutes: number | null }
  | { kind: "email_change_requested"; newEmail: string }
  | { kind: "email_needed" }
  /** The business system said no, with its reason. */
  | { kind: "action_refused"; action: ConnectorAction; reason: string }
  /** The business system did not confirm the action (no answer, an error, an answer the desk cannot read): nothing was done, and a person takes over. */
  | { kind: "action_failed"; action: ConnectorAction; error: string }
  /** The action cannot be done here (no system connected for it, or above the AI's authority): a person takes over. */
  | { kind: "action_unavailable"; action: ConnectorAction; reason: string };

/** Results after which the customer needs a person: the AI could not do what was asked. */
export function isUndoneAction(result: { kind?: string }): result is Extract<ToolResult, { kind: "action_failed" | "action_unavailable" }> {
  return result.kind === "action_failed" || result.kind === "action_unavailable";
}
