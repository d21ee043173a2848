import { getDb, type Db } from "../db";
import { customerNotices } from "../agents/customer-notices";
import { loadConversationLog } from "../conversation/log";
import { payloadsOf } from "../events/catalogue";
import { dispatch, transaction } from "../events/dispatcher";
import { sayToCustomer } from "../conversation/say";
import { assignInTransaction, OwnershipChanged, returnToQueueInTransaction } from "../conversation/transitions";
import { parseWorkspaceSettings } from "../workspace/settings";
import { routeConversation } from "./escalate";
import { overdueAssignments, type AssignedConversation, type OverdueAssignment } from "./unanswered-assignments";

/**
 * The server's watch over assignments nobody answers: every few seconds it finds conversations
 * whose assigned person has not replied within the workspace's limit, puts each back in the
 * queue with that reason, offers it to someone else when anyone can take it, and tells the
 * workspace's staff.
 */

const CHECK_EVERY_MS = 10_000;

export async function findOverdueAssignments(db: Db, now: Date): Promise<OverdueAssignment[]> {
  const conversations = await db.conversation.findMany({ where: { status: "with_human", assigneeId: { not: null } }, select: { id: true, workspaceId: true, assigneeId: true } });
  if (conversations.length === 0) return [];
  const ids = conversations.map((c) => c.id);
  const [assignments, replies, workspaces] = await Promise.all([
    db.conversationEvent.findMany({ where: { conversationId: { in: ids }, type: "assignment" }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, type: true, conversationId: true, payload: true, createdAt: true } }),
    db.message.groupBy({ by: ["conversationId", "userId"], where: { conversationId: { in: ids }, author: "human" }, _max: { createdAt: true } }),
    db.workspace.findMany({ where: { id: { in: [...new Set(conversations.map((c) => c.workspaceId))] } } }),
  ]);
  const latestAssignment = new Map(payloadsOf("assignment", assignments).map(({ event, payload }) => [event.conversationId, { ...payload, at: event.createdAt }]));
  const lastReply = new Map(replies.map((r) => [`${r.conversationId}:${r.userId}`, r._max.createdAt]));
  const timeoutOf = new Map(workspaces.map((w) => [w.id, parseWorkspaceSettings(w).escalation.assignmentTimeoutSeconds]));
  const assigned: AssignedConversation[] = conversations.flatMap((c) => {
    const assignment = latestAssignment.get(c.id);
    // The projection and the log agree except mid-write; the next check sees the settled state.
    if (!assignment || assignment.agentId !== c.assigneeId) return [];
    return [{
      conversationId: c.id,
      workspaceId: c.workspaceId,
      assignment: { agentId: assignment.agentId, agentName: assignment.agentName, via: assignment.via, at: assignment.at },
      lastReplyAt: lastReply.get(`${c.id}:${assignment.agentId}`) ?? null,
      timeoutSeconds: timeoutOf.get(c.workspaceId)!,
    }];
  });
  return overdueAssignments(assigned, now);
}

/** Moves one unanswered conversation on; false when the person replied or it changed hands meanwhile. */
export async function requeueUnanswered(db: Db, overdue: OverdueAssignment, now: Date): Promise<boolean> {
  const log = await loadConversationLog(db, overdue.conversationId);
  const workspace = await db.workspace.findUniqueOrThrow({ where: { id: overdue.workspaceId } });
  const routing = await routeConversation(db, log, parseWorkspaceSettings(workspace), workspace.timezone, now, [overdue.agentId]);
  const handoffId = payloadsOf("handoff_brief", log.events).at(-1)?.payload.brief.handoff_id ?? null;
  const scope = { workspaceId: overdue.workspaceId, conversationId: overdue.conversationId, actor: { type: "system" as const }, at: now };
  const next = routing.agentId && routing.agentName ? { id: routing.agentId, name: routing.agentName } : null;

  const { status, assigneeId, ownerVersion } = log.conversation;
  if (status !== "with_human" || assigneeId !== overdue.agentId) return false;
  // Every instance runs this watch: the owner version read with the log lets one of them move it.
  const moved = await transaction(db, async (tx) => {
      const replied = await tx.message.count({ where: { conversationId: overdue.conversationId, author: "human", userId: overdue.agentId, createdAt: { gte: overdue.assignedAt } } });
      if (replied > 0) return false;
      const missed = { agentId: overdue.agentId, agentName: overdue.agentName, timeoutSeconds: overdue.timeoutSeconds };
      const queued = await returnToQueueInTransaction(tx, scope, { owner: { kind: "human", userId: overdue.agentId }, version: ownerVersion }, overdue.reason, missed);
      if (next) {
        await assignInTransaction(tx, scope, queued, { agentId: next.id, agentName: next.name, reason: `${routing.reason} ${overdue.agentName} had not replied.`, via: "routing", handoffId });
      }
      return true;
    }).catch((error: unknown) => {
      if (error instanceof OwnershipChanged) return false;
      throw error;
    });
  if (!moved) return false;

  const customerName = log.conversation.customer?.name ?? null;
  if (next) {
    void dispatch([{ kind: "conversation_assigned", workspaceId: overdue.workspaceId, agentId: next.id, notice: { conversationId: overdue.conversationId, customerName, reason: `${overdue.agentName} did not reply in time. ${routing.reason}`, handoffId, decidedAt: now.toISOString() } }], db);
  }
  void dispatch([{ kind: "conversation_changed", workspaceId: overdue.workspaceId, update: { conversationId: overdue.conversationId, status: next ? "with_human" : "waiting_human", assigneeId: next?.id ?? null, assignee: next ? { name: next.name } : null } }], db);
  await sayToCustomer(
    db,
    overdue.conversationId,
    "system",
    next ? customerNotices(log.conversation.language).afterWaitTakesOver(next.name.split(" ")[0]!) : customerNotices(log.conversation.language).afterWaitFinding,
    now,
  );
  const alert = { conversationId: overdue.conversationId, customerName, agentName: overdue.agentName, timeoutSeconds: overdue.timeoutSeconds, reassignedTo: next?.name ?? null, reason: overdue.reason, at: now.toISOString() };
  void dispatch([{ kind: "assignment_timed_out", workspaceId: overdue.workspaceId, alert }], db);
  return true;
}

export async function checkUnansweredAssignments(db: Db, now = new Date()): Promise<number> {
  let moved = 0;
  for (const overdue of await findOverdueAssignments(db, now)) {
    if (await requeueUnanswered(db, overdue, now)) moved += 1;
  }
  return moved;
}

/** Starts the periodic check in the server process; the returned function stops it. */
export function startAssignmentWatch(everyMs = CHECK_EVERY_MS): () => void {
  let running = false;
  const timer = setInterval(() => {
    // A slow check is never overlapped by the next one.
    if (running) return;
    running = true;
    getDb()
      .then((db) => checkUnansweredAssignments(db))
      .catch((error: unknown) => console.error("Checking unanswered assignments failed:", error))
      .finally(() => {
        running = false;
      });
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
