import { requestAlertCheck } from "../../alerts/alert-watch";
import type { DeskEvent } from "../dispatcher";

/**
 * A handoff can fill the queue or break a rule's threshold: the workspace's alert rules are
 * evaluated again at once rather than at the watch's next round.
 */
export function checkAlertRules(events: readonly DeskEvent[]): void {
  for (const event of events) if (event.kind === "conversation_escalated") requestAlertCheck(event.workspaceId);
}
