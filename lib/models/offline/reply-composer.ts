import type { DeskArticle, DeskCall } from "../desk-call";
import type { OrderView, ToolResult } from "../../agents/tool-results";
import { helpCentreLink } from "../../agents/answer-basis";
import { replyPhrases, type ReplyPhrases } from "./reply-phrases";
import { splitSections } from "./article-sections";

/**
 * The offline engine's voice: replies composed from tool results and help-centre articles only.
 * It never states a fact that did not come from one of those, which is what keeps an offline
 * answer trustworthy.
 */
type ReplyCall = Extract<DeskCall, { task: "reply" }>;

function money(cents: number, currency: string, say: ReplyPhrases): string {
  return (cents / 100).toLocaleString(say.locale, { style: "currency", currency });
}

function orderLine(order: OrderView, say: ReplyPhrases): string {
  return say.orderLine(order.number, order.items.join(", "));
}

function statusOf(status: string, say: ReplyPhrases): string {
  return status in say.status ? say.status[status as keyof ReplyPhrases["status"]] : say.otherStatus(status);
}

export function composeFromToolResult(result: ToolResult, language = "en"): string {
  const say = replyPhrases(language);
  switch (result.kind) {
    case "verification_required":
      return say.verificationRequired(result.action);
    case "order_not_found":
      return result.orderNumber ? say.orderNotFound(result.orderNumber) : say.orderNumberNeeded;
    case "order_status": {
      const o = result.order;
      return `${say.orderStatus(orderLine(o, say), statusOf(o.status, say))}${o.trackingNumber ? say.trackingNumber(o.trackingNumber) : ""}`;
    }
    case "refund_completed":
      return (result.duplicate ? say.refundDuplicate : say.refundCompleted)(money(result.amountCents, result.order.currency, say), orderLine(result.order, say));
    case "refund_pending_approval":
      return say.refundPendingApproval(money(result.amountCents, result.order.currency, say), orderLine(result.order, say), money(result.limitCents, "USD", say));
    case "refund_ineligible":
      return say.refundIneligible(orderLine(result.order, say), result.reason);
    case "order_cancelled":
      return `${say.orderCancelled(orderLine(result.order, say))}${result.refundedCents > 0 ? say.paymentReleased(money(result.refundedCents, result.order.currency, say)) : ""}`;
    case "order_not_cancellable":
      return say.orderNotCancellable(orderLine(result.order, say), result.reason);
    case "address_changed":
      return say.addressChanged(orderLine(result.order, say), result.address);
    case "address_not_changed":
      return say.addressNotChanged(orderLine(result.order, say), result.reason);
    case "address_needed":
      return say.addressNeeded(result.order ? orderLine(result.order, say) : null);
    case "subscription_cancelled":
      return (result.alreadyCancelled ? say.membershipAlreadyCancelled : say.membershipCancelled)(result.plan, result.endsAt.slice(0, 10));
    case "plan_changed":
      return result.changed ? say.planChanged(result.from, result.to, result.effectiveAt.slice(0, 10)) : say.planUnchanged(result.to);
    case "no_subscription":
      return say.noSubscription;
    case "plan_needed":
      return say.planNeeded(result.current);
    case "password_reset_sent":
      return say.passwordResetSent(result.sentTo, result.expiresInMinutes);
    case "email_change_requested":
      return say.emailChangeRequested(result.newEmail);
    case "email_needed":
      return say.emailNeeded;
    case "action_refused":
      return say.actionRefused(say.actions[result.action], result.reason);
    case "action_failed":
      return say.actionFailed(say.actions[result.action]);
    case "action_unavailable":
      return say.actionUnavailable(say.actions[result.action]);
  }
}

/**
 * The part of the article the question is about, quoted whole: its lists and numbered steps are
 * the answer, so a reply never stops at the colon that introduces them.
 */
function answerSection(article: DeskArticle): string {
  return (article.section ?? splitSections(article.body)[0])?.text ?? article.body;
}

export function composeArticleAnswer(article: DeskArticle, language = article.language): string {
  const say = replyPhrases(language);
  const answer = `${answerSection(article)}\n\n${say.moreInHelpCentre} [${article.title}](${helpCentreLink(article.slug, article.language)})`;
  // The help centre has nothing on this in the customer's language: they hear so in it, get the
  // English article rather than nothing, and are offered a person who speaks their language.
  return article.language === language ? answer : `${say.articleOnlyInEnglish}\n\n${answer}\n\n${say.personInLanguageOffer}`;
}

/** "Are you a bot?" in any of the desk's languages. */
const ABOUT_THE_ASSISTANT = /\b(bot|robot|ai|ia|ki|human|humano|humain|mensch|real|persona|personne)\b/i;

export function composeConversational(call: ReplyCall, customerText: string): string {
  const say = replyPhrases(call.customer.language);
  const name = call.customer.firstName ? ` ${call.customer.firstName}` : "";
  switch (call.intent) {
    case "greeting":
      return say.greeting(name);
    case "thanks":
    case "goodbye":
      return `${say.thanks(name)}${call.offersMembership ? say.plusOffer : ""}`;
    case "acknowledgement":
      return say.acknowledgement;
    case "small_talk":
      return ABOUT_THE_ASSISTANT.test(customerText) ? say.aboutAssistant : say.smallTalk;
    default:
      return say.askMore;
  }
}

export function composeReply(call: ReplyCall, customerText: string): string {
  if (call.agent === "engagement") return composeConversational(call, customerText);
  const say = replyPhrases(call.customer.language);
  if (call.articles.length > 0) return composeArticleAnswer(call.articles[0], call.customer.language);
  // An action specialist that found nothing it may safely do, and no article that answers the request, asks rather than guesses.
  if (call.agent === "transactions" || call.agent === "account") return say.actionUnclear;
  return say.noReliableAnswer;
}
