import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { handleCustomerMessage } from "../agents/pipeline";
import { parseScriptedConversations, scriptedTurnContext } from "../agents/scripted-conversations";
import { audit } from "../business/audit";
import { claimConversation, replyAsHuman, resolveAsStaff, type StaffMember } from "../console/staff-actions";
import { loadConversationLog } from "../conversation/log";
import { rateConversation } from "../conversation/rating";
import type { Db, Workspace } from "../db";
import { FIRST_START_LOCK, withDatabaseLock } from "../db/database-lock";
import { routeConversation } from "../handoff/escalate";
import { withoutFanOut } from "../realtime/hub";
import { identityHash } from "../widget/identity";
import { openWidgetSession } from "../widget/session";
import { isWithinBusinessHours } from "../workspace/business-hours";
import { parseWorkspaceSettings, type WorkspaceSettings } from "../workspace/settings";
import { csatScore, humanTimeline, nextOpening, planHistory, type HistoryOutcome, type PlannedConversation } from "./history-plan";
import { findDemoStore } from "./shoppers";
import { refoldWorkspace } from "../analytics/rollups";

/**
 * The demo workspace's past month, so the supervisor pages have something to show on a first
 * start. Nothing is written by hand: each planned conversation is opened as the widget opens one,
 * its customer's turns go through the AI pipeline at their past moments, handoffs are routed and
 * briefed by the handoff code, and the team's replies, resolutions and the customers' ratings go
 * through the same functions as the console and the widget.
 */

/** The audit entry that says a database has had its history; a restart does not replay it again. */
export const HISTORY_MARKER = "demo.history_replayed";

export interface HistorySummary {
  conversations: number;
  handedOff: number;
  rated: number;
  seconds: number;
}

interface Team {
  /** Everyone routing may choose; during the replay they all count as working their shift. */
  agentIds: string[];
  members: Map<string, { staff: StaffMember; name: string }>;
  /** Who claims a queued conversation when routing finds nobody. */
  supervisorId: string;
}

const REPLIES: Record<HistoryOutcome, readonly string[]> = {
  solved: [
    "thanks for waiting. I've gone through everything you told our assistant and sorted it out on our side; you'll get an email confirming it shortly.",
    "I've read the whole conversation and fixed this for you. Anything else I can help with?",
    "all done: I've taken care of it, and the confirmation is on its way to your inbox.",
  ],
  no_action_needed: [
    "I've checked everything and it's all in order already, so there's nothing we need to change. Let me know if anything else comes up.",
    "good news: this is already taken care of on our side, and nothing more is needed from you.",
  ],
  not_solved: [
    "I'm sorry, I can't change this from here. I've passed it to the team that can, and they'll email you with an answer.",
    "I'm afraid this isn't something I can fix in chat today. I've noted everything so you won't have to explain it again.",
  ],
  duplicate: ["I can see this is already being handled in your other conversation with us, so I'll close this one and we'll carry on there."],
};

function replyText(plan: PlannedConversation, customerName: string | null, agentName: string): string {
  const options = REPLIES[plan.outcome];
  const body = options[Math.floor(plan.replyDraw * options.length)]!;
  const greeting = customerName ? `Hi ${customerName.split(" ")[0]}, ${agentName.split(" ")[0]} here: ` : `Hi, ${agentName.split(" ")[0]} here: `;
  return greeting + body;
}

async function loadTeam(db: Db, workspaceId: string): Promise<Team> {
  const users = await db.user.findMany({ where: { workspaceId }, orderBy: { email: "asc" } });
  const members = new Map(users.map((u) => [u.id, { staff: { userId: u.id, role: u.role, workspaceId }, name: u.name }]));
  const supervisor = users.find((u) => u.role === "supervisor") ?? users.find((u) => u.role === "admin");
  if (!supervisor) throw new Error("The demo workspace has no supervisor to work the queue.");
  return { agentIds: users.filter((u) => u.role === "agent").map((u) => u.id), members, supervisorId: supervisor.id };
}

async function answerHandoff(db: Db, workspace: Workspace, settings: WorkspaceSettings, team: Team, plan: PlannedConversation, conversationId: string, handedOffAt: Date, now: Date): Promise<boolean> {
  const conversation = await db.conversation.findUniqueOrThrow({ where: { id: conversationId }, include: { customer: { select: { name: true } } } });
  const open = isWithinBusinessHours(settings.businessHours, workspace.timezone, handedOffAt);
  const timeline = humanTimeline(
    plan,
    { at: handedOffAt, assigned: conversation.assigneeId !== null, reopensAt: open ? null : nextOpening(settings.businessHours, workspace.timezone, handedOffAt) },
    now,
  );
  let assigneeId = conversation.assigneeId;
  if (timeline.claimAt) {
    const log = await loadConversationLog(db, conversationId);
    const routing = await routeConversation(db, log, settings, workspace.timezone, timeline.claimAt, [], team.agentIds);
    assigneeId = routing.agentId ?? team.supervisorId;
    await claimConversation(db, team.members.get(assigneeId)!.staff, conversationId, timeline.claimAt);
  }
  const person = team.members.get(assigneeId!)!;
  await replyAsHuman(db, person.staff, conversationId, replyText(plan, conversation.customer?.name ?? null, person.name), undefined, timeline.replyAt);
  await resolveAsStaff(db, person.staff, conversationId, plan.outcome, null, timeline.resolveAt);
  if (!plan.ratesAfterHandoff) return false;
  await rateConversation(db, { workspaceId: workspace.id, conversationId, score: csatScore(plan.ratingDraw, plan.outcome), comment: null, at: timeline.rateAt });
  return true;
}

