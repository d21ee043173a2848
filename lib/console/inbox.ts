import type { Db, Prisma } from "../db";
import { payloadsOf } from "../events/catalogue";
import type { HandoffBrief } from "../handoff/brief";
import { compareQueuePriority } from "../handoff/routing";
import { pendingApprovals } from "../approvals/approval-requests";
import { contactEmailOf, visitorLabel, type InboxFilters } from "./inbox-filters";
import { messagePreview } from "./message-preview";

/**
 * The console's inbox views. "Waiting" is the queue in the order people should pick it up
 * (urgency, tier, SLA deadline, wait); the other views are most recent first.
 */

export const inboxViews = {
  waiting: { label: "Waiting", statuses: ["waiting_human"] },
  mine: { label: "Mine", statuses: ["with_human", "waiting_human", "pending_async"] },
  all: { label: "All open", statuses: ["open", "waiting_human", "with_human", "pending_async"] },
} as const;
export type InboxView = keyof typeof inboxViews;

export interface InboxRow {
  id: string;
  /** The customer's name, or what tells an anonymous visitor apart. */
  label: string;
  tier: string | null;
  status: string;
  ownerName: string | null;
  lastMessageAt: Date;
  trigger: string | null;
  reason: string | null;
  urgency: HandoffBrief["escalation"]["urgency"] | null;
  slaDueAt: string | null;
  /** Actions above the AI's authority waiting for a person to decide. */
  pendingApprovals: number;
  /** Customer messages after the viewer last had this conversation open. */
  unread: number;
  /** The last message's words, and who wrote it. */
  preview: { author: string; text: string } | null;
}

const LIMIT = 100;

