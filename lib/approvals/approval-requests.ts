import { payloadOf } from "../conversation/log";
import { formatMoney } from "../business/money";
import { actionLabels } from "./action-labels";

/**
 * The approval requests of one conversation and their decisions, read from its event log. Two
 * writers file requests: the escalation router (an amount the customer named is above the AI's
 * authority; no refund exists yet) and the refund tool (a refund it filed as pending approval).
 */

export type ApprovalAction = "refund" | "goodwill_credit";
export type ApprovalVerdict = "approved" | "denied";

/** What the pipeline and the refund tool store; the router's version carries the turn's entities and reason. */
export interface ApprovalRequestedPayload {
  action: ApprovalAction;
  amountCents: number;
  limitCents: number;
  messageId?: string;
  reason?: string;
  entities?: { type: string; value: string }[];
  refundId?: string;
  orderNumber?: string;
}

export interface ApprovalDecidedPayload {
  approvalEventId: string;
  action: ApprovalAction;
  decision: ApprovalVerdict;
  reason: string | null;
  decidedBy: { userId: string; name: string };
  at: string;
  /** What was carried out, in a sentence, e.g. "Refund of $149.00 on order 4512 completed." */
  outcome: string;
}

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
  for (const event of events) {
    if (event.type !== "approval_decided") continue;
    const decided = payloadOf<ApprovalDecidedPayload>(event);
    // The first decision stands; a later one for the same request is never written, but is ignored if it were.
    if (!decisions.has(decided.approvalEventId)) decisions.set(decided.approvalEventId, decided);
  }
  return events
    .filter((event) => event.type === "approval_requested")
    .map((event) => {
      const request = payloadOf<ApprovalRequestedPayload>(event);
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
  const decided = new Set(events.filter((e) => e.type === "approval_decided").map((e) => payloadOf<ApprovalDecidedPayload>(e).approvalEventId));
  return events.filter((e) => e.type === "approval_requested" && !(e.id && decided.has(e.id))).length;
}
