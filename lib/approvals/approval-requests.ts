import { payloadsOf, type ApprovalDecidedPayload, type ApprovalRequestedPayload } from "../events/catalogue";
import { formatMoney } from "../business/money";
import { actionLabels } from "./action-labels";

/**
 * The approval requests of one conversation and their decisions, read from its event log. Two
 * writers file requests: the escalation router (an amount the customer named is above the AI's
 * authority; no refund exists yet) and the refund tool (a refund it filed as pending approval).
 */

export type ApprovalAction = ApprovalRequestedPayload["action"];
export type ApprovalVerdict = ApprovalDecidedPayload["decision"];

export interface ApprovalRequest {
  id: string;
  at: Date;
  action: ApprovalAction;
  amountCents: number;
  limitCents: number;
  reason: string;
  orderNumber: string | null;
  refundId: string | null;
  /** The AI agent that asked, who also tells the customer the outcome. */
  requestedBy: string | null;
  /** The customer's message that led to the request, as they wrote it. */
  customerWords: string | null;
  decision: ApprovalDecidedPayload | null;
}

interface LoggedEvent {
  id: string;
  type: string;
  createdAt: Date;
  payload: unknown;
  actorId?: string | null;
}

interface LoggedMessage {
  id: string;
  author: string;
  body: string;
  createdAt: Date;
}

function customerWordsFor(request: ApprovalRequestedPayload, at: Date, messages: readonly LoggedMessage[]): string | null {
  const named = request.messageId ? messages.find((m) => m.id === request.messageId) : undefined;
  if (named) return named.body;
  // The refund tool files its request while answering the customer's latest message.
  const before = messages.filter((m) => m.author === "customer" && m.createdAt.getTime() <= at.getTime());
  return before[before.length - 1]?.body ?? null;
}

export function approvalRequests(events: readonly LoggedEvent[], messages: readonly LoggedMessage[]): ApprovalRequest[] {
  const decisions = new Map<string, ApprovalDecidedPayload>();
  for (const { payload: decided } of payloadsOf("approval_decided", events)) {
    // The first decision stands; a later one for the same request is never written, but is ignored if it were.
    if (!decisions.has(decided.approvalEventId)) decisions.set(decided.approvalEventId, decided);
  }
  return payloadsOf("approval_requested", events).map(({ event, payload: request }) => {
      return {
        id: event.id,
        at: event.createdAt,
        action: request.action,
        amountCents: request.amountCents,
        limitCents: request.limitCents,
        reason: request.reason ?? `The ${actionLabels[request.action]} of ${formatMoney(request.amountCents)} is above the AI's ${formatMoney(request.limitCents)} limit.`,
        orderNumber: request.orderNumber ?? request.entities?.find((e) => e.type === "order_number")?.value ?? null,
        refundId: request.refundId ?? null,
        requestedBy: event.actorId ?? null,
        customerWords: customerWordsFor(request, event.createdAt, messages),
        decision: decisions.get(event.id) ?? null,
      };
    });
}

/** Requests still waiting for a person; a request without an id (a hand-built log) cannot have been decided. */
export function pendingApprovals(events: readonly { id?: string; type: string; payload: unknown }[]): number {
  const decided = new Set(payloadsOf("approval_decided", events).map(({ payload }) => payload.approvalEventId));
  return events.filter((e) => e.type === "approval_requested" && !(e.id && decided.has(e.id))).length;
}
