import type { Message } from "../db";
import type { AttachmentView } from "../attachments/attachments";
import { rooms, type AssignmentNotice, type ServerToClientEvents, type SupervisorAlertView, type UnansweredAssignmentAlert } from "../realtime/events";
import { socketServer } from "../realtime/hub";
import { toReplayedMessage } from "./log";
import { foldCommittedEvents } from "../analytics/rollup-listener";

/**
 * Fan-out of what was just written: the widget of the conversation and every signed-in staff
 * member of the workspace. Writing never depends on this succeeding; a reconnecting client
 * replays from the log.
 */
function targets(workspaceId: string, conversationId: string) {
  return socketServer()?.to([rooms.conversation(conversationId), rooms.workspaceStaff(workspaceId)]) ?? null;
}

export function publishMessage(workspaceId: string, message: Message, attachments?: AttachmentView[]): void {
  targets(workspaceId, message.conversationId)?.emit("message:created", {
    conversationId: message.conversationId,
    message: { ...toReplayedMessage(message), ...(attachments ? { attachments } : {}) },
  });
}

export function publishTyping(workspaceId: string, conversationId: string, agentName: string | null, typing: boolean): void {
  targets(workspaceId, conversationId)?.emit("reply:typing", { conversationId, agentName, typing });
}

export function publishDelta(workspaceId: string, conversationId: string, replyId: string, agentName: string, text: string): void {
  targets(workspaceId, conversationId)?.emit("reply:delta", { conversationId, replyId, agentName, text });
}

export function publishLanguage(workspaceId: string, conversationId: string, language: string): void {
  targets(workspaceId, conversationId)?.emit("conversation:language", { conversationId, language });
}

export type ConversationUpdate = Parameters<ServerToClientEvents["conversation:updated"]>[0];

export function publishConversation(workspaceId: string, update: ConversationUpdate): void {
  // Owner and status changes are written inside transactions; this is the point after their commit.
  foldCommittedEvents([{ workspaceId, conversationId: update.conversationId, type: "conversation:updated" }]);
  targets(workspaceId, update.conversationId)?.emit("conversation:updated", update);
}

/** Staff only, never the widget: whispers, notes and briefs are not for the customer's eyes. */
export function publishEscalation(workspaceId: string, escalation: Parameters<ServerToClientEvents["conversation:escalated"]>[0]): void {
  socketServer()?.to(rooms.workspaceStaff(workspaceId)).emit("conversation:escalated", escalation);
}

export function publishActivity(workspaceId: string, conversationId: string, type: string): void {
  socketServer()?.to(rooms.workspaceStaff(workspaceId)).emit("conversation:activity", { conversationId, type });
}

export function publishAssignment(agentId: string, notice: AssignmentNotice): void {
  socketServer()?.to(rooms.user(agentId)).emit("assignment:created", notice);
}

export function publishUnansweredAssignment(workspaceId: string, alert: UnansweredAssignmentAlert): void {
  socketServer()?.to(rooms.workspaceSupervisors(workspaceId)).emit("assignment:timed_out", alert);
}

export function publishAlertRaised(workspaceId: string, alert: SupervisorAlertView): void {
  socketServer()?.to(rooms.workspaceSupervisors(workspaceId)).emit("alert:raised", alert);
}

/** Every supervisor's tray drops the alert, not only the one who acknowledged it. */
export function publishAlertAcknowledged(workspaceId: string, alert: SupervisorAlertView): void {
  socketServer()?.to(rooms.workspaceSupervisors(workspaceId)).emit("alert:acknowledged", alert);
}
