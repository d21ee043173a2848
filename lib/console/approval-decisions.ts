import type { Db, Prisma } from "../db";
import { transaction } from "../events/dispatcher";
import { approvalReply, refundNotDoneReply } from "../approvals/approval-replies";
import { mayDecideApproval } from "../approvals/approval-authority";
import { approvalRequests, type ApprovalRequest, type ApprovalVerdict } from "../approvals/approval-requests";
import type { ApprovalDecidedPayload } from "../events/catalogue";
import { audit } from "../business/audit";
import { ConnectorFailure, type BusinessConnector, type ConnectorCustomer } from "../business/connector";
import { workspaceConnector } from "../business/workspace-connector";
import { formatMoney } from "../business/money";
import { findCustomerOrder } from "../business/orders";
import { decideRefundInTransaction, MONEY_TRANSACTION, RefundNotPossible, requestRefundInTransaction } from "../business/refunds";
import { appendEvent, loadConversationLog } from "../conversation/log";
import { aiMaySpeak, currentOwner } from "../conversation/ownership";
import { sayToCustomer } from "../conversation/say";
import { inConversationOrder } from "../conversation/turn-order";
import { claimConversation, StaffActionError, type StaffMember } from "./staff-actions";

/**
 * A person's decision on an action above the AI's authority. Approving carries the action out
 * for real; either way the decision is logged with who made it, audited, and the AI tells the
 * customer in the chat. Deciding a request that is already decided returns the first decision.
 */

export interface ApprovalDecisionInput {
  conversationId: string;
  approvalEventId: string;
  decision: "approve" | "deny";
  reason: string | null;
}

interface CarriedOut {
  verdict: ApprovalVerdict;
  amountCents: number;
  currency: string;
  orderNumber: string | null;
  outcome: string;
  /** The action as the brief lists it; absent for a denial, where nothing was done. */
  action: { name: string; output: Record<string, unknown> } | null;
}

type Tx = Prisma.TransactionClient;
type OrderToRefund = NonNullable<Awaited<ReturnType<typeof findCustomerOrder>>>;

/**
 * The order an approved request without a filed refund (the router's, from an amount the
 * customer named) is paid on, checked before anything is decided.
 */
async function orderToRefund(db: Db, staff: StaffMember, request: ApprovalRequest, customerId: string | null, approve: boolean): Promise<OrderToRefund | null> {
  if (request.action !== "refund" || request.refundId || !approve) return null;
  if (!customerId) throw new StaffActionError("The customer hasn't proved who they are in this chat, so there is no order to refund yet.");
  if (!request.orderNumber) throw new StaffActionError("The customer didn't name an order; ask them which one before approving.");
  const order = await findCustomerOrder(db, staff.workspaceId, customerId, request.orderNumber);
  if (!order) throw new StaffActionError(`Order ${request.orderNumber} is not one of this customer's orders.`);
  if (order.totalCents - order.refundedCents <= 0) throw new StaffActionError(`Order ${order.number} has nothing left to refund: it is refunded in full, or the rest is waiting for approval.`);
  return order;
}

async function settleRefund(tx: Tx, staff: StaffMember, request: ApprovalRequest, order: OrderToRefund | null, approve: boolean, reason: string | null): Promise<CarriedOut> {
  if (request.refundId) {
    const refund = await tx.refund.findUniqueOrThrow({ where: { id: request.refundId }, include: { order: true } });
    const decided = await decideRefundInTransaction(tx, { refundId: refund.id, approve, decidedById: staff.userId, reason });
    const number = refund.order.number;
    const money = formatMoney(decided.amountCents, refund.order.currency);
    return decided.status === "completed"
      ? { verdict: "approved", amountCents: decided.amountCents, currency: refund.order.currency, orderNumber: number, outcome: `Refund of ${money} on order ${number} completed.`, action: { name: "requestRefund", output: { kind: "refund_completed", order: { number }, amountCents: decided.amountCents } } }
      : { verdict: "denied", amountCents: decided.amountCents, currency: refund.order.currency, orderNumber: number, outcome: `Refund of ${money} on order ${number} denied; nothing was paid.`, action: null };
  }
  if (!order) return { verdict: "denied", amountCents: request.amountCents, currency: "USD", orderNumber: request.orderNumber, outcome: "Denied; nothing was paid.", action: null };
  // The amount the customer named can be more than is left on the order; only what is left is paid.
  const amountCents = Math.min(request.amountCents, order.totalCents - order.refundedCents);
  const refund = await requestRefundInTransaction(tx, {
    workspaceId: staff.workspaceId,
    orderId: order.id,
    amountCents,
    reason: reason ?? request.reason,
    // One refund per request, however often the approval is clicked or retried.
    idempotencyKey: `approval:${request.id}`,
    limitCents: Number.MAX_SAFE_INTEGER,
    actor: { type: "user", id: staff.userId },
  });
  const money = formatMoney(refund.amountCents, order.currency);
  return { verdict: "approved", amountCents: refund.amountCents, currency: order.currency, orderNumber: order.number, outcome: `Refund of ${money} on order ${order.number} completed.`, action: { name: "requestRefund", output: { kind: "refund_completed", order: { number: order.number }, amountCents: refund.amountCents } } };
}

