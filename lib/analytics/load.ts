import type { Db, Prisma } from "../db";
import { parseWorkspaceSettings } from "../workspace/settings";
import type { TeamMember } from "./agent-performance";
import type { AnalyticsContext, AnalyticsDataset } from "./dataset";
import { storedTurns, type StoredTurn } from "./what-if";

/**
 * The one place analytics reads the database: a period's conversations (by when they started), or
 * those waiting on a person now, with their whole event log and messages, as plain rows for the
 * pure metrics.
 */

/** The event types conversation facts are built from: any other changes no number. */
export const FACT_EVENT_TYPES = ["classification", "escalation_decision", "ownership_changed", "async_requested", "resolved", "reopened", "csat", "brief_feedback", "model_usage"];

export interface Period {
  start: Date;
  end: Date;
}

/**
 * `withQuestions` also reads each turn's signals and the customers' words, which only the content
 * gaps need; the headline numbers do without.
 */
export async function loadAnalyticsDataset(db: Db, workspaceId: string, period: Period, { withQuestions }: { withQuestions: boolean }): Promise<AnalyticsDataset> {
  return loadDataset(db, workspaceId, { createdAt: { gte: period.start, lt: period.end } }, withQuestions);
}

/**
 * The given conversations of the workspace, whenever they started: the rows their facts are built
 * from, without the workspace's staff, which no conversation's facts need (a rollup fold reads
 * this after each turn).
 */
export async function loadConversationsDataset(db: Db, workspaceId: string, conversationIds: readonly string[]): Promise<ConversationRows> {
  const ids = [...conversationIds];
  return loadRows(db, workspaceId, { id: { in: ids } }, false, { conversationId: { in: ids } });
}

/** Conversations waiting on a person now: in the queue, or with someone, who may not have answered yet. */
export async function loadWaitingDataset(db: Db, workspaceId: string): Promise<AnalyticsDataset> {
  return loadDataset(db, workspaceId, { status: { in: ["waiting_human", "with_human"] } }, false);
}

async function loadDataset(db: Db, workspaceId: string, which: Prisma.ConversationWhereInput, withQuestions: boolean): Promise<AnalyticsDataset> {
  const [rows, staff] = await Promise.all([loadRows(db, workspaceId, which, withQuestions), db.user.findMany({ where: { workspaceId }, select: { id: true, name: true } })]);
  return { ...rows, staff };
}

type ConversationRows = Omit<AnalyticsDataset, "staff">;

/** `rowsOf` names the conversations' rows directly when their ids are known, so SQLite reads them by conversation rather than by workspace. */
async function loadRows(
  db: Db,
  workspaceId: string,
  which: Prisma.ConversationWhereInput,
  withQuestions: boolean,
  rowsOf?: { conversationId: { in: string[] } },
): Promise<ConversationRows> {
  const inScope = { ...which, workspaceId };
  const rows = rowsOf ?? { conversation: inScope };
  const [conversations, events, messages] = await Promise.all([
    db.conversation.findMany({ where: inScope, select: { id: true, createdAt: true, customer: { select: { tier: true } } }, orderBy: { createdAt: "asc" } }),
    db.conversationEvent.findMany({
      where: { workspaceId, ...rows, type: { in: withQuestions ? [...FACT_EVENT_TYPES, "turn_signals"] : FACT_EVENT_TYPES } },
      select: { conversationId: true, type: true, payload: true, actorType: true, actorId: true, createdAt: true },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    db.message.findMany({
      where: { ...rows, author: { in: ["customer", "human"] } },
      select: { id: true, conversationId: true, author: true, userId: true, createdAt: true, body: withQuestions },
      orderBy: { seq: "asc" },
    }),
  ]);
  return {
    conversations: conversations.map((c) => ({ id: c.id, createdAt: c.createdAt, tier: c.customer?.tier ?? null })),
    events,
    messages: messages.map((m) => ({ ...m, body: m.author === "customer" ? m.body : undefined })),
  };
}

export async function loadAnalyticsContext(db: Db, workspaceId: string, now: Date): Promise<AnalyticsContext> {
  const workspace = await db.workspace.findUniqueOrThrow({ where: { id: workspaceId } });
  const settings = parseWorkspaceSettings(workspace);
  return { now, sla: settings.sla, escalationPolicy: settings.escalation, timezone: workspace.timezone };
}

/** Every customer turn decided since `since`, with the signals and decision stored for it. */
export async function loadStoredTurns(db: Db, workspaceId: string, since: Date): Promise<StoredTurn[]> {
  const events = await db.conversationEvent.findMany({
    where: { workspaceId, type: { in: ["turn_signals", "escalation_decision"] }, createdAt: { gte: since } },
    select: { conversationId: true, type: true, payload: true, actorType: true, actorId: true, createdAt: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return storedTurns(events);
}

/** The workspace's people with their chat limit and how many conversations each carries now. */
export async function loadTeam(db: Db, workspaceId: string): Promise<TeamMember[]> {
  const [users, open] = await Promise.all([
    db.user.findMany({ where: { workspaceId }, select: { id: true, name: true, role: true, maxConcurrentChats: true }, orderBy: { name: "asc" } }),
    db.conversation.groupBy({ by: ["assigneeId"], where: { workspaceId, status: "with_human", assigneeId: { not: null } }, _count: { _all: true } }),
  ]);
  const openBy = new Map(open.map((row) => [row.assigneeId, row._count._all]));
  return users.map((u) => ({ ...u, openNow: openBy.get(u.id) ?? 0 }));
}
