import type { ConversationEventType } from "../events/catalogue";

/** The events a business can subscribe a URL to, in the order the admin page lists them. */
export const webhookEventTypes = [
  "conversation.created",
  "message.created",
  "conversation.escalated",
  "conversation.assigned",
  "conversation.resolved",
  "csat.submitted",
  "approval.requested",
  "approval.decided",
  "alert.raised",
] as const;

export type WebhookEventType = (typeof webhookEventTypes)[number];

/**
 * Which entry of a conversation's log announces each webhook event. An escalation is announced
 * by the handoff brief, written once the decision is stored, so the webhook carries the brief.
 */
const fromConversationEvent: Partial<Record<ConversationEventType, WebhookEventType>> = {
  conversation_started: "conversation.created",
  handoff_brief: "conversation.escalated",
  assignment: "conversation.assigned",
  resolved: "conversation.resolved",
  csat: "csat.submitted",
  approval_requested: "approval.requested",
  approval_decided: "approval.decided",
};

export function webhookTypeOfConversationEvent(type: string): WebhookEventType | null {
  return fromConversationEvent[type as ConversationEventType] ?? null;
}

export function isWebhookEventType(value: string): value is WebhookEventType {
  return (webhookEventTypes as readonly string[]).includes(value);
}