/**
 * A router-filed refund approved for a workspace whose refunds go to its own shop: paid there
 * before the decision is recorded, under one key per request, so approving twice (or two people
 * approving at once) reaches the shop with the same key and the shop pays once. A shop that does
 * not confirm leaves the request waiting, with nothing said to be paid.
 */
async function refundThroughConnector(
  connector: BusinessConnector,
  customer: ConnectorCustomer,
  request: ApprovalRequest & { orderNumber: string },
  reason: string | null,
): Promise<CarriedOut | { notDone: string }> {
  const orderNumber = request.orderNumber;
  try {
    const found = await connector.run("lookupOrder", { customer, input: { orderNumber }, idempotencyKey: `lookupOrder:approval:${request.id}` });
    if (!found.found) throw new StaffActionError(`Order ${orderNumber} is not one of this customer's orders in the shop.`);
    const { currency } = found.order;
    const paid = await connector.run("refund", {
      customer,
      input: { orderNumber, amountCents: request.amountCents, reason: reason ?? request.reason, limitCents: request.amountCents },
      idempotencyKey: `approval:${request.id}`,
    });
    if (paid.outcome === "refused") return { notDone: `The shop refused the refund: ${paid.reason}` };
    if (paid.outcome === "pending_approval") return { notDone: `The shop filed the refund for its own approval (${paid.refundId}); nothing is paid yet.` };
    const money = formatMoney(paid.amountCents, currency);
    return {
      verdict: "approved",
      amountCents: paid.amountCents,
      currency,
      orderNumber,
      outcome: `Refund of ${money} on order ${orderNumber} completed by the shop.`,
      action: { name: "requestRefund", output: { kind: "refund_completed", order: { number: orderNumber }, amountCents: paid.amountCents, duplicate: paid.duplicate } },
    };
  } catch (error) {
    if (!(error instanceof ConnectorFailure)) throw error;
    return { notDone: `The shop did not confirm the refund: ${error.message}` };
  }
}

function settleGoodwillCredit(request: ApprovalRequest, approve: boolean): CarriedOut {
  const money = formatMoney(request.amountCents);
  return approve
    ? { verdict: "approved", amountCents: request.amountCents, currency: "USD", orderNumber: null, outcome: `Goodwill credit of ${money} approved; there is no credit ledger, so the team applies it by hand.`, action: { name: "goodwillCredit", output: { kind: "goodwill_credit_recorded", amountCents: request.amountCents } } }
    : { verdict: "denied", amountCents: request.amountCents, currency: "USD", orderNumber: null, outcome: `Goodwill credit of ${money} denied.`, action: null };
}

/** The decision recorded for the request, if any: whoever recorded it first. */
async function recordedDecision(db: Db, conversationId: string, approvalEventId: string): Promise<ApprovalDecidedPayload | null> {
  const log = await loadConversationLog(db, conversationId);
  return approvalRequests(log.events, log.messages).find((r) => r.id === approvalEventId)?.decision ?? null;
}

