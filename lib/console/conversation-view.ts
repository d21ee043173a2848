import "server-only";
import { recentOrders, type RecentOrder } from "../business/recent-orders";
import type { Db } from "../db";
import { loadConversationLog } from "../conversation/log";
import { currentOwner } from "../conversation/ownership";
import { payloadOrSkip, type Owner } from "../events/catalogue";
import type { HandoffBrief } from "../handoff/brief";
import { activeGuidance } from "../agents/staff-guidance";
import { addUsage, noSpend, type ModelSpend } from "../analytics/model-cost";
import { mayRemoveGuidance, type StaffMember } from "./staff-actions";
import { conversationSubject } from "./conversation-subject";
import { contactEmailOf, visitorLabel } from "./inbox-filters";
import { replyContextOf } from "./reply-context";
import type { ReplyContext } from "./saved-replies";
import { briefFeedbackState, type BriefFeedbackState } from "./brief-feedback";
import { attachmentsOfMessages, type AttachmentView } from "../attachments/attachments";
import { actionLabels } from "../approvals/action-labels";
import { approvalRequests, type ApprovalRequest } from "../approvals/approval-requests";

/**
 * Everything the console's conversation page shows, read from the log and the customer's
 * records: the latest brief, the sentiment of every customer turn with the turns where the AI
 * handed over, one timeline of messages and markers, and the customer's account.
 */

export type TimelineItem =
  | { kind: "message"; id: string; at: Date; author: "customer" | "ai" | "human" | "system"; name: string | null; body: string; attachments: AttachmentView[] }
  | { kind: "marker"; id: string; at: Date; marker: "agent_switch" | "ownership" | "resolved" | "reopened" | "approval"; text: string }
  | { kind: "remark"; id: string; at: Date; remark: "note" | "whisper"; authorName: string; body: string };

export interface ConversationView {
  id: string;
  status: string;
  /** The last message's sequence number: what a viewer has read once the page is shown. */
  lastSeq: number;
  owner: Owner;
  ownerName: string | null;
  customer: { id: string; name: string; email: string; tier: string; language: string } | null;
  /** Who the customer is to a person reading: their name, else what tells an anonymous visitor apart. */
  label: string;
  /** What a saved reply's {{customer.name}} and {{order.number}} become here. */
  replyContext: ReplyContext;
  language: string;
  brief: HandoffBrief | null;
  /** Whether the viewer may rate the latest brief, and how they rated it. */
  briefFeedback: BriefFeedbackState | null;
  sentiment: { trajectory: number[]; escalatedAtTurns: number[] };
  timeline: TimelineItem[];
  /** Actions above the AI's authority, newest first, each with its decision once made. */
  approvals: ApprovalRequest[];
  account: {
    orders: RecentOrder[];
    /** Why the business's own system could not be read for the orders, when it could not. */
    ordersUnreachable: string | null;
    payments: { id: string; amountCents: number; currency: string; status: string; card: string; failureReason: string | null; at: Date }[];
    previousConversations: { id: string; status: string; createdAt: Date; subject: string | null }[];
  } | null;
  colleagues: { id: string; name: string; presence: string }[];
  /** What the AI is told to follow now, and whether the viewer may withdraw each piece. */
  guidance: { eventId: string; kind: "whisper" | "hand_back_note" | "script"; body: string; givenBy: string | null; mayRemove: boolean }[];
  /** Every hosted-model call made for this conversation: tokens and cost. */
  modelSpend: ModelSpend;
}

const ACCOUNT_ROWS = 5;

function ownerText(owner: Owner, names: Map<string, string>): string {
  if (owner.kind === "ai") return "the AI";
  if (owner.kind === "queue") return "the queue";
  return names.get(owner.userId) ?? "a colleague";
}

