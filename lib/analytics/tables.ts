import type { ConversationFacts } from "./conversation-facts";
import { contentGaps } from "./content-gaps";
import type { AnalyticsContext } from "./dataset";
import { metricDefinitions } from "./definitions";
import { escalationsByHour, escalationsByIntent, escalationsBySpecialist, escalationsByTier, escalationsByTrigger, type CountRow } from "./escalation-breakdowns";
import { falseEscalationCandidates } from "./false-escalations";
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

function countRows(rows: CountRow[]): string[][] {
  return rows.map((r) => [humanise(r.key), String(r.escalations), formatPercent(r.share)]);
}

export interface TableInput {
  facts: readonly ConversationFacts[];
  staff: readonly { id: string; name: string }[];
  context: AnalyticsContext;
}

export function analyticsTable(name: AnalyticsTableName, { facts, staff, context }: TableInput): AnalyticsTable {
  const nameOf = (id: string | null) => (id === null ? "—" : (staff.find((s) => s.id === id)?.name ?? id));
  switch (name) {
    case "triggers":
      return {
        name,
        title: "Handoffs by trigger",
        definition: metricDefinitions.escalationsByTrigger,
        columns: ["Trigger", "Fired", "Primary", "Primary share"],
        rows: escalationsByTrigger(facts).map((r) => [humanise(r.trigger), String(r.fired), String(r.primary), formatPercent(r.primaryShare)]),
        emphasisColumn: 2,
      };
    case "intents":
      return { name, title: "Handoffs by intent", definition: metricDefinitions.escalationsByIntent, columns: ["Intent", "Handoffs", "Share"], rows: countRows(escalationsByIntent(facts)) };
    case "specialists":
      return { name, title: "Handoffs by specialist", definition: metricDefinitions.escalationsBySpecialist, columns: ["Specialist", "Handoffs", "Share"], rows: countRows(escalationsBySpecialist(facts)) };
    case "tiers":
      return {
        name,
        title: "Handoffs by customer tier",
        definition: metricDefinitions.escalationsByTier,
        columns: ["Tier", "Conversations", "Escalated", "Escalation rate", "Handoffs"],
        rows: escalationsByTier(facts).map((r) => [r.tier, String(r.conversations), String(r.escalatedConversations), formatPercent(r.escalationRate), String(r.escalations)]),
      };
    case "hours":
      return { name, title: `Handoffs by hour (${context.timezone})`, definition: metricDefinitions.escalationsByHour, columns: ["Hour", "Handoffs", "Share"], rows: countRows(escalationsByHour(facts, context.timezone)) };
    case "false-escalations":
      return {
        name,
        title: "False-escalation candidates",
        definition: metricDefinitions.falseEscalations,
        columns: ["Conversation", "Handed off", "Primary trigger", "All triggers", "Intent", "Minutes to resolve", "Resolved by"],
        rows: falseEscalationCandidates(facts).map((c) => [
          c.conversationId,
          c.escalatedAt.toISOString(),
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
        columns: ["Conversation", "Tier", "Handed off", "Target", "Waited", "Answered"],
        rows: slaCompliance(facts, context.sla, context.now).breaches.map((b) => [b.conversationId, b.tier, b.escalatedAt.toISOString(), formatSeconds(b.targetSeconds), formatSeconds(b.waitedSeconds), b.replied ? "yes" : "no"]),
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
        columns: ["Intent", "Questions", "Average match", "Top terms", "Examples"],
        rows: contentGaps(facts, context.escalationPolicy.confidenceFloor).map((g) => [
          humanise(g.intent),
          String(g.questions),
          formatScore(g.averageAnswerConfidence),
          g.topTerms.join(", "),
          g.examples.join(" | "),
        ]),
      };
  }
}

/** RFC 4180 CSV; text that a spreadsheet would run as a formula is prefixed with an apostrophe. */
export function toCsv(table: AnalyticsTable): string {
  const cell = (value: string) => {
    const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
    return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return [table.columns, ...table.rows].map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}
