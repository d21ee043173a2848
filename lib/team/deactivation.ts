import type { Db } from "../db";
import { customerNotices } from "../agents/customer-notices";
import { audit } from "../business/audit";
import { loadConversationLog } from "../conversation/log";
import { dispatch } from "../events/dispatcher";
import { sayToCustomer } from "../conversation/say";
import { OwnershipChanged, returnToQueue } from "../conversation/transitions";
import { rooms } from "../realtime/events";
import { socketServer } from "../realtime/hub";
import { anotherActiveAdmin, TeamChangeRefused, type Actor } from "./members";

/**
 * Someone leaves the team. From the moment they are deactivated they cannot sign in (nor use a
 * session they already have), routing skips them, and every conversation they hold goes back to
 * the queue with the reason, for whoever picks it up next. Their history stays theirs.
 */

/** Why the conversation is back in the queue, as the console shows it. */
export function deactivationReason(personName: string, adminName: string): string {
  return `${personName} was deactivated by ${adminName}, so the conversation is back in the queue.`;
}

export interface Deactivation {
  /** Conversations put back in the queue; one another change got to first is left to that change. */
  requeued: string[];
}

export async function deactivateMember(db: Db, actor: Actor, userId: string, now = new Date()): Promise<Deactivation> {
  if (userId === actor.id) throw new TeamChangeRefused("You cannot deactivate yourself; ask another admin.");
  const person = await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId } });
    if (!user || user.workspaceId !== actor.workspaceId) throw new TeamChangeRefused("No such person on this team.");
    if (user.role === "admin" && !(await anotherActiveAdmin(tx, actor.workspaceId, userId))) throw new TeamChangeRefused("This is the workspace's only admin.");
    // Conditional, so two admins deactivating at once write one audit row between them.
    const { count } = await tx.user.updateMany({ where: { id: userId, active: true }, data: { active: false, deactivatedAt: now, presence: "offline" } });
    if (count === 1) {
      await audit(tx, { workspaceId: actor.workspaceId, actorType: "user", actorId: actor.id, action: "team.member_deactivated", targetType: "user", targetId: userId, detail: { email: user.email } });
    }
    return user;
  });
  // Their open console tabs, on every instance, stop receiving the workspace's conversations.
  socketServer()?.in(rooms.user(userId)).disconnectSockets(true);
  const admin = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { name: true } });
  const held = await db.conversation.findMany({ where: { workspaceId: actor.workspaceId, assigneeId: userId, status: "with_human" }, select: { id: true } });
  const requeued: string[] = [];
  for (const { id } of held) {
    if (await requeueFromDeactivated(db, actor, id, userId, deactivationReason(person.name, admin.name), now)) requeued.push(id);
  }
  return { requeued };
}

async function requeueFromDeactivated(db: Db, actor: Actor, conversationId: string, userId: string, reason: string, now: Date): Promise<boolean> {
  const log = await loadConversationLog(db, conversationId);
  if (log.conversation.status !== "with_human" || log.conversation.assigneeId !== userId) return false;
  const scope = { workspaceId: actor.workspaceId, conversationId, actor: { type: "user" as const, userId: actor.id }, at: now };
  try {
    await returnToQueue(db, scope, { owner: { kind: "human", userId }, version: log.conversation.ownerVersion }, reason);
  } catch (error) {
    if (error instanceof OwnershipChanged) return false;
    throw error;
  }
  void dispatch([{ kind: "conversation_changed", workspaceId: actor.workspaceId, update: { conversationId, status: "waiting_human", assigneeId: null, assignee: null } }], db);
  await sayToCustomer(db, conversationId, "system", customerNotices(log.conversation.language).afterWaitFinding, now);
  return true;
}

export async function reactivateMember(db: Db, actor: Actor, userId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId } });
    if (!user || user.workspaceId !== actor.workspaceId) throw new TeamChangeRefused("No such person on this team.");
    const { count } = await tx.user.updateMany({ where: { id: userId, active: false }, data: { active: true, deactivatedAt: null } });
    if (count === 1) {
      await audit(tx, { workspaceId: actor.workspaceId, actorType: "user", actorId: actor.id, action: "team.member_reactivated", targetType: "user", targetId: userId, detail: { email: user.email } });
    }
  });
}
