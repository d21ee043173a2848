import type { Db } from "../db";
import { isUniqueViolation } from "../db/unique-violation";
import { afterCommit, dispatch, transaction } from "../events/dispatcher";
import { customerNotices } from "../agents/customer-notices";
import { atStakeCents, atStakeRecords } from "../business/at-stake";
import { recentOrders } from "../business/recent-orders";
import { payloadsOf, type Actor } from "../events/catalogue";
import { loadConversationLog, type ConversationLog } from "../conversation/log";
import { currentOwner, owedHandoff } from "../conversation/ownership";
import { sayToCustomer } from "../conversation/say";
import { currentTurnMoment } from "../conversation/turn-moment";
import { handOverInTransaction, OwnershipChanged } from "../conversation/transitions";
import { parseWorkspaceSettings, type WorkspaceSettings } from "../workspace/settings";
import { buildHandoffBrief, type BriefBusiness, type HandoffBrief } from "./brief";
import { routeToHuman, topicOf, type RoutingDecision } from "./routing";
import { loadAgentAvailability } from "./team";
import { agentsWhoMissed } from "./unanswered-assignments";

/**
 * The I/O around a handoff: read the team and the customer's records, let the pure router and
 * brief builder decide, then write the queue move, the brief and (when someone was chosen) the
 * assignment in one transaction. A customer turn never calls this: it stores its decision, and the
 * dispatcher's handoff listener (lib/events/listeners/handoffs.ts) hands off from it.
 */

const RECENT_ORDERS = 5;
const DAY = 24 * 3600 * 1000;

