import { getDb, type Db } from "../../db";
import { handOffDecision } from "../../handoff/escalate";
import { readPayload } from "../catalogue";
import type { DeskEvent } from "../dispatcher";

/**
 * A stored escalation decision that hands off is acted on here, not by the turn that took it: the
 * brief, routing and assignment are written from the decision in the log, once however often it is
 * dispatched (a rerun of the turn after a crash dispatches it again), and staff hear of it with the
 * brief right after. The moment this hears of the commit is the decision's time in the notices.
 */
export async function handOffEscalations(events: readonly DeskEvent[], committedBy: Db | null): Promise<void> {
  const decidedAt = performance.timeOrigin + performance.now();
  const conversations = new Set(events.flatMap((event) => (event.kind === "event_appended" && event.event.type === "escalation_decision" && readPayload("escalation_decision", event.event).decision.action === "handoff" ? [event.event.conversationId] : [])));
  if (conversations.size === 0) return;
  const db = committedBy ?? (await getDb());
  await Promise.all([...conversations].map((conversationId) => handOffDecision(db, conversationId, decidedAt)));
}