async function replayConversation(db: Db, workspace: Workspace, settings: WorkspaceSettings, team: Team, plan: PlannedConversation, widgetKey: string, now: Date) {
  const customer = plan.customerExternalId;
  const session = await openWidgetSession(
    db,
    { workspace: workspace.slug, language: plan.script.language, ...(customer ? { userId: customer, userHash: identityHash(customer, workspace.widgetSecret) } : {}) },
    widgetKey,
    plan.startAt,
  );
  if (!session.ok) throw new Error(session.error);
  const { conversationId } = session.session;
  let at = plan.startAt;
  for (const [turn, body] of plan.script.turns.entries()) {
    if (turn > 0) at = new Date(at.getTime() + plan.turnGapsSeconds[turn - 1]! * 1000);
    const sent = await handleCustomerMessage({ conversationId, body, now: at, context: scriptedTurnContext(plan.script, turn, at), agentsOnline: team.agentIds });
    const outcome = await sent.turn;
    // The customer waits for the person they were handed to rather than typing the rest of the script.
    if (outcome?.decision.action === "handoff") {
      return { handedOff: true, rated: await answerHandoff(db, workspace, settings, team, plan, conversationId, at, now) };
    }
  }
  const rateAt = new Date(at.getTime() + plan.ratingDelaySeconds * 1000);
  await rateConversation(db, { workspaceId: workspace.id, conversationId, score: csatScore(plan.ratingDraw, "ai_only"), comment: null, at: rateAt });
  return { handedOff: false, rated: true };
}

/**
 * Claims the replay for this caller: writes the marker unless another start (this instance or
 * another one on the same database) already did. The check and the write hold the database's
 * first-start lock, so of several instances starting at once exactly one replays.
 */
export async function claimDemoHistory(db: Db, workspace: Workspace, now: Date): Promise<boolean> {
  return withDatabaseLock(FIRST_START_LOCK, async () => {
    if (await db.auditLog.findFirst({ where: { workspaceId: workspace.id, action: HISTORY_MARKER } })) return false;
    await audit(db, { workspaceId: workspace.id, actorType: "system", actorId: null, action: HISTORY_MARKER, targetType: "workspace", targetId: workspace.id, detail: { until: now.toISOString() } });
    return true;
  });
}

/**
 * Replays the last month into the demo workspace, once per database: null when it has no demo
 * store or already had its history. The marker is written first, so a replay cut short is
 * never repeated on top of what it already wrote.
 */
export async function replayDemoHistory(db: Db, now = new Date()): Promise<HistorySummary | null> {
  const store = await findDemoStore(db);
  if (!store) return null;
  const { workspace } = store;
  if (!(await claimDemoHistory(db, workspace, now))) return null;

  const started = performance.now();
  const settings = parseWorkspaceSettings(workspace);
  const team = await loadTeam(db, workspace.id);
  const customers = await db.customer.findMany({ where: { workspaceId: workspace.id, externalId: { not: null } }, orderBy: { externalId: "asc" } });
  const plans = planHistory({
    scripts: parseScriptedConversations(readFileSync(new URL("./scripted-conversations.jsonl", import.meta.url), "utf8")),
    customers: customers.map((c) => ({ externalId: c.externalId!, tier: c.tier, language: c.language })),
    timezone: workspace.timezone,
    now,
  });
  // The replay never talks to a browser, so the widget tokens its sessions are issued are signed with a key nobody keeps.
  const widgetKey = randomBytes(32).toString("base64url");
  const summary: HistorySummary = { conversations: 0, handedOff: 0, rated: 0, seconds: 0 };
  await withoutFanOut(async () => {
    for (const plan of plans) {
      const replayed = await replayConversation(db, workspace, settings, team, plan, widgetKey, now);
      summary.conversations++;
      if (replayed.handedOff) summary.handedOff++;
      if (replayed.rated) summary.rated++;
    }
  });
  // Owner changes fold after their publish, through the process-wide client; the replay may write through another, so one pass settles the month.
  await refoldWorkspace(db, workspace.id);
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
