import { nudgeWebhookSender } from "../../webhooks/sender";
import { webhookTypeOfConversationEvent } from "../../webhooks/event-types";
import type { DeskEvent } from "../dispatcher";

/**
 * Webhook deliveries are outbox rows written in the event's own transaction (lib/webhooks/outbox.ts);
 * this only wakes this instance's sender so a committed delivery leaves now rather than at its next poll.
 */
export function wakeWebhookSender(events: readonly DeskEvent[]): void {
  if (events.some(announced)) nudgeWebhookSender();
}

function announced(event: DeskEvent): boolean {
  return (event.kind === "event_appended" && webhookTypeOfConversationEvent(event.event.type) !== null) || event.kind === "message_recorded" || event.kind === "alert_raised";
}
