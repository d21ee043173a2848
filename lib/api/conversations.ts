import type { Db } from "../db";
import type { StaffMember } from "../console/staff-actions";
import { ApiError } from "./errors";
import { toConversationSummary, toEvent, toMessage } from "./resources";
import type { AuthenticatedToken } from "./tokens";

/** Reads of conversations for the REST API, always within the token's workspace. */

export const summarySelect = {
  id: true,
  status: true,
  channel: true,
  language: true,
  assigneeId: true,
  createdAt: true,
  lastMessageAt: true,
  resolvedAt: true,
  customer: { select: { id: true, externalId: true, name: true, email: true } },
} as const;

/** Another workspace's conversation answers exactly like a missing one. */
export async function conversationDetail(db: Db, workspaceId: string, id: string) {
  const found = await db.conversation.findFirst({
    where: { id, workspaceId },
    select: { ...summarySelect, messages: { orderBy: { seq: "asc" } }, events: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] } },
  });
  if (!found) throw new ApiError("not_found", `No conversation ${id} in this workspace.`);
  const { messages, events, ...summary } = found;
  return { ...toConversationSummary(summary), messages: messages.map(toMessage), events: events.map(toEvent) };
}

export async function conversationSummaryOf(db: Db, workspaceId: string, id: string) {
  const found = await db.conversation.findFirst({ where: { id, workspaceId }, select: summarySelect });
  if (!found) throw new ApiError("not_found", `No conversation ${id} in this workspace.`);
  return toConversationSummary(found);
}

/**
 * Who a token's changes of owner and resolutions are made by: the admin who created it, with the
 * role they hold now. Their name is what the conversation's log and the customer see.
 */
export async function tokenActor(db: Db, token: AuthenticatedToken): Promise<StaffMember> {
  const user = token.createdById ? await db.user.findUnique({ where: { id: token.createdById }, select: { id: true, role: true, workspaceId: true, active: true } }) : null;
  if (!user || user.workspaceId !== token.workspaceId || !user.active) {
    throw new ApiError("conflict", "The admin who created this token is no longer on the team; an active admin must create a new token.");
  }
  return { userId: user.id, role: user.role, workspaceId: user.workspaceId };
}

/** A named person of the token's workspace, who must be able to take conversations. */
export async function teamMember(db: Db, workspaceId: string, userId: string): Promise<StaffMember> {
  const user = await db.user.findFirst({ where: { id: userId, workspaceId }, select: { id: true, role: true, active: true } });
  if (!user) throw new ApiError("not_found", `No team member ${userId} in this workspace.`);
  if (!user.active) throw new ApiError("conflict", `Team member ${userId} is deactivated.`);
  return { userId: user.id, role: user.role, workspaceId };
}
