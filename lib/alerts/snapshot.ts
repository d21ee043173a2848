import type { Db } from "../db";
import { factsOf } from "../analytics/conversation-facts";
import { tierOf } from "../analytics/handoff-waits";
import { loadAnalyticsDataset, loadWaitingDataset } from "../analytics/load";
import { tallyOf } from "../analytics/overview";
import { isWithinBusinessHours } from "../workspace/business-hours";
import type { WorkspaceSettings } from "../workspace/settings";
import { payloadsOf } from "../events/catalogue";
import { ALERT_LOOKBACK_MS, type AlertSnapshot } from "./rules";

/** The database read behind the alert rules: one workspace as it stands at `now`. */
export async function loadAlertSnapshot(db: Db, workspaceId: string, settings: WorkspaceSettings, timezone: string, now: Date): Promise<AlertSnapshot> {
  const since = new Date(now.getTime() - ALERT_LOOKBACK_MS);
  const [lastHour, waiting, waitingNames, agentsOnline, classifications, ratings, usage] = await Promise.all([
    loadAnalyticsDataset(db, workspaceId, { start: new Date(now.getTime() - 3_600_000), end: now }, { withQuestions: false }),
    loadWaitingDataset(db, workspaceId),
    db.conversation.findMany({ where: { workspaceId, status: { in: ["waiting_human", "with_human"] } }, select: { id: true, status: true, customer: { select: { name: true } } } }),
    db.user.count({ where: { workspaceId, role: "agent", presence: "online" } }),
    db.conversationEvent.findMany({ where: { workspaceId, type: "classification", createdAt: { gte: since } }, select: { id: true, type: true, conversationId: true, payload: true, createdAt: true } }),
    db.conversationEvent.findMany({ where: { workspaceId, type: "csat", createdAt: { gte: since } }, select: { id: true, type: true, payload: true, createdAt: true } }),
    db.conversationEvent.findMany({ where: { workspaceId, type: "model_usage", createdAt: { gte: new Date(now.getTime() - 10 * 60_000) } }, select: { id: true, type: true, conversationId: true, payload: true, createdAt: true } }),
  ]);
  const tally = tallyOf(factsOf(lastHour), settings.sla, now);
  const names = new Map(waitingNames.map((c) => [c.id, c.customer?.name ?? null]));
  const awaitingReply = factsOf(waiting).flatMap((facts) =>
    facts.escalations
      .filter((escalation) => escalation.firstHumanReplyAt === null)
      .map((escalation) => ({
        conversationId: facts.id,
        customerName: names.get(facts.id) ?? null,
        handedOffAt: new Date(escalation.at),
        targetSeconds: settings.sla[tierOf(facts)].firstResponseSeconds,
      })),
  );
  return {
    lastHour: { conversations: tally.conversations, escalated: tally.escalated },
    classifications: payloadsOf("classification", classifications).map(({ event, payload }) => ({ conversationId: event.conversationId, intent: payload.intent, at: event.createdAt })),
    awaitingReply,
    queue: {
      waiting: waitingNames.filter((c) => c.status === "waiting_human").length,
      agentsOnline,
      open: isWithinBusinessHours(settings.businessHours, timezone, now),
    },
    ratings: payloadsOf("csat", ratings).map(({ event, payload }) => ({ score: payload.score, at: event.createdAt })),
    modelFailures: payloadsOf("model_usage", usage).flatMap(({ event, payload: { messageId, failure } }) => {
      return failure ? [{ conversationId: event.conversationId, messageId, kind: failure.kind, at: event.createdAt }] : [];
    }),
  };
}
