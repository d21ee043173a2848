import { rooms } from "../../realtime/events";
import { socketServer } from "../../realtime/hub";
import { toReplayedMessage } from "../../realtime/replayed-message";
import type { ConversationEventType } from "../catalogue";
import type { DeskEvent } from "../dispatcher";

/**
 * Socket fan-out: the widget of the conversation and the signed-in staff of its workspace hear of
 * what was written. Writing never depends on this succeeding; a reconnecting client replays from
 * the log. Whispers, notes, briefs and alerts go to staff only, never to the widget.
 */

/** Log events the console redraws for; the rest of a turn's trail arrives with these. */
const CONSOLE_ACTIVITY: ReadonlySet<ConversationEventType> = new Set([
  "turn_signals",
  "approval_requested",
  "approval_decided",
  "handoff_brief",
  "brief_feedback",
  "ownership_changed",
  "reopened",
  "guidance_removed",
  "note",
  "whisper",
]);

export function fanOutToSockets(events: readonly DeskEvent[]): void {
  for (const event of events) fanOut(event);
}

function fanOut(event: DeskEvent): void {
  const io = socketServer();
  if (!io) return;
  const conversationAndStaff = (workspaceId: string, conversationId: string) => io.to([rooms.conversation(conversationId), rooms.workspaceStaff(workspaceId)]);
  const staff = (workspaceId: string) => io.to(rooms.workspaceStaff(workspaceId));
  const supervisors = (workspaceId: string) => io.to(rooms.workspaceSupervisors(workspaceId));
  switch (event.kind) {
    case "message_recorded": {
      const { message, attachments } = event;
      conversationAndStaff(event.workspaceId, message.conversationId).emit("message:created", {
        conversationId: message.conversationId,
        message: { ...toReplayedMessage(message), ...(attachments ? { attachments } : {}) },
      });
      return;
    }
    case "event_appended":
      if (CONSOLE_ACTIVITY.has(event.event.type)) staff(event.event.workspaceId).emit("conversation:activity", { conversationId: event.event.conversationId, type: event.event.type });
      return;
    case "conversation_changed":
      conversationAndStaff(event.workspaceId, event.update.conversationId).emit("conversation:updated", event.update);
      return;
    case "conversation_escalated": {
      const { escalation } = event.brief;
      staff(event.workspaceId).emit("conversation:escalated", {
        conversationId: event.conversationId,
        trigger: escalation.trigger,
        reason: escalation.reason,
        urgency: escalation.urgency,
        decidedAt: event.decidedAt,
        brief: event.brief,
      });
      return;
    }
    case "assignment_timed_out":
      supervisors(event.workspaceId).emit("assignment:timed_out", event.alert);
      return;
    case "alert_raised":
      supervisors(event.workspaceId).emit("alert:raised", event.alert);
      return;
    case "alert_acknowledged":
      // Every supervisor's tray drops the alert, not only the one who acknowledged it.
      supervisors(event.workspaceId).emit("alert:acknowledged", event.alert);
      return;
    case "reply_typing":
      conversationAndStaff(event.workspaceId, event.conversationId).emit("reply:typing", { conversationId: event.conversationId, agentName: event.agentName, typing: event.typing });
      return;
    case "reply_delta":
      conversationAndStaff(event.workspaceId, event.conversationId).emit("reply:delta", { conversationId: event.conversationId, replyId: event.replyId, agentName: event.agentName, text: event.text });
      return;
    case "conversation_language":
      conversationAndStaff(event.workspaceId, event.conversationId).emit("conversation:language", { conversationId: event.conversationId, language: event.language });
      return;
  }
}
