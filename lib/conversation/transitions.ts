import type { Db, Prisma } from "../db";
import { transaction } from "../events/dispatcher";
import type { Actor, AssignmentPayload, MissedAssignment, Owner, OwnershipChangedPayload } from "../events/catalogue";
import { appendEvent, appendEvents, type NewEvent } from "./log";
import { audit } from "../business/audit";

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

/**
 * An ownership change was refused because the conversation changed hands after the caller read
 * its owner: someone else (on this instance or another) got there first. The transaction rolls
 * back, so the loser has written nothing.
 */
export class OwnershipChanged extends Error {
  constructor(readonly conversationId: string) {
    super(`Conversation ${conversationId} changed hands after its owner was read.`);
  }
}

/** The owner as the caller read it, with `Conversation.ownerVersion` from the same read. */
export interface OwnerAsRead {
  owner: Owner;
  version: number;
}

/**
 * The compare-and-set every change of owner goes through: the projection is written only if the
 * version is still the one the caller read, so of several changes decided from the same state one
 * applies. It runs first, before any event: in PostgreSQL the loser waits on the row and then
 * finds nothing to change.
 */
async function takeOver(tx: Tx, conversationId: string, from: OwnerAsRead, data: { status: "open" | "waiting_human" | "with_human"; assigneeId: string | null }, changes = 1): Promise<number> {
  const { count } = await tx.conversation.updateMany({ where: { id: conversationId, ownerVersion: from.version }, data: { ...data, ownerVersion: { increment: changes } } });
  if (count === 0) throw new OwnershipChanged(conversationId);
  return from.version + changes;
}

function ownershipChanged(scope: Scope, from: Owner, to: Owner, reason: string, note?: string, missedAssignment?: MissedAssignment): NewEvent<"ownership_changed"> {
  const payload: OwnershipChangedPayload = { from, to, reason, ...(note ? { note } : {}), ...(missedAssignment ? { missedAssignment } : {}) };
  return { ...scope, type: "ownership_changed", payload };
}

async function changeOwner(tx: Tx, scope: Scope, from: Owner, to: Owner, reason: string, note?: string, missedAssignment?: MissedAssignment) {
  await appendEvent(tx, ownershipChanged(scope, from, to, reason, note, missedAssignment));
}

export async function assignInTransaction(tx: Tx, scope: Scope, from: OwnerAsRead, assignment: AssignmentPayload): Promise<OwnerAsRead> {
  const version = await takeOver(tx, scope.conversationId, from, { status: "with_human", assigneeId: assignment.agentId });
  const owner: Owner = { kind: "human", userId: assignment.agentId };
  await appendEvent(tx, { ...scope, type: "assignment", payload: assignment });
  await changeOwner(tx, scope, from.owner, owner, assignment.reason);
  return { owner, version };
}

export async function assignConversation(db: Db, scope: Scope, from: OwnerAsRead, assignment: AssignmentPayload): Promise<void> {
  await transaction(db, (tx) => assignInTransaction(tx, scope, from, assignment));
}

export async function returnToQueueInTransaction(tx: Tx, scope: Scope, from: OwnerAsRead, reason: string, missedAssignment?: MissedAssignment): Promise<OwnerAsRead> {
  const version = await takeOver(tx, scope.conversationId, from, { status: "waiting_human", assigneeId: null });
  const queued: Owner = { kind: "queue", reason };
  await changeOwner(tx, scope, from.owner, queued, reason, undefined, missedAssignment);
  return { owner: queued, version };
}

/**
 * A handoff as one write: the conversation joins the queue with `record` (its brief), and goes on
 * to the person routing chose when there is one. The events are those of returnToQueueInTransaction
 * then assignInTransaction, written by one compare-and-set and one insert, so the handoff holds the
 * database for as short a time as it can and staff hear of it sooner.
 */
export async function handOverInTransaction(tx: Tx, scope: Scope, from: OwnerAsRead, reason: string, record: NewEvent, assignment: AssignmentPayload | null): Promise<OwnerAsRead> {
  const queued: Owner = { kind: "queue", reason };
  const owner: Owner = assignment ? { kind: "human", userId: assignment.agentId } : queued;
  const projection = assignment ? { status: "with_human" as const, assigneeId: assignment.agentId } : { status: "waiting_human" as const, assigneeId: null };
  const version = await takeOver(tx, scope.conversationId, from, projection, assignment ? 2 : 1);
  const assigned: NewEvent[] = assignment ? [{ ...scope, type: "assignment", payload: assignment }, ownershipChanged(scope, queued, owner, assignment.reason)] : [];
  await appendEvents(tx, [ownershipChanged(scope, from.owner, queued, reason), record, ...assigned]);
  return { owner, version };
}

export async function returnToQueue(db: Db, scope: Scope, from: OwnerAsRead, reason: string): Promise<void> {
  await transaction(db, (tx) => returnToQueueInTransaction(tx, scope, from, reason));
}

/** The AI owns it again: every stay-silent state ends here, and the note is what it should know. */
export async function handBackToAi(db: Db, scope: Scope, from: OwnerAsRead, note: string | null): Promise<void> {
  await transaction(db, async (tx) => {
    await takeOver(tx, scope.conversationId, from, { status: "open", assigneeId: null });
    await changeOwner(tx, scope, from.owner, { kind: "ai" }, "Handed back to the AI", note ?? undefined);
  });
}

/** Resolves it once: of several people (or the customer's rating) resolving at once, one writes the event. */
export async function resolveConversation(db: Db, scope: Scope, outcome: string, note: string | null): Promise<boolean> {
  return transaction(db, async (tx) => {
    const { count } = await tx.conversation.updateMany({ where: { id: scope.conversationId, status: { not: "resolved" } }, data: { status: "resolved", resolvedAt: scope.at } });
    if (count === 0) return false;
    await appendEvent(tx, { ...scope, type: "resolved", payload: { outcome, note } });
    return true;
  });
}

/**
 * Reopens a resolved conversation once: of several people reopening at once, one writes the
 * event. Like a customer's return it starts again with the AI (see currentOwner), and a person
 * takes it over from there; the change is audited because it undoes a recorded outcome.
 */
export async function reopenConversation(db: Db, scope: Scope & { actor: { type: "user"; userId: string } }, note: string | null): Promise<boolean> {
  return transaction(db, async (tx) => {
    const { count } = await tx.conversation.updateMany({
      where: { id: scope.conversationId, status: "resolved" },
      data: { status: "open", assigneeId: null, resolvedAt: null, ownerVersion: { increment: 1 } },
    });
    if (count === 0) return false;
    await appendEvent(tx, { ...scope, type: "reopened", payload: { byUserId: scope.actor.userId, note } });
    await audit(tx, { workspaceId: scope.workspaceId, actorType: "user", actorId: scope.actor.userId, action: "conversation.reopen", targetType: "conversation", targetId: scope.conversationId, detail: { note } });
    return true;
  });
}
