import type { ConversationFacts } from "./conversation-facts";
import { contentGaps, type GapArticle } from "./content-gaps";
import { dailyTrend } from "./daily-trend";
import type { DrillLink } from "./drill-down";
import type { AnalyticsContext } from "./dataset";
import { metricDefinitions } from "./definitions";
import { escalationsByHour, escalationsByIntent, escalationsBySpecialist, escalationsByTier, escalationsByTrigger, type CountRow } from "./escalation-breakdowns";
import { falseEscalationCandidates } from "./false-escalations";
import { agentPerformance, type TeamMember } from "./agent-performance";
import { briefUsefulness } from "./brief-usefulness";
import { formatCost, formatSpend } from "./model-cost";
import { headlinesOf, isAiResolved, tallyOf } from "./overview";
import { csatByAgent } from "./satisfaction";
import { slaCompliance } from "./sla-compliance";

/**
 * Every supervisor table as rows of display strings. The page and its CSV export both render
 * these, so a downloaded file always says what the table on screen says.
 */

export const analyticsTableNames = [
  "triggers",
  "intents",
  "specialists",
  "tiers",
  "hours",
  "false-escalations",
  "sla",
  "sla-breaches",
  "agents",
  "content-gaps",
  "brief-usefulness",
  "agent-performance",
  "daily-trend",
  "model-cost",
  "model-cost-conversations",
] as const;

export type AnalyticsTableName = (typeof analyticsTableNames)[number];

export interface AnalyticsTable {
  name: AnalyticsTableName;
  title: string;
  definition: string;
  columns: string[];
  rows: string[][];
  /** Rows to draw with emphasis, e.g. a trigger's primary count. */
  emphasisColumn?: number;
  /** Per cell, the drill-down parameters of the conversations behind it; only the page uses them. */
  links?: (DrillLink | null)[][];
}

export function formatPercent(value: number | null): string {
  return value === null ? "—" : `${(value * 100).toFixed(1)}%`;
}

export function formatSeconds(value: number | null): string {
  if (value === null) return "—";
  if (value < 120) return `${value} s`;
  if (value < 2 * 3600) return `${Math.round(value / 60)} min`;
  return `${(value / 3600).toFixed(1)} h`;
}

export function formatScore(value: number | null): string {
  return value === null ? "—" : value.toFixed(2);
}

export const humanise = (identifier: string) => identifier.replace(/_/g, " ");