export async function loadConversationView(db: Db, viewer: StaffMember, conversationId: string): Promise<ConversationView | null> {
  const { workspaceId, userId: viewerId } = viewer;
  const row = await db.conversation.findUnique({ where: { id: conversationId }, select: { workspaceId: true } });
  if (!row || row.workspaceId !== workspaceId) return null;
  const [log, staff] = await Promise.all([
    loadConversationLog(db, conversationId),
    db.user.findMany({ where: { workspaceId }, select: { id: true, name: true, presence: true }, orderBy: { name: "asc" } }),
  ]);
  const names = new Map(staff.map((s) => [s.id, s.name]));
  const { conversation, messages, events } = log;
  const owner = currentOwner(events);

  let brief: HandoffBrief | null = null;
  let trajectory: number[] = [];
  const escalatedAtTurns: number[] = [];
  const modelSpend = noSpend();
  const files = await attachmentsOfMessages(db, messages.map((m) => m.id));
  const timeline: TimelineItem[] = messages.map((m) => ({ kind: "message", id: m.id, at: m.createdAt, author: m.author, name: m.agentName, body: m.body, attachments: files.get(m.id) ?? [] }));
  for (const event of events) {
    switch (event.type) {
      case "handoff_brief": {
        const p = payloadOrSkip("handoff_brief", event);
        if (!p) break;
        brief = p.brief;
        escalatedAtTurns.push(brief.conversation.sentiment_trajectory.length - 1);
        break;
      }
      case "model_usage": {
        const p = payloadOrSkip("model_usage", event);
        if (p) addUsage(modelSpend, p);
        break;
      }
      case "turn_signals": {
        const p = payloadOrSkip("turn_signals", event);
        if (p) trajectory = p.signals.sentimentTrajectory;
        break;
      }
      case "agent_switch": {
        const p = payloadOrSkip("agent_switch", event);
        if (!p) break;
        timeline.push({ kind: "marker", id: event.id, at: event.createdAt, marker: "agent_switch", text: `AI handed from ${p.from} to ${p.to}: ${p.reason}` });
        break;
      }
      case "ownership_changed": {
        const p = payloadOrSkip("ownership_changed", event);
        if (!p) break;
        const note = p.note ? ` Note: ${p.note}` : "";
        timeline.push({ kind: "marker", id: event.id, at: event.createdAt, marker: "ownership", text: `Now with ${ownerText(p.to, names)} (${p.reason})${note}` });
        break;
      }
      case "resolved": {
        const p = payloadOrSkip("resolved", event);
        if (!p) break;
        timeline.push({ kind: "marker", id: event.id, at: event.createdAt, marker: "resolved", text: `Resolved: ${p.outcome.replace("_", " ")}${p.note ? ` (${p.note})` : ""}` });
        break;
      }
      case "reopened": {
        const p = payloadOrSkip("reopened", event);
        if (!p) break;
        timeline.push({ kind: "marker", id: event.id, at: event.createdAt, marker: "reopened", text: `Reopened by ${names.get(p.byUserId) ?? "a colleague"}; the AI has it again${p.note ? ` (${p.note})` : ""}` });
        break;
      }
      case "approval_decided": {
        const p = payloadOrSkip("approval_decided", event);
        if (!p) break;
        timeline.push({ kind: "marker", id: event.id, at: event.createdAt, marker: "approval", text: `${p.decidedBy.name} ${p.decision} the ${actionLabels[p.action]}: ${p.outcome}` });
        break;
      }
      case "note":
      case "whisper": {
        const p = payloadOrSkip(event.type, event);
        if (!p) break;
        timeline.push({ kind: "remark", id: event.id, at: event.createdAt, remark: event.type, authorName: p.authorName, body: p.body });
        break;
      }
    }
  }
  timeline.sort((a, b) => a.at.getTime() - b.at.getTime());

  const customer = conversation.customer;
  const account = customer
    ? await Promise.all([
        db.workspace
          .findUniqueOrThrow({ where: { id: workspaceId }, select: { connectorSettings: true } })
          .then((w) => recentOrders(db, { workspaceId, customer: { id: customer.id, externalId: customer.externalId, email: customer.email, name: customer.name }, stored: w.connectorSettings, take: ACCOUNT_ROWS, now: new Date() })),
        db.payment.findMany({ where: { customerId: customer.id }, orderBy: { createdAt: "desc" }, take: ACCOUNT_ROWS }),
        db.conversation.findMany({ where: { customerId: customer.id, id: { not: conversation.id } }, orderBy: { createdAt: "desc" }, take: ACCOUNT_ROWS, select: { id: true, status: true, createdAt: true } }),
      ]).then(async ([orders, payments, previous]) => {
        const subjectEvents = await db.conversationEvent.findMany({
          where: { conversationId: { in: previous.map((c) => c.id) }, type: { in: ["classification", "handoff_brief"] } },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          select: { conversationId: true, type: true, payload: true },
        });
        return {
          orders: orders.orders,
          ordersUnreachable: orders.unreachable,
          payments: payments.map((p) => ({ id: p.id, amountCents: p.amountCents, currency: p.currency, status: p.status, card: `${p.cardBrand} •••• ${p.cardLast4}`, failureReason: p.failureReason, at: p.createdAt })),
          previousConversations: previous.map((c) => ({ ...c, subject: conversationSubject(subjectEvents.filter((e) => e.conversationId === c.id)) })),
        };
      })
    : null;

  return {
    id: conversation.id,
    status: conversation.status,
    lastSeq: conversation.lastSeq,
    owner,
    ownerName: owner.kind === "human" ? (names.get(owner.userId) ?? null) : null,
    customer: customer ? { id: customer.id, name: customer.name, email: customer.email, tier: customer.tier, language: customer.language } : null,
    label:
      customer?.name ||
      visitorLabel({
        contactEmail: contactEmailOf(events),
        pageTitle: conversation.pageTitle,
        pageUrl: conversation.pageUrl,
      }),
    replyContext: replyContextOf(events, customer?.name ?? null, account?.orders[0]?.number ?? null),
    language: conversation.language,
    brief,
    briefFeedback: brief ? briefFeedbackState(events, messages, brief.handoff_id, viewerId) : null,
    sentiment: { trajectory, escalatedAtTurns },
    timeline,
    approvals: approvalRequests(events, messages).reverse(),
    account,
    colleagues: staff.map((s) => ({ id: s.id, name: s.name, presence: s.presence })),
    guidance: activeGuidance(events, messages.findLast((m) => m.author === "ai")?.createdAt ?? null).map((piece) => ({
      eventId: piece.eventId,
      kind: piece.kind,
      body: piece.body,
      givenBy: piece.userId === null ? null : (names.get(piece.userId) ?? null),
      mayRemove: mayRemoveGuidance(viewer, owner, piece.userId),
    })),
    modelSpend,
  };
}