/** The business records the brief reads besides the log; routing is read beside them. */
async function readBusiness(db: Db, log: ConversationLog, settings: WorkspaceSettings, now: Date): Promise<Omit<BriefBusiness, "routing">> {
  const { conversation } = log;
  const customer = conversation.customer;
  const dayStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const sla = settings.sla[(customer?.tier ?? "free") as keyof WorkspaceSettings["sla"]];
  // The customer's other conversations (with their ratings), failed payments and what they stand
  // to lose are one read: each read costs the event loop about as much again as its rows do.
  const [briefsToday, attachments, records, orders] = await Promise.all([
    db.conversationEvent.count({ where: { workspaceId: conversation.workspaceId, type: "handoff_brief", createdAt: { gte: dayStart, lt: new Date(dayStart.getTime() + DAY) } } }),
    db.attachment.findMany({ where: { conversationId: conversation.id }, orderBy: { createdAt: "asc" } }),
    customer &&
      db.customer.findUniqueOrThrow({
        where: { id: customer.id },
        select: {
          ...atStakeRecords,
          conversations: {
            where: { id: { not: conversation.id } },
            select: { id: true, status: true, createdAt: true, events: { where: { type: "csat" }, select: { id: true, type: true, conversationId: true, payload: true } } },
            orderBy: { createdAt: "desc" },
          },
          payments: { where: { status: "failed" }, orderBy: { createdAt: "desc" } },
        },
      }),
    customer && recentOrders(db, { workspaceId: conversation.workspaceId, customer, stored: conversation.workspace.connectorSettings, take: RECENT_ORDERS, now }),
  ]);
  if (!records || !orders) {
    return { dailySequence: briefsToday + 1, slaFirstResponseSeconds: sla.firstResponseSeconds, otherConversations: null, recentOrders: [], failedPayments: [], atStakeCents: null, attachments };
  }
  const score = new Map(payloadsOf("csat", records.conversations.flatMap((c) => c.events)).map(({ event, payload }) => [event.conversationId, payload.score]));
  return {
    dailySequence: briefsToday + 1,
    slaFirstResponseSeconds: sla.firstResponseSeconds,
    otherConversations: records.conversations.map(({ id, status, createdAt }) => ({ id, status, createdAt, csatScore: score.get(id) ?? null })),
    recentOrders: orders.orders,
    recentOrdersUnreachable: orders.unreachable,
    failedPayments: records.payments,
    atStakeCents: atStakeCents(records),
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
  if (log.conversation.ownerVersion !== ownerVersion) return null;
  return escalate(db, log, settings, timezone, actor, now, agentsOnline);
}

/** The stored decision a handoff answers, and when it was committed (epoch ms). */
interface OwedDecision {
  eventId: string;
  decidedAt: number;
}

/**
 * Routes, builds the brief and writes the handoff from `log`, as of its owner version. When it
 * answers a stored `decision`, a second handoff for it fails on the brief's unique key and writes
 * nothing, like one that finds the conversation changed hands; and staff hear of it with the commit
 * that stores the brief, before the rest of that commit's news.
 */
async function escalate(
  db: Db,
  log: ConversationLog,
  settings: WorkspaceSettings,
  timezone: string,
  actor: Actor,
  now: Date,
  agentsOnline?: readonly string[],
  decision?: OwedDecision,
): Promise<Escalation | null> {
  const { conversation } = log;
  const [routing, business] = await Promise.all([routeConversation(db, log, settings, timezone, now, [], agentsOnline), readBusiness(db, log, settings, now)]);
  const brief = buildHandoffBrief(log, { ...business, routing }, now);
  const scope = { workspaceId: conversation.workspaceId, conversationId: conversation.id, actor, at: now };
  const assignment = routing.agentId && routing.agentName ? { agentId: routing.agentId, agentName: routing.agentName, reason: routing.reason, via: "routing" as const, handoffId: brief.handoff_id } : null;
  try {
    await transaction(db, (tx) => {
      if (decision) afterCommit(tx, { kind: "conversation_escalated", workspaceId: conversation.workspaceId, conversationId: conversation.id, brief, decidedAt: decision.decidedAt });
      const record = { ...scope, type: "handoff_brief" as const, payload: { brief }, ...(decision ? { onceKey: `handoff:${decision.eventId}` } : {}) };
      return handOverInTransaction(tx, scope, { owner: currentOwner(log.events), version: conversation.ownerVersion }, brief.escalation.reason, record, assignment);
    });
  } catch (error) {
    if (error instanceof OwnershipChanged || isUniqueViolation(error)) return null;
    throw error;
  }
  return { brief, routing };
}

/**
 * The handoff a stored escalation decision owes, done once: whichever instance or rerun hears the
 * decision first writes it (keyed on the decision event), the others find it written and do
 * nothing. Staff hear of it with the brief as soon as it is stored, the customer is told who
 * will answer, and the inbox redraws. `decidedAt` (epoch ms) is when the decision was committed,
 * for the notices' latency.
 */
export async function handOffDecision(db: Db, conversationId: string, decidedAt: number): Promise<void> {
  const log = await loadConversationLog(db, conversationId);
  const owed = owedHandoff(log.events);
  if (!owed) return;
  const { conversation } = log;
  const moment = currentTurnMoment();
  const settings = parseWorkspaceSettings(conversation.workspace);
  const escalation = await escalate(db, log, settings, conversation.workspace.timezone, { type: "ai", agent: "router" }, moment.at, moment.agentsOnline, { eventId: owed.decisionEventId, decidedAt });
  if (!escalation) return;
  const { routing } = escalation;
  // A console's socket sends one notice at a time (the next leaves once the previous write is
  // done): the rest waits a turn of the event loop, so the brief and the assignment leave first.
  await new Promise((resolve) => setImmediate(resolve));
  const offHours = routing.mode !== "warm";
  const firstName = routing.agentName?.split(" ")[0] ?? null;
  const notices = customerNotices(conversation.language);
  const body = firstName ? notices.handedToPerson(firstName) : offHours ? notices.nobodyAvailable : notices.handedToTeam;
  await sayToCustomer(db, conversationId, "system", body, moment.at, undefined, owed.messageId);
  const position = routing.agentId ? 0 : await db.conversation.count({ where: { workspaceId: conversation.workspaceId, status: "waiting_human", createdAt: { lte: conversation.createdAt } } });
  void dispatch(
    [
      {
        kind: "conversation_changed",
        workspaceId: conversation.workspaceId,
        update: {
          conversationId,
          status: routing.agentId ? "with_human" : "waiting_human",
          assigneeId: routing.agentId,
          queue: routing.agentId || offHours ? null : { position, expectedWaitSeconds: null },
          assignee: routing.agentName ? { name: routing.agentName } : null,
          offHours,
        },
      },
    ],
    db,
  );
}
