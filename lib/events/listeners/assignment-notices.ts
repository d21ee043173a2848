import { rooms, type AssignmentNotice } from "../../realtime/events";
import { socketServer } from "../../realtime/hub";
import type { DeskEvent } from "../dispatcher";

/**
 * The one person a conversation was just given to hears of it on their own sockets, so the console
 * can alert them: from routing at a handoff (named in the stored brief), or from a colleague or the
 * watch over unanswered assignments.
 */
export function sendAssignmentNotices(events: readonly DeskEvent[]): void {
  for (const event of events) {
    const notice = noticeOf(event);
    if (notice) socketServer()?.to(rooms.user(notice.agentId)).emit("assignment:created", notice.notice);
  }
}

function noticeOf(event: DeskEvent): { agentId: string; notice: AssignmentNotice } | null {
  if (event.kind === "conversation_assigned") return { agentId: event.agentId, notice: event.notice };
  if (event.kind !== "conversation_escalated") return null;
  const { brief } = event;
  const agentId = brief.routing.assigned_agent_id;
  if (!agentId) return null;
  return {
    agentId,
    notice: {
      conversationId: event.conversationId,
      customerName: brief.customer.name,
      reason: brief.escalation.reason,
      handoffId: brief.handoff_id,
      decidedAt: new Date(event.decidedAt).toISOString(),
    },
  };
}
