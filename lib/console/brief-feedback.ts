import type { Db } from "../db";
import { appendEvent, loadConversationLog } from "../conversation/log";
import { payloadsOf, type BriefFeedbackPayload } from "../events/catalogue";
import { StaffActionError, type StaffMember } from "./staff-actions";

/**
 * "Was this brief useful?" from the person who worked the handoff. Only someone who owned the
 * conversation or wrote in it after the brief was written may answer: anyone else would be judging
 * a brief they never had to rely on.
 */

interface LoggedEvent {
  type: string;
  payload: unknown;
  actorType: string;
  actorId: string | null;
  createdAt: Date;
}

interface LoggedMessage {
  author: string;
  userId: string | null;
  createdAt: Date;
}

export interface BriefFeedbackState {
  /** The person handled the conversation after this brief and so may rate it. */
  mayRate: boolean;
  /** Their latest verdict on it, if any. */
  current: { useful: boolean; note: string | null } | null;
}

export function briefFeedbackState(events: readonly LoggedEvent[], messages: readonly LoggedMessage[], handoffId: string, userId: string): BriefFeedbackState | null {
  const briefEvent = payloadsOf("handoff_brief", events).find(({ payload }) => payload.brief.handoff_id === handoffId)?.event;
  if (!briefEvent) return null;
  const since = briefEvent.createdAt.getTime();
  const owned = payloadsOf("ownership_changed", events).some(({ event, payload: { to } }) => event.createdAt.getTime() >= since && to.kind === "human" && to.userId === userId);
  const wrote = messages.some((m) => m.author === "human" && m.userId === userId && m.createdAt.getTime() >= since);
  let current: BriefFeedbackState["current"] = null;
  for (const { event, payload } of payloadsOf("brief_feedback", events)) {
    if (event.actorType !== "user" || event.actorId !== userId) continue;
    if (payload.handoffId === handoffId) current = { useful: payload.useful, note: payload.note };
  }
  return { mayRate: owned || wrote, current };
}

export async function rateHandoffBrief(db: Db, staff: StaffMember, conversationId: string, feedback: BriefFeedbackPayload, now = new Date()): Promise<void> {
  const conversation = await db.conversation.findUnique({ where: { id: conversationId }, select: { workspaceId: true } });
  if (!conversation || conversation.workspaceId !== staff.workspaceId) throw new StaffActionError("No such conversation.");
  const { events, messages } = await loadConversationLog(db, conversationId);
  const state = briefFeedbackState(events, messages, feedback.handoffId, staff.userId);
  if (!state) throw new StaffActionError("No such handoff brief in this conversation.");
  if (!state.mayRate) throw new StaffActionError("Only someone who handled this handoff can rate its brief.");
  await appendEvent(db, { workspaceId: staff.workspaceId, conversationId, type: "brief_feedback", payload: { ...feedback }, actor: { type: "user", userId: staff.userId }, at: now });
}