export async function decideApproval(db: Db, staff: StaffMember, input: ApprovalDecisionInput, now = new Date()): Promise<ApprovalDecidedPayload> {
  // In the conversation's order, so the AI's announcement never interleaves with a turn it is answering.
  return inConversationOrder(input.conversationId, async () => {
    const row = await db.conversation.findUnique({ where: { id: input.conversationId }, select: { workspaceId: true, customerId: true } });
    if (!row || row.workspaceId !== staff.workspaceId) throw new StaffActionError("No such conversation.");
    const log = await loadConversationLog(db, input.conversationId);
    const request = approvalRequests(log.events, log.messages).find((r) => r.id === input.approvalEventId);
    if (!request) throw new StaffActionError("No such approval request in this conversation.");
    if (request.decision) return request.decision;
    const owner = currentOwner(log.events);
    const authority = mayDecideApproval(staff, owner);
    if (!authority.allowed) throw new StaffActionError(authority.reason);

    const approve = input.decision === "approve";
    const decider = await db.user.findUniqueOrThrow({ where: { id: staff.userId }, select: { name: true } });
    const scope = { workspaceId: staff.workspaceId, conversationId: input.conversationId, actor: { type: "user" as const, userId: staff.userId }, at: now };
    const workspace = await db.workspace.findUniqueOrThrow({ where: { id: staff.workspaceId }, select: { connectorSettings: true } });
    const connector = workspaceConnector({ db, workspaceId: staff.workspaceId, actor: { type: "user", id: staff.userId }, now, stored: workspace.connectorSettings });
    const atShop = approve && request.action === "refund" && !request.refundId && connector.kindOf("refund") !== "demo";
    let paidAtShop: CarriedOut | null = null;
    if (atShop) {
      if (!row.customerId) throw new StaffActionError("The customer hasn't proved who they are in this chat, so there is no order to refund yet.");
      if (!request.orderNumber) throw new StaffActionError("The customer didn't name an order; ask them which one before approving.");
      const known = await db.customer.findUniqueOrThrow({ where: { id: row.customerId } });
      const customer = { id: known.id, externalId: known.externalId, email: known.email, name: known.name };
      const paid = await refundThroughConnector(connector, customer, { ...request, orderNumber: request.orderNumber }, input.reason);
      if ("notDone" in paid) {
        const first = await recordedDecision(db, input.conversationId, request.id);
        if (first) return first;
        await appendEvent(db, { ...scope, type: "action_taken", payload: { action: "requestRefund", input: { approvalEventId: request.id, orderNumber: request.orderNumber }, result: "failed", output: { error: paid.notDone } } });
        // The customer hears only that nothing is refunded yet, and the AI, which cannot pay it, no longer holds the conversation.
        await sayToCustomer(db, input.conversationId, "system", refundNotDoneReply(request.orderNumber, log.conversation.language), now);
        if (owner.kind === "ai") await claimConversation(db, staff, input.conversationId, now).catch((error: unknown) => {
          if (!(error instanceof StaffActionError)) throw error;
        });
        throw new StaffActionError(`${paid.notDone}. Nothing was refunded and the request is still waiting; approving it again retries with the same idempotency key.`);
      }
      paidAtShop = paid;
    }
    let carried: CarriedOut;
    let decided: ApprovalDecidedPayload;
    try {
      const order = atShop ? null : await orderToRefund(db, staff, request, row.customerId, approve);
      // The money and the decision commit together, and the decision's once-key lets one of
      // several people deciding at once (on any instance) record it: the others roll back.
      ({ carried, decided } = await transaction(db, async (tx) => {
        const carried = paidAtShop ?? (request.action === "refund" ? await settleRefund(tx, staff, request, order, approve, input.reason) : settleGoodwillCredit(request, approve));
        const decided: ApprovalDecidedPayload = {
          approvalEventId: request.id,
          action: request.action,
          decision: carried.verdict,
          reason: input.reason,
          decidedBy: { userId: staff.userId, name: decider.name },
          at: now.toISOString(),
          outcome: carried.outcome,
        };
        await appendEvent(tx, { ...scope, type: "approval_decided", payload: decided, onceKey: `approval_decided:${request.id}` });
        if (carried.action) {
          await appendEvent(tx, { ...scope, type: "action_taken", payload: { action: carried.action.name, input: { approvalEventId: request.id }, result: "success", output: carried.action.output } });
        }
        if (request.action === "goodwill_credit" && carried.verdict === "approved") {
          await audit(tx, { workspaceId: staff.workspaceId, actorType: "user", actorId: staff.userId, action: "goodwill_credit.approved", targetType: row.customerId ? "customer" : "conversation", targetId: row.customerId ?? input.conversationId, detail: { amountCents: request.amountCents, approvalEventId: request.id, ledger: "none; applied by hand" } });
        }
        await audit(tx, {
          workspaceId: staff.workspaceId,
          actorType: "user",
          actorId: staff.userId,
          action: `approval.${carried.verdict}`,
          targetType: "conversation",
          targetId: input.conversationId,
          detail: { approvalEventId: request.id, action: request.action, amountCents: carried.amountCents, limitCents: request.limitCents, reason: input.reason, decidedAt: now.toISOString() },
        });
        return { carried, decided };
      }, MONEY_TRANSACTION));
    } catch (error) {
      // Someone else decided it meanwhile: theirs is the decision, and they tell the customer.
      const first = await recordedDecision(db, input.conversationId, request.id);
      if (first && paidAtShop && first.decision === "denied") {
        // A denial recorded while the shop was paying: the money has moved, so the record and the person say so.
        await appendEvent(db, { ...scope, type: "action_taken", payload: { action: paidAtShop.action!.name, input: { approvalEventId: request.id }, result: "success", output: paidAtShop.action!.output } });
        throw new StaffActionError(`${first.decidedBy.name} denied this at the same moment, but the shop had already confirmed it: ${paidAtShop.outcome} Reverse it in the shop or tell the customer.`);
      }
      if (first) return first;
      if (error instanceof RefundNotPossible) throw new StaffActionError(error.message);
      throw error;
    }

    const body = approvalReply({ action: request.action, verdict: carried.verdict, amountCents: carried.amountCents, currency: carried.currency, orderNumber: carried.orderNumber, deciderFirstName: decider.name.split(" ")[0] ?? decider.name, reason: input.reason }, log.conversation.language);
    // The AI kept the conversation while the request waited; if a person has taken it since, the news is not in the AI's voice.
    if (aiMaySpeak(owner)) await sayToCustomer(db, input.conversationId, "ai", body, now, request.requestedBy ?? "transactions");
    else await sayToCustomer(db, input.conversationId, "system", body, now);
    return decided;
  });
}
