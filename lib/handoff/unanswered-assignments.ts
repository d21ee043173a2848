import { readPayload, type AssignmentPayload } from "../events/catalogue";

/**
 * Which conversations were given to a person who has not answered the customer in time. Only
 * assignments someone else made count (routing or a colleague's transfer): a person who claimed
 * a conversation chose to take it, and the SLA clock, not this timer, watches them.
 */

export interface AssignedConversation {
  conversationId: string;
  workspaceId: string;
  assignment: { agentId: string; agentName: string; via: AssignmentPayload["via"]; at: Date };
  /** The assignee's latest message to the customer in this conversation, if any. */
  lastReplyAt: Date | null;
  /** The workspace's `assignmentTimeoutSeconds`. */
  timeoutSeconds: number;
}

export interface OverdueAssignment {
  conversationId: string;
  workspaceId: string;
  agentId: string;
  agentName: string;
  assignedAt: Date;
  waitedSeconds: number;
  timeoutSeconds: number;
  reason: string;
}

export function overdueAssignments(conversations: readonly AssignedConversation[], now: Date): OverdueAssignment[] {
  return conversations.flatMap((c) => {
    const { assignment } = c;
    if (assignment.via === "claim") return [];
    if (c.lastReplyAt && c.lastReplyAt.getTime() >= assignment.at.getTime()) return [];
    const waitedSeconds = Math.floor((now.getTime() - assignment.at.getTime()) / 1000);
    if (waitedSeconds < c.timeoutSeconds) return [];
    return [{
      conversationId: c.conversationId,
      workspaceId: c.workspaceId,
      agentId: assignment.agentId,
      agentName: assignment.agentName,
      assignedAt: assignment.at,
      waitedSeconds,
      timeoutSeconds: c.timeoutSeconds,
      reason: `${assignment.agentName} did not reply within ${c.timeoutSeconds} s of being assigned, so it went back to the queue.`,
    }];
  });
}

/** Everyone who let this conversation go unanswered; routing does not offer it to them again. */
export function agentsWhoMissed(events: readonly { type: string; payload: unknown }[]): string[] {
  return events.flatMap((e) => {
    const missed = e.type === "ownership_changed" ? readPayload("ownership_changed", e).missedAssignment : undefined;
    return missed ? [missed.agentId] : [];
  });
}
