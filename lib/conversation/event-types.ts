/**
 * The kinds of event a conversation's log holds. The console, the handoff brief and analytics
 * are all views computed from these; nothing they show is stored anywhere else.
 */
export const conversationEventTypes = [
  "conversation_started",
  "classification",
  "turn_signals",
  "escalation_decision",
  "agent_switch",
  "action_taken",
  "approval_requested",
  "approval_decided",
  "handoff_brief",
  "brief_feedback",
  "assignment",
  "ownership_changed",
  "whisper",
  "note",
  "verification",
  "csat",
  "async_requested",
  "resolved",
  "reopened",
  "model_usage",
  "answer_basis",
  "guidance_removed",
] as const;

export type ConversationEventType = (typeof conversationEventTypes)[number];

export type Actor = { type: "customer" } | { type: "ai"; agent: string } | { type: "user"; userId: string } | { type: "system" };

export type Owner = { kind: "ai" } | { kind: "queue"; reason: string } | { kind: "human"; userId: string };

/**
 * What one AI reply was built on: the help-centre article (and section) it quotes and links, an
 * action's result, a conversational line, a scope answer to an off-topic question, or a miss (no
 * article fitted). Evaluation and the handoff brief read it instead of parsing the reply.
 */
export interface AnswerBasisPayload {
  /** The customer message the reply answers. */
  messageId: string;
  kind: "article" | "action" | "conversation" | "scope" | "miss";
  article: { slug: string; language: string; section: string | null; confidence: number } | null;
  /** The language the reply is written in. */
  language: string;
}

/** A person who was given the conversation and did not reply in time; routing skips them for it afterwards. */
export interface MissedAssignment {
  agentId: string;
  agentName: string;
  timeoutSeconds: number;
}

export interface OwnershipChangedPayload {
  from: Owner;
  to: Owner;
  reason: string;
  note?: string;
  missedAssignment?: MissedAssignment;
}

/** A person's verdict on a handoff brief they worked from; their latest one for a brief counts. */
export interface BriefFeedbackPayload {
  handoffId: string;
  useful: boolean;
  note: string | null;
}
