import type { Db, Message } from "../db";
import { roleAtLeast, type StaffRole } from "../auth/roles";
import { appendEvent, loadConversationLog, recordMessage } from "../conversation/log";
import { currentOwner } from "../conversation/ownership";
import { sayToCustomer } from "../conversation/say";
import { customerNotices } from "../agents/customer-notices";
import { dispatch } from "../events/dispatcher";
import { assignConversation, handBackToAi, OwnershipChanged, reopenConversation, resolveConversation, returnToQueue, type OwnerAsRead } from "../conversation/transitions";
import type { Owner } from "../events/catalogue";
import { activeGuidance } from "../agents/staff-guidance";

/**
 * What a signed-in staff member can do to a conversation from the console. Each action checks
 * the workspace and who owns the conversation, writes through the conversation's one write path
 * and publishes; the socket handlers only parse payloads and call these.
 */

export interface StaffMember {
  userId: string;
  role: StaffRole;
  workspaceId: string;
}

export class StaffActionError extends Error {}

export type ResolutionOutcome = "solved" | "no_action_needed" | "not_solved" | "duplicate" | "spam";

async function loadFor(db: Db, staff: StaffMember, conversationId: string) {
  const conversation = await db.conversation.findUnique({ where: { id: conversationId }, select: { workspaceId: true, status: true, customer: { select: { name: true } } } });
  // Another workspace's conversation answers exactly like a missing one.
  if (!conversation || conversation.workspaceId !== staff.workspaceId) throw new StaffActionError("No such conversation.");
  const log = await loadConversationLog(db, conversationId);
  const user = await db.user.findUniqueOrThrow({ where: { id: staff.userId }, select: { name: true } });
  // The version comes from the same read as the log, so a change decided from this owner applies only if nobody changed it since.
  const owner = currentOwner(log.events);
  return { conversation, log, owner, asRead: { owner, version: log.conversation.ownerVersion } satisfies OwnerAsRead, name: user.name };
}

/** A change of owner that lost to someone else's: the person is told, and nothing was written. */
async function unlessSomeoneElseFirst(change: Promise<void>): Promise<void> {
  try {
    await change;
  } catch (error) {
    if (error instanceof OwnershipChanged) throw new StaffActionError("Someone else just took this conversation.");
    throw error;
  }
}

/** A resolved conversation is a closed record: nobody writes to the customer or moves it until it is reopened. */
function unlessResolved(conversation: { status: string }): void {
  if (conversation.status === "resolved") throw new StaffActionError("This conversation is resolved. Reopen it first.");
}

function ownsOrSupervises(staff: StaffMember, owner: Owner): boolean {
  return (owner.kind === "human" && owner.userId === staff.userId) || roleAtLeast(staff.role, "supervisor");
}

function firstName(name: string): string {
  return name.split(" ")[0] ?? name;
}

/** Takes the conversation: from the queue, from the AI mid-conversation, or (for a supervisor) from a colleague. */
export async function claimConversation(db: Db, staff: StaffMember, conversationId: string, now = new Date()): Promise<void> {
  const { owner, asRead, name, log, conversation } = await loadFor(db, staff, conversationId);
  unlessResolved(conversation);
  if (owner.kind === "human" && owner.userId === staff.userId) return;
  if (owner.kind === "human" && !roleAtLeast(staff.role, "supervisor")) throw new StaffActionError("A colleague already has this conversation.");
  const reason = owner.kind === "ai" ? `${name} took over from the AI.` : `${name} claimed it.`;
  const scope = { workspaceId: staff.workspaceId, conversationId, actor: { type: "user" as const, userId: staff.userId }, at: now };
  await unlessSomeoneElseFirst(assignConversation(db, scope, asRead, { agentId: staff.userId, agentName: name, reason, via: "claim", handoffId: null }));
  await sayToCustomer(db, conversationId, "system", customerNotices(log.conversation.language).personJoined(firstName(name)), now);
  void dispatch([{ kind: "conversation_changed", workspaceId: staff.workspaceId, update: { conversationId, status: "with_human", assigneeId: staff.userId, assignee: { name }, queue: null } }], db);
}

export async function replyAsHuman(db: Db, staff: StaffMember, conversationId: string, body: string, clientMessageId: string | undefined, now = new Date()): Promise<Message> {
  const { owner, name, conversation } = await loadFor(db, staff, conversationId);
  unlessResolved(conversation);
  if (owner.kind !== "human" || owner.userId !== staff.userId) throw new StaffActionError("Take the conversation over before replying, so the customer hears one voice.");
  const { message } = await recordMessage(db, { conversationId, author: "human", body, agentName: name, userId: staff.userId, clientMessageId, at: now });
  return message;
}

/** A note for colleagues, or a whisper the AI follows; neither is ever shown to the customer. */
export async function addStaffRemark(db: Db, staff: StaffMember, conversationId: string, kind: "note" | "whisper", body: string, now = new Date()): Promise<void> {
  const { name } = await loadFor(db, staff, conversationId);
  await appendEvent(db, { workspaceId: staff.workspaceId, conversationId, type: kind, payload: { body, authorName: name }, actor: { type: "user", userId: staff.userId }, at: now });
}

/** Who may withdraw a piece of guidance: whoever gave it, whoever has the conversation, or a supervisor. */
export function mayRemoveGuidance(staff: StaffMember, owner: Owner, givenBy: string | null): boolean {
  return givenBy === staff.userId || ownsOrSupervises(staff, owner);
}

