import { metricDefinitions } from "./definitions";
import type { DrillSet } from "./drill-down";
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

interface Spec {
  id: keyof typeof metricDefinitions;
  label: string;
  kind: Kind;
  read: (h: Headlines) => number | null;
  higherIsBetter: boolean | null;
  drill: DrillSet;
}

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

export function headlineTrends(current: Headlines, previous: Headlines): HeadlineTrend[] {
  return specs.map((spec) => {
    const now = spec.read(current);
    const before = spec.read(previous);
    const comparable = now !== null && before !== null;
    return {
      id: spec.label.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/-$/, ""),
      label: spec.label,
      definition: metricDefinitions[spec.id],
      value: format(spec.kind, now),
      change: comparable ? changeOf(spec.kind, now, before) : null,
      changeIsGood: comparable && spec.higherIsBetter !== null && now !== before ? (now > before) === spec.higherIsBetter : null,
      drill: spec.drill,
    };
  });
}
