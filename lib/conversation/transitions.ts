import type { Db, Prisma } from "../db";
import type { Actor, MissedAssignment, Owner, OwnershipChangedPayload } from "./event-types";
import { appendEvent } from "./log";

/**
 * Changes of who owns a conversation. Each writes the ownership event and the conversation's
 * status/assignee projection in one transaction, so the log and the inbox never disagree; the
 * caller publishes afterwards.
 */

type Tx = Prisma.TransactionClient;

interface Scope {
  workspaceId: string;
  conversationId: string;
  actor: Actor;
  at: Date;
}

export interface AssignmentPayload {
  agentId: string;
  agentName: string;
  /** Why this person: the router's reason, or who claimed or transferred it. */
  reason: string;
  via: "routing" | "claim" | "transfer";
  handoffId: string | null;
}

async function changeOwner(tx: Tx, scope: Scope, from: Owner, to: Owner, reason: string, note?: string, missedAssignment?: MissedAssignment) {
  const payload: OwnershipChangedPayload = { from, to, reason, ...(note ? { note } : {}), ...(missedAssignment ? { missedAssignment } : {}) };
  await appendEvent(tx, { ...scope, type: "ownership_changed", payload: payload as never });
}

export async function assignInTransaction(tx: Tx, scope: Scope, from: Owner, assignment: AssignmentPayload): Promise<void> {
  await appendEvent(tx, { ...scope, type: "assignment", payload: assignment as never });
  await changeOwner(tx, scope, from, { kind: "human", userId: assignment.agentId }, assignment.reason);
  await tx.conversation.update({ where: { id: scope.conversationId }, data: { status: "with_human", assigneeId: assignment.agentId } });
}

export async function assignConversation(db: Db, scope: Scope, from: Owner, assignment: AssignmentPayload): Promise<void> {
  await db.$transaction((tx) => assignInTransaction(tx, scope, from, assignment));
}

export async function returnToQueueInTransaction(tx: Tx, scope: Scope, from: Owner, reason: string, missedAssignment?: MissedAssignment): Promise<Owner> {
  const queued: Owner = { kind: "queue", reason };
  await changeOwner(tx, scope, from, queued, reason, undefined, missedAssignment);
  await tx.conversation.update({ where: { id: scope.conversationId }, data: { status: "waiting_human", assigneeId: null } });
  return queued;
}

export async function returnToQueue(db: Db, scope: Scope, from: Owner, reason: string): Promise<void> {
  await db.$transaction((tx) => returnToQueueInTransaction(tx, scope, from, reason));
}

/** The AI owns it again: every stay-silent state ends here, and the note is what it should know. */
export async function handBackToAi(db: Db, scope: Scope, from: Owner, note: string | null): Promise<void> {
  await db.$transaction(async (tx) => {
    await changeOwner(tx, scope, from, { kind: "ai" }, "Handed back to the AI", note ?? undefined);
    await tx.conversation.update({ where: { id: scope.conversationId }, data: { status: "open", assigneeId: null } });
  });
}

export async function resolveConversation(db: Db, scope: Scope, outcome: string, note: string | null): Promise<void> {
  await db.$transaction(async (tx) => {
    await appendEvent(tx, { ...scope, type: "resolved", payload: { outcome, note } });
    await tx.conversation.update({ where: { id: scope.conversationId }, data: { status: "resolved", resolvedAt: scope.at } });
  });
}
