import type { DeskArticle, DeskCall } from "../desk-call";
import type { OrderView, ToolResult } from "../../agents/tool-results";

/**
 * The offline engine's voice: replies composed from tool results and help-centre articles only.
 * It never states a fact that did not come from one of those, which is what keeps an offline
 * answer trustworthy.
 */
type ReplyCall = Extract<DeskCall, { task: "reply" }>;

function money(cents: number, currency = "USD"): string {
  return (cents / 100).toLocaleString("en-US", { style: "currency", currency });
}

function orderLine(order: OrderView): string {
  return `order ${order.number} (${order.items.join(", ")})`;
}

const statusText: Record<string, string> = {
  pending: "is waiting for payment: the last payment attempt did not go through",
  paid: "is paid and being packed; it has not shipped yet",
  shipped: "has shipped and is on its way",
  delivered: "was delivered",
  cancelled: "was cancelled",
  returned: "was returned",
  refunded: "was refunded",
};

export function composeFromToolResult(result: ToolResult): string {
  switch (result.kind) {
    case "verification_required":
      return `Before I can ${result.action}, I need to confirm it's really you. Please use **Verify my email** below; I'll send a one-time code to the address on your account.`;
    case "order_not_found":
      return result.orderNumber
        ? `I couldn't find order ${result.orderNumber} on your account. Could you double-check the number? It's in your confirmation email and starts with 45.`
        : "I couldn't find an order on your account yet. Which order number is it? You'll find it in your confirmation email.";
    case "order_status": {
      const o = result.order;
      const tracking = o.trackingNumber ? ` The tracking number is **${o.trackingNumber}**.` : "";
      return `Your ${orderLine(o)} ${statusText[o.status] ?? `is ${o.status}`}.${tracking}`;
    }
    case "refund_completed":
      return result.duplicate
        ? `That refund was already issued: ${money(result.amountCents, result.order.currency)} for ${orderLine(result.order)}. Nothing more will be charged or refunded twice.`
        : `Done: I've refunded ${money(result.amountCents, result.order.currency)} for ${orderLine(result.order)}. It goes back to your original payment method and usually shows within 5–10 business days.`;
    case "refund_pending_approval":
      return `A refund of ${money(result.amountCents, result.order.currency)} for ${orderLine(result.order)} is above what I can approve on my own (${money(result.limitCents)}), so I've sent it to a team member for approval. You'll hear back here as soon as they decide.`;
    case "refund_ineligible":
      return `I can't refund ${orderLine(result.order)}: ${result.reason}`;
    case "order_cancelled":
      return `I've cancelled ${orderLine(result.order)}.${result.refundedCents > 0 ? ` Your payment of ${money(result.refundedCents, result.order.currency)} will be released within 5–10 business days.` : ""}`;
    case "order_not_cancellable":
      return `I can't cancel ${orderLine(result.order)}: ${result.reason}`;
    case "address_changed":
      return `Updated: ${orderLine(result.order)} will now ship to ${result.address}.`;
    case "address_not_changed":
      return `I couldn't change the address of ${orderLine(result.order)}: ${result.reason}`;
    case "address_needed":
      return `What's the new address${result.order ? ` for ${orderLine(result.order)}` : ""}? Please write it like: *12 Oak Street, Springfield, 12345, US*.`;
    case "subscription_cancelled":
      return result.alreadyCancelled
        ? `Your Lumen Plus ${result.plan} membership is already cancelled; its benefits last until ${result.endsAt.slice(0, 10)}.`
        : `I've cancelled your Lumen Plus ${result.plan} membership. You keep its benefits until ${result.endsAt.slice(0, 10)} and won't be charged again.`;
    case "plan_changed":
      return result.changed
        ? `Your Lumen Plus membership moves from ${result.from} to ${result.to} on ${result.effectiveAt.slice(0, 10)}, the start of your next billing period.`
        : `You're already on the ${result.to} plan, so nothing needed changing.`;
    case "no_subscription":
      return "I don't see a Lumen Plus membership on your account, so there's nothing to cancel or change.";
    case "plan_needed":
      return `You're on the ${result.current} plan. Which plan would you like instead: basic, pro or premium?`;
    case "password_reset_sent":
      return `I've sent a password-reset link to ${result.sentTo}. It works for 30 minutes; check your spam folder if it hasn't arrived in a few minutes.`;
    case "email_change_requested":
      return `I've sent a confirmation link to ${result.newEmail}. Your account email changes as soon as you open it.`;
    case "email_needed":
      return "Which email address should your account use from now on?";
  }
}

/** The opening paragraphs of an article, cut at a sentence so nothing is left half-said. */
function leadParagraphs(body: string, maxChars: number): string {
  const paragraphs = body.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p && !p.startsWith("#"));
  let text = "";
  for (const paragraph of paragraphs) {
    if (text && text.length + paragraph.length > maxChars) break;
    text += (text ? "\n\n" : "") + paragraph;
  }
  return text;
}

export function composeArticleAnswer(article: DeskArticle, agent: string): string {
  const maxChars = agent === "technical" ? 700 : 450;
  return `${leadParagraphs(article.body, maxChars)}\n\nMore in our help centre: [${article.title}](/help/${article.slug})`;
}

export function composeConversational(call: ReplyCall, customerText: string): string {
  const name = call.customer.firstName ? ` ${call.customer.firstName}` : "";
  switch (call.intent) {
    case "greeting":
      return `Hi${name}! I can help with orders, deliveries, returns and refunds, billing, your Lumen Plus membership and product troubleshooting. What can I do for you?`;
    case "thanks":
    case "goodbye":
      return `You're welcome${name}! If everything is sorted, could you rate this chat from 1 to 5? It helps us improve.${
        call.positiveSentiment ? " And if you shop with us often, Lumen Plus pro gives you free express shipping and a 60-day return window." : ""
      }`;
    case "acknowledgement":
      return "Great. Is there anything else I can help you with?";
    case "small_talk":
      return /\b(bot|robot|ai|human|real)\b/i.test(customerText)
        ? "I'm Lumen's AI assistant. I can resolve most questions right here, and a person from our team can join whenever you'd like."
        : "I'm here to help with anything about your orders, returns, billing or our products. What would you like to do?";
    default:
      return "Could you tell me a little more about what you need? I can help with orders, returns, billing, your account and our products.";
  }
}

export function composeReply(call: ReplyCall, customerText: string): string {
  if (call.agent === "engagement") return composeConversational(call, customerText);
  // An action specialist that found nothing it may safely do asks rather than guesses.
  if (call.agent === "transactions" || call.agent === "account") {
    return "I want to be sure I do the right thing: could you tell me exactly what you'd like me to do, for example track, cancel or refund an order, or change your membership?";
  }
  if (call.articles.length > 0) return composeArticleAnswer(call.articles[0], call.agent);
  return "I don't have a reliable answer to that in our help centre, so I'd rather not guess. I can bring in a member of our team.";
}
