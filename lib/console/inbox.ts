import "server-only";
import type { Db } from "../db";
import { payloadOf } from "../conversation/log";
import type { HandoffBrief } from "../handoff/brief";
import { compareQueuePriority } from "../handoff/routing";
import { pendingApprovals } from "../approvals/approval-requests";

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
  customerName: string | null;
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
}

const LIMIT = 100;

export async function loadInbox(db: Db, staff: { id: string; workspaceId: string }, view: InboxView): Promise<InboxRow[]> {
  const conversations = await db.conversation.findMany({
    where: {
      workspaceId: staff.workspaceId,
      status: { in: [...inboxViews[view].statuses] },
      ...(view === "mine" ? { assigneeId: staff.id } : {}),
    },
    include: { customer: { select: { name: true, tier: true } }, assignee: { select: { name: true } } },
    orderBy: { lastMessageAt: "desc" },
    take: LIMIT,
  });
  const briefEvents = await db.conversationEvent.findMany({
    where: { conversationId: { in: conversations.map((c) => c.id) }, type: "handoff_brief" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const humanReplies = await db.message.groupBy({
    by: ["conversationId"],
    where: { conversationId: { in: conversations.map((c) => c.id) }, author: "human" },
    _max: { createdAt: true },
  });
  const approvalEvents = await db.conversationEvent.findMany({
    where: { conversationId: { in: conversations.map((c) => c.id) }, type: { in: ["approval_requested", "approval_decided"] } },
    select: { id: true, conversationId: true, type: true, payload: true },
  });
  const approvalsOf = new Map<string, typeof approvalEvents>();
  for (const event of approvalEvents) approvalsOf.set(event.conversationId, [...(approvalsOf.get(event.conversationId) ?? []), event]);
  const lastHumanReply = new Map(humanReplies.map((r) => [r.conversationId, r._max.createdAt]));
  const latest = new Map(briefEvents.map((e) => [e.conversationId, { brief: payloadOf<{ brief: HandoffBrief }>(e).brief, at: e.createdAt }]));
  const rows = conversations.map((c) => {
    const handoff = latest.get(c.id);
    // The first-response clock stops once a person has replied after the handoff.
    const replied = (lastHumanReply.get(c.id) ?? null) !== null && handoff !== undefined && lastHumanReply.get(c.id)! >= handoff.at;
    const clockRuns = (c.status === "waiting_human" || c.status === "with_human") && !replied;
    return {
      row: {
        id: c.id,
        customerName: c.customer?.name ?? null,
        tier: c.customer?.tier ?? null,
        status: c.status,
        ownerName: c.assignee?.name ?? null,
        lastMessageAt: c.lastMessageAt,
        trigger: handoff?.brief.escalation.trigger ?? null,
        reason: handoff?.brief.escalation.reason ?? null,
        urgency: handoff?.brief.escalation.urgency ?? null,
        slaDueAt: clockRuns ? (handoff?.brief.escalation.sla_due_at ?? null) : null,
        pendingApprovals: pendingApprovals(approvalsOf.get(c.id) ?? []),
      },
      queued: { urgency: handoff?.brief.escalation.urgency ?? "low", tier: c.customer?.tier ?? null, slaDueAt: handoff?.brief.escalation.sla_due_at ? new Date(handoff.brief.escalation.sla_due_at) : null, queuedAt: handoff?.at ?? c.createdAt },
    };
  });
  if (view === "waiting") rows.sort((a, b) => compareQueuePriority(a.queued, b.queued));
  return rows.map((r) => r.row);
}
