import { z } from "zod";
import { userText } from "../validation/user-text";
import type { AttachmentView } from "../attachments/attachments";
import type { HandoffBrief } from "../handoff/brief";

/** Every socket payload a client may send is validated against one of these schemas. */
export const presenceSchema = z.enum(["online", "away", "offline"]);
export type PresenceState = z.infer<typeof presenceSchema>;

export const presenceSetPayload = z.strictObject({ presence: presenceSchema });
export const widgetSyncPayload = z.strictObject({ afterSeq: z.number().int().min(0).max(1_000_000_000) });

/** Longest customer message accepted; longer ones are refused with a message, never truncated. */
export const MAX_MESSAGE_LENGTH = 4000;
export const messageSendPayload = z.strictObject({
  // Chosen by the widget so a resend after a network drop is recognised and not stored twice.
  clientMessageId: z.string().min(8).max(64).regex(/^[A-Za-z0-9_-]+$/),
  body: userText("The message")
    .trim()
    .min(1, "A message cannot be empty.")
    .max(MAX_MESSAGE_LENGTH, `Messages are limited to ${MAX_MESSAGE_LENGTH} characters.`),
});

export interface ReplayedMessage {
  id: string;
  seq: number;
  author: "customer" | "ai" | "human" | "system";
  agentName: string | null;
  body: string;
  clientMessageId: string | null;
  createdAt: string;
  /** The file a message carries (lib/attachments); its body is then the file's name. */
  attachments?: AttachmentView[];
}

/** `retryable` marks a failure that the same payload, sent again later, can get past. */
export type Ack<T> = (result: { ok: true; data: T } | { ok: false; error: string; retryable?: boolean }) => void;

export interface ServerToClientEvents {
  "presence:changed": (payload: { userId: string; presence: PresenceState }) => void;
  "conversation:updated": (payload: {
    conversationId: string;
    status: string;
    assigneeId: string | null;
    /** While waiting for a person: place in the queue and, when known, the expected wait. */
    queue?: { position: number; expectedWaitSeconds: number | null } | null;
    assignee?: { name: string } | null;
    /** Nobody can take the conversation now (closed hours or nobody online): offer the async path. */
    offHours?: boolean;
  }) => void;
  "message:created": (payload: { conversationId: string; message: ReplayedMessage }) => void;
  /** The customer wrote in another language: the widget redraws itself in it. */
  "conversation:language": (payload: { conversationId: string; language: string }) => void;
  /** Part of an AI reply while it is being written; the finished reply arrives as message:created. */
  "reply:delta": (payload: { conversationId: string; replyId: string; agentName: string; text: string }) => void;
  "reply:typing": (payload: { conversationId: string; agentName: string | null; typing: boolean }) => void;
  /**
   * A person is typing: the customer (to staff, with their draft when the workspace shows previews)
   * or the agent who has the conversation (to its widget). Lapses if not repeated (lib/realtime/typing.ts).
   */
  "typing:changed": (payload: { conversationId: string; who: "customer" | "agent"; name: string | null; typing: boolean; preview?: string }) => void;
  /** Staff only: something was added to a conversation's log (a brief, a whisper, a note, an approval). */
  "conversation:activity": (payload: { conversationId: string; type: string }) => void;
  /**
   * A conversation was handed to people: sent to all staff once the decision, the brief, routing
   * and any assignment are stored, with the brief. `decidedAt` is when the escalation decision was
   * committed to the log (as the instance that acted on it heard of the commit), in epoch
   * milliseconds with a fraction.
   */
  "conversation:escalated": (payload: { conversationId: string; trigger: string | null; reason: string; urgency: string; decidedAt: number; brief: HandoffBrief }) => void;
  /** To the one agent a conversation was just given to, so the console can alert them. */
  "assignment:created": (payload: AssignmentNotice) => void;
  /** Supervisors of the workspace: a person did not answer a conversation given to them, and it moved on. */
  "assignment:timed_out": (payload: UnansweredAssignmentAlert) => void;
  /** Supervisors of the workspace: an alert rule found a condition that nobody has acknowledged yet. */
  "alert:raised": (payload: SupervisorAlertView) => void;
  /** Supervisors of the workspace: one of them acknowledged an alert. */
  "alert:acknowledged": (payload: SupervisorAlertView) => void;
}

export interface SupervisorAlertView {
  id: string;
  rule: string;
  key: string;
  message: string;
  /** The conversation the alert is about, when it is about one. */
  conversationId: string | null;
  raisedAt: string;
  acknowledgedAt: string | null;
  /** The name of the person who acknowledged it. */
  acknowledgedBy: string | null;
}

export interface UnansweredAssignmentAlert {
  conversationId: string;
  customerName: string | null;
  agentName: string;
  timeoutSeconds: number;
  /** The colleague it went to instead, or null when it waits in the queue. */
  reassignedTo: string | null;
  reason: string;
  at: string;
}

export interface AssignmentNotice {
  conversationId: string;
  customerName: string | null;
  reason: string;
  handoffId: string | null;
  /** When the handoff was decided, so a client can measure how long the notice took to arrive. */
  decidedAt: string;
}

export interface ClientToServerEvents {
  "presence:set": (payload: unknown, ack?: Ack<{ presence: PresenceState }>) => void;
  "conversation:sync": (payload: unknown, ack?: Ack<{ messages: ReplayedMessage[] }>) => void;
  "message:send": (payload: unknown, ack?: Ack<{ messageId: string; seq: number; duplicate: boolean }>) => void;
  "typing:set": (payload: unknown, ack?: Ack<null>) => void;
  "console:claim": (payload: unknown, ack?: Ack<null>) => void;
  "console:reply": (payload: unknown, ack?: Ack<{ messageId: string }>) => void;
  "console:remark": (payload: unknown, ack?: Ack<null>) => void;
  "console:transfer": (payload: unknown, ack?: Ack<null>) => void;
  "console:hand_back": (payload: unknown, ack?: Ack<null>) => void;
  "console:resolve": (payload: unknown, ack?: Ack<null>) => void;
  "console:reopen": (payload: unknown, ack?: Ack<null>) => void;
  "console:decide_approval": (payload: unknown, ack?: Ack<{ decision: "approved" | "denied" }>) => void;
  "console:alert_ack": (payload: unknown, ack?: Ack<null>) => void;
  "console:remove_guidance": (payload: unknown, ack?: Ack<null>) => void;
}

export type SocketPrincipal =
  | { kind: "staff"; userId: string; role: "agent" | "supervisor" | "admin"; workspaceId: string }
  | { kind: "widget"; conversationId: string; workspaceId: string };

export interface SocketData {
  principal: SocketPrincipal;
}

export const rooms = {
  conversation: (conversationId: string) => `conversation:${conversationId}`,
  workspaceStaff: (workspaceId: string) => `workspace:${workspaceId}:staff`,
  /** Staff whose role is supervisor or above. */
  workspaceSupervisors: (workspaceId: string) => `workspace:${workspaceId}:supervisors`,
  user: (userId: string) => `user:${userId}`,
};
