/**
 * The store's refund rules as a pure decision: which orders may be refunded, how much is left to
 * refund, and why not when the answer is no. The help-centre articles state the same policy.
 */
export interface RefundableOrder {
  status: string;
  totalCents: number;
  placedAt: Date;
  deliveredAt: Date | null;
  /** Refunded, or held by refunds waiting for approval (`Order.refundedCents`). */
  refundedCents: number;
}

export type RefundEligibility =
  | { eligible: true; refundableCents: number; windowDays: number }
  | { eligible: false; reason: string };

const DAY = 24 * 3600 * 1000;

export function refundWindowDays(membershipPlan: string | null): number {
  return membershipPlan === "pro" || membershipPlan === "premium" ? 60 : 30;
}

export function decideRefundEligibility(order: RefundableOrder, now: Date, membershipPlan: string | null): RefundEligibility {
  const windowDays = refundWindowDays(membershipPlan);
  const refundableCents = order.totalCents - order.refundedCents;
  if (order.status === "refunded") return { eligible: false, reason: "This order has already been refunded in full." };
  if (refundableCents <= 0) return { eligible: false, reason: "The whole order is already refunded or in a refund waiting for a team member's approval." };
  if (order.status === "pending") return { eligible: false, reason: "This order's payment never went through, so there is nothing to refund." };
  if (order.status === "cancelled") return { eligible: false, reason: "This order was cancelled and its payment already released." };
  const since = order.deliveredAt ?? order.placedAt;
  const ageDays = (now.getTime() - since.getTime()) / DAY;
  if (ageDays > windowDays) {
    return { eligible: false, reason: `The ${windowDays}-day refund window for this order ended ${Math.floor(ageDays - windowDays)} day(s) ago.` };
  }
  return { eligible: true, refundableCents, windowDays };
}
