import type { Db } from "../db";
import { transaction } from "../events/dispatcher";
import { atStakeCents, atStakeRecords } from "../business/at-stake";
import { recentOrders } from "../business/recent-orders";
import { payloadsOf, type Actor } from "../events/catalogue";
import { appendEvent, loadConversationLog, type ConversationLog } from "../conversation/log";
import { currentOwner } from "../conversation/ownership";
import { assignInTransaction, OwnershipChanged, returnToQueueInTransaction } from "../conversation/transitions";
import type { WorkspaceSettings } from "../workspace/settings";
import { buildHandoffBrief, type BriefBusiness, type HandoffBrief } from "./brief";
import { routeToHuman, topicOf, type RoutingDecision } from "./routing";
import { loadAgentAvailability } from "./team";
import { agentsWhoMissed } from "./unanswered-assignments";

/**
 * The I/O around a handoff: read the team and the customer's records, let the pure router and
 * brief builder decide, then write the queue move, the brief and (when someone was chosen) the
 * assignment in one transaction.
 */

const RECENT_ORDERS = 5;
const DAY = 24 * 3600 * 1000;

async function readBusiness(db: Db, log: ConversationLog, routing: RoutingDecision, settings: WorkspaceSettings, now: Date): Promise<BriefBusiness> {
  const { conversation } = log;
  const customer = conversation.customer;
  const dayStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const briefsToday = await db.conversationEvent.count({
    where: { workspaceId: conversation.workspaceId, type: "handoff_brief", createdAt: { gte: dayStart, lt: new Date(dayStart.getTime() + DAY) } },
  });
  const sla = settings.sla[(customer?.tier ?? "free") as keyof WorkspaceSettings["sla"]];
  const attachments = await db.attachment.findMany({ where: { conversationId: conversation.id }, orderBy: { createdAt: "asc" } });
  if (!customer) {
    return { dailySequence: briefsToday + 1, routing, slaFirstResponseSeconds: sla.firstResponseSeconds, otherConversations: null, recentOrders: [], failedPayments: [], atStakeCents: null, attachments };
  }
  const [others, ratings, orders, payments, standing] = await Promise.all([
    db.conversation.findMany({ where: { customerId: customer.id, id: { not: conversation.id } }, select: { id: true, status: true, createdAt: true }, orderBy: { createdAt: "desc" } }),
    db.conversationEvent.findMany({ where: { type: "csat", conversation: { customerId: customer.id, id: { not: conversation.id } } }, select: { id: true, type: true, conversationId: true, payload: true } }),
    db.workspace
      .findUniqueOrThrow({ where: { id: conversation.workspaceId }, select: { connectorSettings: true } })
      .then((w) => recentOrders(db, { workspaceId: conversation.workspaceId, customer, stored: w.connectorSettings, take: RECENT_ORDERS, now })),
    db.payment.findMany({ where: { customerId: customer.id, status: "failed" }, orderBy: { createdAt: "desc" } }),
    db.customer.findUniqueOrThrow({ where: { id: customer.id }, select: atStakeRecords }),
  ]);
  const score = new Map(payloadsOf("csat", ratings).map(({ event, payload }) => [event.conversationId, payload.score]));
  return {
    dailySequence: briefsToday + 1,
    routing,
    slaFirstResponseSeconds: sla.firstResponseSeconds,
    otherConversations: others.map((c) => ({ ...c, csatScore: score.get(c.id) ?? null })),
    recentOrders: orders.orders,
    recentOrdersUnreachable: orders.unreachable,
    failedPayments: payments,
    atStakeCents: atStakeCents(standing),
    attachments,
  };
}

export interface Escalation {
  brief: HandoffBrief;
  routing: RoutingDecision;
}

/**
 * Who should have the conversation now, by its topic, the customer and the team; people it already
 * missed are skipped. `agentsOnline` replaces the stored presence when the moment is not the
 * present: a replay of past days states who was working then.
 */
export async function routeConversation(
  db: Db,
  log: ConversationLog,
  settings: WorkspaceSettings,
  timezone: string,
  now: Date,
  alsoSkip: readonly string[] = [],
  agentsOnline?: readonly string[],
): Promise<RoutingDecision> {
  const { conversation } = log;
  const team = await loadAgentAvailability(db, conversation.workspaceId);
  const classification = topicOf(payloadsOf("classification", log.events).map(({ payload }) => payload));
  return routeToHuman(
    {
      intent: classification?.intent ?? null,
      category: classification?.category ?? null,
      tier: conversation.customer?.tier ?? null,
      language: conversation.language,
      hours: { businessHours: settings.businessHours, timezone },
      excludeAgentIds: [...agentsWhoMissed(log.events), ...alsoSkip],
    },
    agentsOnline ? team.map((agent) => ({ ...agent, presence: agentsOnline.includes(agent.id) ? ("online" as const) : ("offline" as const) })) : team,
    now,
  );
}

/**
 * Hands the conversation to the team. `ownerVersion` is the `Conversation.ownerVersion` read with
 * the owner that decided the handoff: if the conversation changed hands since (a person claimed it,
 * or another instance already handed it off), nothing is written and the answer is null.
 */
export async function escalateToHuman(
  db: Db,
  conversationId: string,
  ownerVersion: number,
  settings: WorkspaceSettings,
  timezone: string,
  actor: Actor,
  now: Date,
  agentsOnline?: readonly string[],
): Promise<Escalation | null> {
  const log = await loadConversationLog(db, conversationId);
  const { conversation } = log;
  if (conversation.ownerVersion !== ownerVersion) return null;
  const routing = await routeConversation(db, log, settings, timezone, now, [], agentsOnline);
  const brief = buildHandoffBrief(log, await readBusiness(db, log, routing, settings, now), now);
  const scope = { workspaceId: conversation.workspaceId, conversationId, actor, at: now };
  try {
    await transaction(db, async (tx) => {
      const queued = await returnToQueueInTransaction(tx, scope, { owner: currentOwner(log.events), version: ownerVersion }, brief.escalation.reason);
      await appendEvent(tx, { ...scope, type: "handoff_brief", payload: { brief } });
      if (routing.agentId && routing.agentName) {
        await assignInTransaction(tx, scope, queued, { agentId: routing.agentId, agentName: routing.agentName, reason: routing.reason, via: "routing", handoffId: brief.handoff_id });
      }
    });
  } catch (error) {
    if (error instanceof OwnershipChanged) return null;
    throw error;
  }
  return { brief, routing };
}