/** The newest handoff brief of each conversation, keyed by conversation. */
async function latestBriefs(db: Db, conversationIds: string[]) {
  const events = await db.conversationEvent.findMany({
    where: { conversationId: { in: conversationIds }, type: "handoff_brief" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return new Map(payloadsOf("handoff_brief", events).map(({ event, payload }) => [event.conversationId, { brief: payload.brief, at: event.createdAt }]));
}

/** A contains-filter that ignores case: SQLite's LIKE does already; PostgreSQL must be asked (SQLite's client has no `mode`). */
function textMatch(db: Db, text: string): Prisma.StringFilter {
  // Asked of the client (Prisma's `_activeProvider`), not of DATABASE_URL: a test or tool may hold another database than the app's.
  const provider = (db as unknown as { _activeProvider?: string })._activeProvider;
  return provider === "postgresql" ? ({ contains: text, mode: "insensitive" } as Prisma.StringFilter) : { contains: text };
}

/**
 * Of the conversations the other filters leave, those whose latest handoff was for this trigger.
 * The trigger lives in the brief, not in a column, so only those conversations' briefs are read.
 */
async function handedOffFor(db: Db, where: Prisma.ConversationWhereInput, trigger: string): Promise<string[]> {
  const candidates = await db.conversation.findMany({ where: { AND: [where, { events: { some: { type: "handoff_brief" } } }] }, select: { id: true } });
  const briefs = await latestBriefs(db, candidates.map((c) => c.id));
  return [...briefs].filter(([, latest]) => latest.brief.escalation.trigger === trigger).map(([id]) => id);
}

async function whereFor(db: Db, staff: { id: string; workspaceId: string }, view: InboxView, filters: InboxFilters): Promise<Prisma.ConversationWhereInput> {
  const and: Prisma.ConversationWhereInput[] = [{ workspaceId: staff.workspaceId }];
  // A chosen status replaces the view's, so a search can reach resolved conversations too.
  and.push({ status: filters.status ? filters.status : { in: [...inboxViews[view].statuses] } });
  if (view === "mine") and.push({ assigneeId: staff.id });
  if (filters.assignee) and.push({ assigneeId: filters.assignee === "unassigned" ? null : filters.assignee === "me" ? staff.id : filters.assignee });
  if (filters.language) and.push({ language: filters.language });
  if (filters.tier) and.push({ customer: { tier: filters.tier } });
  if (filters.page) and.push({ OR: [{ pageUrl: textMatch(db, filters.page) }, { pageTitle: textMatch(db, filters.page) }] });
  if (filters.q) {
    and.push({
      OR: [
        { customer: { name: textMatch(db, filters.q) } },
        { customer: { email: textMatch(db, filters.q) } },
        { messages: { some: { body: textMatch(db, filters.q) } } },
      ],
    });
  }
  if (filters.trigger) return { id: { in: await handedOffFor(db, { AND: and }, filters.trigger) } };
  return { AND: and };
}

export async function loadInbox(db: Db, staff: { id: string; workspaceId: string }, view: InboxView, filters: InboxFilters = {}): Promise<InboxRow[]> {
  const conversations = await db.conversation.findMany({
    where: await whereFor(db, staff, view, filters),
    include: { customer: { select: { name: true, tier: true } }, assignee: { select: { name: true } } },
    orderBy: { lastMessageAt: "desc" },
    take: LIMIT,
  });
  const ids = conversations.map((c) => c.id);
  const [latest, reads, lastMessages, contactEvents] = await Promise.all([
    latestBriefs(db, ids),
    db.conversationRead.findMany({ where: { userId: staff.id, conversationId: { in: ids } } }),
    db.message.findMany({ where: { OR: conversations.map((c) => ({ conversationId: c.id, seq: c.lastSeq })) }, select: { conversationId: true, author: true, body: true } }),
    db.conversationEvent.findMany({ where: { conversationId: { in: ids }, type: "async_requested" }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { conversationId: true, type: true, payload: true } }),
  ]);
  const lastRead = new Map(reads.map((r) => [r.conversationId, r.lastReadSeq]));
  const unreadCounts = ids.length === 0 ? [] : await db.message.groupBy({
    by: ["conversationId"],
    where: { author: "customer", OR: ids.map((id) => ({ conversationId: id, seq: { gt: lastRead.get(id) ?? 0 } })) },
    _count: { _all: true },
  });
  const unread = new Map(unreadCounts.map((u) => [u.conversationId, u._count._all]));
  const previewOf = new Map(lastMessages.map((m) => [m.conversationId, { author: m.author, text: messagePreview(m.body) }]));
  const contactsOf = new Map<string, typeof contactEvents>();
  for (const event of contactEvents) contactsOf.set(event.conversationId, [...(contactsOf.get(event.conversationId) ?? []), event]);
  const humanReplies = await db.message.groupBy({
    by: ["conversationId"],
    where: { conversationId: { in: ids }, author: "human" },
    _max: { createdAt: true },
  });
  const approvalEvents = await db.conversationEvent.findMany({
    where: { conversationId: { in: ids }, type: { in: ["approval_requested", "approval_decided"] } },
    select: { id: true, conversationId: true, type: true, payload: true },
  });
  const approvalsOf = new Map<string, typeof approvalEvents>();
  for (const event of approvalEvents) approvalsOf.set(event.conversationId, [...(approvalsOf.get(event.conversationId) ?? []), event]);
  const lastHumanReply = new Map(humanReplies.map((r) => [r.conversationId, r._max.createdAt]));
  const rows = conversations.map((c) => {
    const handoff = latest.get(c.id);
    // The first-response clock stops once a person has replied after the handoff.
    const replied = (lastHumanReply.get(c.id) ?? null) !== null && handoff !== undefined && lastHumanReply.get(c.id)! >= handoff.at;
    const clockRuns = (c.status === "waiting_human" || c.status === "with_human") && !replied;
    return {
      row: {
        id: c.id,
        label: c.customer?.name || visitorLabel({ contactEmail: contactEmailOf(contactsOf.get(c.id) ?? []), pageTitle: c.pageTitle, pageUrl: c.pageUrl }),
        tier: c.customer?.tier ?? null,
        status: c.status,
        ownerName: c.assignee?.name ?? null,
        lastMessageAt: c.lastMessageAt,
        trigger: handoff?.brief.escalation.trigger ?? null,
        reason: handoff?.brief.escalation.reason ?? null,
        urgency: handoff?.brief.escalation.urgency ?? null,
        slaDueAt: clockRuns ? (handoff?.brief.escalation.sla_due_at ?? null) : null,
        pendingApprovals: pendingApprovals(approvalsOf.get(c.id) ?? []),
        unread: unread.get(c.id) ?? 0,
        preview: previewOf.get(c.id) ?? null,
      },
      queued: { urgency: handoff?.brief.escalation.urgency ?? "low", tier: c.customer?.tier ?? null, slaDueAt: handoff?.brief.escalation.sla_due_at ? new Date(handoff.brief.escalation.sla_due_at) : null, queuedAt: handoff?.at ?? c.createdAt },
    };
  });
  if (view === "waiting") rows.sort((a, b) => compareQueuePriority(a.queued, b.queued));
  return rows.map((r) => r.row);
}
