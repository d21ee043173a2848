import { formatMoney } from "../business/money";
import type { ApprovalAction, ApprovalVerdict } from "./approval-requests";

/**
 * What the customer is told once a person has decided. Only what was actually done is stated:
 * there is no store-credit ledger, so an approved goodwill credit is promised as a recorded
 * commitment the team applies, never as money already in the customer's account.
 */
export interface DecidedApproval {
  action: ApprovalAction;
  verdict: ApprovalVerdict;
  amountCents: number;
  currency: string;
  orderNumber: string | null;
  deciderFirstName: string;
  reason: string | null;
}

export function approvalReply(decided: DecidedApproval): string {
  const amount = formatMoney(decided.amountCents, decided.currency);
  const order = decided.orderNumber ? ` for order ${decided.orderNumber}` : "";
  const who = `${decided.deciderFirstName} from our team`;
  if (decided.verdict === "denied") {
    const what = decided.action === "refund" ? `the refund of ${amount}${order}` : `a goodwill credit of ${amount}`;
    const because = decided.reason ? ` The reason they gave: ${decided.reason.replace(/\s*\.?$/, ".")}` : "";
    return `I'm sorry: ${who} reviewed your request and couldn't approve ${what}.${because} If anything about it looks wrong to you, tell me here and a person will look at it again.`;
  }
  if (decided.action === "refund") {
    return `Good news: ${who} approved your refund, and I've refunded ${amount}${order}. It goes back to your original payment method and usually shows within 5–10 business days.`;
  }
  return `Good news: ${who} approved a goodwill credit of ${amount} for you. Our system can't add credit to an account automatically, so the approval is recorded and a member of the team will apply it by hand; there's nothing you need to do.`;
}