/** Withdraws a whisper, a waiting "Say:" script or a hand-back note: the AI's later turns no longer see it. */
export async function removeGuidance(db: Db, staff: StaffMember, conversationId: string, guidanceEventId: string, now = new Date()): Promise<void> {
  const { log, owner } = await loadFor(db, staff, conversationId);
  const lastAiReply = log.messages.findLast((m) => m.author === "ai");
  const piece = activeGuidance(log.events, lastAiReply?.createdAt ?? null).find((p) => p.eventId === guidanceEventId);
  if (!piece) throw new StaffActionError("That guidance is no longer active.");
  if (!mayRemoveGuidance(staff, owner, piece.userId)) throw new StaffActionError("Only the person who gave this guidance, the person who has the conversation, or a supervisor can remove it.");
  // Two people removing the same piece at once write two events that mean the same: it is gone.
  await appendEvent(db, { workspaceId: staff.workspaceId, conversationId, type: "guidance_removed", payload: { eventId: guidanceEventId }, actor: { type: "user", userId: staff.userId }, at: now });
}

export async function transferConversation(db: Db, staff: StaffMember, conversationId: string, toUserId: string | null, note: string | null, now = new Date()): Promise<void> {
  const { owner, asRead, name, conversation, log } = await loadFor(db, staff, conversationId);
  unlessResolved(conversation);
  if (!ownsOrSupervises(staff, owner)) throw new StaffActionError("Only the person who has the conversation, or a supervisor, can transfer it.");
  const scope = { workspaceId: staff.workspaceId, conversationId, actor: { type: "user" as const, userId: staff.userId }, at: now };
  if (toUserId === null) {
    await unlessSomeoneElseFirst(returnToQueue(db, scope, asRead, note ? `${name} put it back in the queue: ${note}` : `${name} put it back in the queue.`));
    void dispatch([{ kind: "conversation_changed", workspaceId: staff.workspaceId, update: { conversationId, status: "waiting_human", assigneeId: null, assignee: null } }], db);
    return;
  }
  const target = await db.user.findUnique({ where: { id: toUserId }, select: { id: true, name: true, workspaceId: true } });
  if (!target || target.workspaceId !== staff.workspaceId) throw new StaffActionError("No such colleague.");
  const reason = note ? `${name} transferred it: ${note}` : `${name} transferred it.`;
  await unlessSomeoneElseFirst(assignConversation(db, scope, asRead, { agentId: target.id, agentName: target.name, reason, via: "transfer", handoffId: null }));
  await sayToCustomer(db, conversationId, "system", customerNotices(log.conversation.language).colleagueTakesOver(firstName(target.name)), now);
  void dispatch([{ kind: "conversation_changed", workspaceId: staff.workspaceId, update: { conversationId, status: "with_human", assigneeId: target.id, assignee: { name: target.name }, queue: null } }], db);
  void dispatch([{ kind: "conversation_assigned", workspaceId: staff.workspaceId, agentId: target.id, notice: { conversationId, customerName: conversation.customer?.name ?? null, reason, handoffId: null, decidedAt: now.toISOString() } }], db);
}

export async function handConversationBack(db: Db, staff: StaffMember, conversationId: string, note: string | null, now = new Date()): Promise<void> {
  const { owner, asRead, name, log, conversation } = await loadFor(db, staff, conversationId);
  unlessResolved(conversation);
  if (owner.kind === "ai") return;
  if (!ownsOrSupervises(staff, owner)) throw new StaffActionError("Only the person who has the conversation, or a supervisor, can hand it back.");
  const scope = { workspaceId: staff.workspaceId, conversationId, actor: { type: "user" as const, userId: staff.userId }, at: now };
  await unlessSomeoneElseFirst(handBackToAi(db, scope, asRead, note));
  await sayToCustomer(db, conversationId, "system", customerNotices(log.conversation.language).handedBackToAssistant(firstName(name)), now);
  void dispatch([{ kind: "conversation_changed", workspaceId: staff.workspaceId, update: { conversationId, status: "open", assigneeId: null, assignee: null, queue: null } }], db);
}

export async function resolveAsStaff(db: Db, staff: StaffMember, conversationId: string, outcome: ResolutionOutcome, note: string | null, now = new Date()): Promise<void> {
  const { owner, conversation } = await loadFor(db, staff, conversationId);
  if (conversation.status === "resolved") return;
  if (owner.kind === "human" && !ownsOrSupervises(staff, owner)) throw new StaffActionError("A colleague has this conversation; only they or a supervisor can resolve it.");
  const resolved = await resolveConversation(db, { workspaceId: staff.workspaceId, conversationId, actor: { type: "user", userId: staff.userId }, at: now }, outcome, note);
  if (!resolved) return;
  void dispatch([{ kind: "conversation_changed", workspaceId: staff.workspaceId, update: { conversationId, status: "resolved", assigneeId: owner.kind === "human" ? owner.userId : null } }], db);
}

/**
 * Reopens a resolved conversation. Whoever resolved it, or a supervisor, may undo that; any
 * agent may reopen one the AI or the customer's rating closed. It goes back to the AI, and the
 * person who reopened it takes it over when they mean to write.
 */
export async function reopenAsStaff(db: Db, staff: StaffMember, conversationId: string, note: string | null, now = new Date()): Promise<void> {
  const { owner, conversation } = await loadFor(db, staff, conversationId);
  if (conversation.status !== "resolved") return;
  if (owner.kind === "human" && !ownsOrSupervises(staff, owner)) throw new StaffActionError("A colleague resolved this conversation; only they or a supervisor can reopen it.");
  const reopened = await reopenConversation(db, { workspaceId: staff.workspaceId, conversationId, actor: { type: "user", userId: staff.userId }, at: now }, note);
  if (!reopened) return;
  void dispatch([{ kind: "conversation_changed", workspaceId: staff.workspaceId, update: { conversationId, status: "open", assigneeId: null, assignee: null, queue: null } }], db);
}