/** A moment as people read it, in the workspace's time zone (named in the column's heading): "Nov 27, 2026, 14:05". */
export function formatMoment(at: Date | number, timezone: string): string {
  return new Intl.DateTimeFormat("en-US", { timeZone: timezone, year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(at);
}

function countRows(rows: CountRow[]): string[][] {
  return rows.map((r) => [humanise(r.key), String(r.escalations), formatPercent(r.share)]);
}

/** Links the handoff count of each row to the handoffs with that key. */
function countLinks(rows: CountRow[], cut: (key: string) => DrillLink): (DrillLink | null)[][] {
  return rows.map((r) => [null, r.escalations > 0 ? { set: "escalated", ...cut(r.key) } : null, null]);
}

export interface TableInput {
  facts: readonly ConversationFacts[];
  staff: readonly { id: string; name: string }[];
  team: readonly TeamMember[];
  context: AnalyticsContext;
  period: { start: Date; end: Date };
  /** The published help centre as it is now, which the content gaps are compared with. */
  articles?: readonly GapArticle[];
}

export function analyticsTable(name: AnalyticsTableName, { facts, staff, team, context, period, articles }: TableInput): AnalyticsTable {
  const nameOf = (id: string | null) => (id === null ? "—" : (staff.find((s) => s.id === id)?.name ?? id));
  switch (name) {
    case "triggers": {
      const rows = escalationsByTrigger(facts);
      return {
        name,
        title: "Handoffs by trigger",
        definition: metricDefinitions.escalationsByTrigger,
        columns: ["Trigger", "Fired", "Primary", "Primary share"],
        rows: rows.map((r) => [humanise(r.trigger), String(r.fired), String(r.primary), formatPercent(r.primaryShare)]),
        emphasisColumn: 2,
        links: rows.map((r): (DrillLink | null)[] => [null, r.fired > 0 ? { set: "escalated", fired: r.trigger } : null, r.primary > 0 ? { set: "escalated", primary: r.trigger } : null, null]),
      };
    }
    case "intents": {
      const rows = escalationsByIntent(facts);
      return { name, title: "Handoffs by intent", definition: metricDefinitions.escalationsByIntent, columns: ["Intent", "Handoffs", "Share"], rows: countRows(rows), links: countLinks(rows, (key) => ({ handoffIntent: key })) };
    }
    case "specialists": {
      const rows = escalationsBySpecialist(facts);
      return { name, title: "Handoffs by specialist", definition: metricDefinitions.escalationsBySpecialist, columns: ["Specialist", "Handoffs", "Share"], rows: countRows(rows), links: countLinks(rows, (key) => ({ specialist: key })) };
    }
    case "tiers": {
      const rows = escalationsByTier(facts);
      return {
        name,
        title: "Handoffs by customer tier",
        definition: metricDefinitions.escalationsByTier,
        columns: ["Tier", "Conversations", "Escalated", "Escalation rate", "Handoffs"],
        rows: rows.map((r) => [r.tier, String(r.conversations), String(r.escalatedConversations), formatPercent(r.escalationRate), String(r.escalations)]),
        links: rows.map((r): (DrillLink | null)[] => [
          null,
          r.conversations > 0 ? { set: "conversations", tier: r.tier } : null,
          r.escalatedConversations > 0 ? { set: "escalated", tier: r.tier } : null,
          null,
          r.escalations > 0 ? { set: "escalated", tier: r.tier } : null,
        ]),
      };
    }
    case "hours": {
      const rows = escalationsByHour(facts, context.timezone);
      return {
        name,
        title: `Handoffs by hour (${context.timezone})`,
        definition: metricDefinitions.escalationsByHour,
        columns: ["Hour", "Handoffs", "Share"],
        rows: countRows(rows),
        links: countLinks(rows, (key) => ({ hour: String(Number(key.slice(0, 2))) })),
      };
    }
    case "false-escalations":
      return {
        name,
        title: "False-escalation candidates",
        definition: metricDefinitions.falseEscalations,
        columns: ["Conversation", `Handed off (${context.timezone})`, "Primary trigger", "All triggers", "Intent", "Minutes to resolve", "Resolved by"],
        rows: falseEscalationCandidates(facts).map((c) => [
          c.conversationId,
          formatMoment(c.escalatedAt, context.timezone),
          c.primaryTrigger ? humanise(c.primaryTrigger) : "—",
          c.triggers.map(humanise).join("; "),
          c.intent ? humanise(c.intent) : "—",
          String(c.minutesToResolve),
          nameOf(c.resolvedById),
        ]),
      };
    case "sla":
      return {
        name,
        title: "First-response SLA by tier",
        definition: metricDefinitions.slaCompliance,
        columns: ["Tier", "Target", "Met", "Breached", "Pending", "Compliance"],
        rows: slaCompliance(facts, context.sla, context.now).tiers.map((t) => [t.tier, formatSeconds(t.targetSeconds), String(t.met), String(t.breached), String(t.pending), formatPercent(t.compliance)]),
      };
    case "sla-breaches":
      return {
        name,
        title: "SLA breaches",
        definition: "Each handoff whose first human reply came after the tier's target, or has not come and the target has passed.",
        columns: ["Conversation", "Tier", `Handed off (${context.timezone})`, "Target", "Waited", "Answered"],
        rows: slaCompliance(facts, context.sla, context.now).breaches.map((b) => [b.conversationId, b.tier, formatMoment(b.escalatedAt, context.timezone), formatSeconds(b.targetSeconds), formatSeconds(b.waitedSeconds), b.replied ? "yes" : "no"]),
      };
    case "agents":
      return {
        name,
        title: "CSAT by person",
        definition: metricDefinitions.csatByAgent,
        columns: ["Person", "Ratings", "Average"],
        rows: csatByAgent(facts, staff).map((r) => [r.agentName, String(r.ratings), formatScore(r.average)]),
      };
    case "content-gaps":
      return {
        name,
        title: "Content gaps",
        definition: metricDefinitions.contentGaps,
        columns: ["Intent", "Questions", "Average match", "Top terms", "Examples", "Articles on it now"],
        rows: contentGaps(facts, context.escalationPolicy.confidenceFloor, articles).map((g) => [
          humanise(g.intent),
          String(g.questions),
          formatScore(g.averageAnswerConfidence),
          g.topTerms.join(", "),
          g.examples.join(" | "),
          g.coveredBy.map((a) => `${a.title} (${a.questions})`).join(", ") || "none",
        ]),
      };
    case "brief-usefulness": {
      const usefulness = briefUsefulness(facts);
      return {
        name,
        title: `Handoff briefs: ${formatPercent(usefulness.usefulShare)} useful (${usefulness.useful} of ${usefulness.ratings.length})`,
        definition: metricDefinitions.briefUsefulness,
        columns: ["Conversation", "Brief", "Rated by", "Verdict", "Note", `Rated at (${context.timezone})`],
        rows: usefulness.ratings.map((r) => [r.conversationId, r.handoffId, nameOf(r.userId), r.useful ? "useful" : "missing something", r.note ?? "—", formatMoment(r.at, context.timezone)]),
      };
    }
    case "agent-performance":
      return {
        name,
        title: "Agents",
        definition: metricDefinitions.agentPerformance,
        columns: ["Person", "Handoffs assigned", "Conversations handled", "First reply p50", "Handle time p50", "CSAT", "Ratings", "Busy time", "Average concurrent", "Open now / max"],
        rows: agentPerformance(facts, team, context.now).map((r) => [
          r.agentName,
          String(r.handoffsAssigned),
          String(r.conversationsHandled),
          formatSeconds(r.firstReplyP50Seconds),
          formatSeconds(r.handleTimeP50Seconds),
          formatScore(r.csat),
          String(r.ratings),
          formatSeconds(r.busySeconds),
          r.averageConcurrent === null ? "—" : r.averageConcurrent.toFixed(2),
          `${r.openNow} / ${r.maxConcurrent}`,
        ]),
      };
    case "daily-trend":
      return {
        name,
        title: "CSAT and sentiment by day (UTC)",
        definition: metricDefinitions.dailyTrend,
        columns: ["Day", "Ratings", "Average CSAT", "Scored turns", "Average sentiment"],
        rows: dailyTrend(facts, period).map((d) => [d.day, String(d.ratings), formatScore(d.averageCsat), String(d.scoredTurns), formatScore(d.averageSentiment)]),
      };
    case "model-cost": {
      const tally = tallyOf(facts, context.sla, context.now);
      const headlines = headlinesOf(tally);
      return {
        name,
        title: "Hosted-model cost",
        definition: `${metricDefinitions.costPerConversation} ${metricDefinitions.costPerResolution} ${metricDefinitions.costPerHandoff}`,
        columns: ["Cost", "Value", "Spent", "Over", "Unpriced calls"],
        rows: [
          ["Per conversation", formatCost(headlines.costPerConversation), formatSpend(tally.modelSpend), `${tally.conversations} conversations`, String(tally.modelSpend.unpricedCalls)],
          ["Per AI resolution", formatCost(headlines.costPerResolution), formatSpend(tally.modelSpend), `${tally.aiResolved} AI resolutions`, String(tally.modelSpend.unpricedCalls)],
          ["Per handoff", formatCost(headlines.costPerHandoff), formatSpend(tally.handoffModelSpend), `${tally.handoffs} handoffs`, String(tally.handoffModelSpend.unpricedCalls)],
        ],
      };
    }
    case "model-cost-conversations":
      return {
        name,
        title: "Hosted-model cost by conversation",
        definition: metricDefinitions.modelCost,
        columns: ["Conversation", `Started (${context.timezone})`, "Outcome", "Calls", "Failed calls", "Input tokens", "Output tokens", "Cost"],
        rows: facts
          .filter((f) => f.modelSpend.calls > 0)
          .map((f) => [
            f.id,
            formatMoment(f.createdAt, context.timezone),
            isAiResolved(f) ? "resolved by the AI" : f.escalations.length > 0 ? `handed off (${f.escalations.length})` : f.firstResolvedAt !== null ? "resolved" : "open",
            String(f.modelSpend.calls),
            String(f.modelSpend.failedCalls),
            String(f.modelSpend.inputTokens),
            String(f.modelSpend.outputTokens),
            formatSpend(f.modelSpend),
          ]),
      };
  }
}

/** RFC 4180 CSV; text that a spreadsheet would run as a formula is prefixed with an apostrophe. */
export function toCsv(table: Pick<AnalyticsTable, "columns" | "rows">): string {
  const cell = (value: string) => {
    const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
    return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return [table.columns, ...table.rows].map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}
