import { metricDefinitions } from "./definitions";
import type { DrillSet } from "./drill-down";
import { formatCost, formatUsd, type UnitCost } from "./model-cost";
import type { Headlines } from "./overview";
import { formatPercent, formatScore, formatSeconds } from "./tables";

/** The overview's headline numbers, each with its definition and its change against the previous period. */

export interface HeadlineTrend {
  id: string;
  label: string;
  definition: string;
  value: string;
  change: string | null;
  /** null: neither direction is better (volume). */
  changeIsGood: boolean | null;
  /** The conversations the number is computed over (for a rate, those it counts). */
  drill: DrillSet;
}

type Kind = "count" | "rate" | "score" | "seconds";

type Spec = {
  id: keyof typeof metricDefinitions;
  label: string;
  higherIsBetter: boolean | null;
  drill: DrillSet;
} & ({ kind: Kind; read: (h: Headlines) => number | null } | { kind: "cost"; read: (h: Headlines) => UnitCost | null });

const specs: Spec[] = [
  { id: "conversations", label: "Conversations", kind: "count", read: (h) => h.conversations, higherIsBetter: null, drill: "conversations" },
  { id: "aiResolutionRate", label: "AI resolution rate", kind: "rate", read: (h) => h.aiResolutionRate, higherIsBetter: true, drill: "ai-resolved" },
  { id: "escalationRate", label: "Escalation rate", kind: "rate", read: (h) => h.escalationRate, higherIsBetter: false, drill: "escalated" },
  { id: "reEscalationRate", label: "Re-escalation rate", kind: "rate", read: (h) => h.reEscalationRate, higherIsBetter: false, drill: "re-escalated" },
  { id: "csatAiOnly", label: "CSAT, AI only", kind: "score", read: (h) => h.csatAiOnly, higherIsBetter: true, drill: "rated-ai" },
  { id: "csatAfterHandoff", label: "CSAT after a handoff", kind: "score", read: (h) => h.csatAfterHandoff, higherIsBetter: true, drill: "rated-after-handoff" },
  { id: "firstHumanReply", label: "First human reply, p50", kind: "seconds", read: (h) => h.firstHumanReply.p50, higherIsBetter: false, drill: "human-replied" },
  { id: "firstHumanReply", label: "First human reply, p90", kind: "seconds", read: (h) => h.firstHumanReply.p90, higherIsBetter: false, drill: "human-replied" },
  { id: "queueWait", label: "Queue wait, p50", kind: "seconds", read: (h) => h.queueWait.p50, higherIsBetter: false, drill: "assigned" },
  { id: "queueWait", label: "Queue wait, p90", kind: "seconds", read: (h) => h.queueWait.p90, higherIsBetter: false, drill: "assigned" },
  { id: "abandonmentRate", label: "Abandoned while waiting", kind: "rate", read: (h) => h.abandonmentRate, higherIsBetter: false, drill: "abandoned" },
  { id: "slaCompliance", label: "First-response SLA met", kind: "rate", read: (h) => h.slaCompliance, higherIsBetter: true, drill: "sla-met" },
  { id: "costPerConversation", label: "Model cost per conversation", kind: "cost", read: (h) => h.costPerConversation, higherIsBetter: false, drill: "conversations" },
  { id: "costPerResolution", label: "Model cost per AI resolution", kind: "cost", read: (h) => h.costPerResolution, higherIsBetter: false, drill: "ai-resolved" },
  { id: "costPerHandoff", label: "Model cost per handoff", kind: "cost", read: (h) => h.costPerHandoff, higherIsBetter: false, drill: "escalated" },
];

function format(kind: Kind, value: number | null): string {
  switch (kind) {
    case "count":
      return value === null ? "—" : String(value);
    case "rate":
      return formatPercent(value);
    case "score":
      return formatScore(value);
    case "seconds":
      return formatSeconds(value);
  }
}

function changeOf(kind: Kind, now: number, before: number): string {
  const delta = now - before;
  const sign = delta > 0 ? "+" : delta < 0 ? "−" : "±";
  const size = Math.abs(delta);
  switch (kind) {
    case "count":
      return `${sign}${size}`;
    case "rate":
      return `${sign}${(size * 100).toFixed(1)} pts`;
    case "score":
      return `${sign}${size.toFixed(2)}`;
    case "seconds":
      return `${sign}${formatSeconds(Math.round(size))}`;
  }
}

/** A cost is compared only when both periods are fully priced; a lower bound against a total says nothing. */
function pricedUsd(cost: UnitCost | null): number | null {
  return cost !== null && cost.unpricedCalls === 0 ? cost.usd : null;
}

export function headlineTrends(current: Headlines, previous: Headlines): HeadlineTrend[] {
  return specs.map((spec) => {
    const [now, before, value] =
      spec.kind === "cost"
        ? [pricedUsd(spec.read(current)), pricedUsd(spec.read(previous)), formatCost(spec.read(current))]
        : [spec.read(current), spec.read(previous), format(spec.kind, spec.read(current))];
    const comparable = now !== null && before !== null;
    return {
      id: spec.label.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/-$/, ""),
      label: spec.label,
      definition: metricDefinitions[spec.id],
      value,
      change: comparable ? (spec.kind === "cost" ? costChange(now, before) : changeOf(spec.kind, now, before)) : null,
      changeIsGood: comparable && spec.higherIsBetter !== null && now !== before ? (now > before) === spec.higherIsBetter : null,
      drill: spec.drill,
    };
  });
}

function costChange(now: number, before: number): string {
  const delta = now - before;
  return `${delta > 0 ? "+" : delta < 0 ? "−" : "±"}${formatUsd(Math.abs(delta))}`;
}
