import { foldCommittedEvents, type CommittedEvent } from "../../analytics/rollup-listener";
import type { Db } from "../../db";
import type { DeskEvent } from "../dispatcher";

/**
 * Keeps the analytics rollups current: the conversations a commit changed are re-folded, once each
 * however many of their events it held (lib/analytics/rollup-listener.ts).
 */
export function foldAnalyticsRollups(events: readonly DeskEvent[], committedBy: Db | null): void {
  const committed = events.flatMap(committedOf);
  if (committed.length > 0) foldCommittedEvents(committed, committedBy ?? undefined);
}

function committedOf(event: DeskEvent): CommittedEvent[] {
  switch (event.kind) {
    case "event_appended":
      return [{ workspaceId: event.event.workspaceId, conversationId: event.event.conversationId, type: event.event.type }];
    case "message_recorded":
      return [{ workspaceId: event.workspaceId, conversationId: event.message.conversationId, type: `message:${event.message.author}` }];
    case "conversation_changed":
      return [{ workspaceId: event.workspaceId, conversationId: event.update.conversationId, type: "conversation:updated" }];
    case "conversations_erased":
      return event.conversationIds.map((conversationId) => ({ workspaceId: event.workspaceId, conversationId, type: "conversation:erased" }));
    default:
      return [];
  }
}
