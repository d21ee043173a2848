import type { SlaPolicy } from "../workspace/settings";
import type { ConversationFacts } from "./conversation-facts";
import { qualityAgainstCsat, qualityScore, QUALITY_WEIGHTS, type QualityAgainstCsat, type QualityScore, type QualitySignal } from "./quality-score";
import { formatMoment } from "./tables";

/** The per-conversation quality scores as rows of display strings, shared by the page and its CSV. */

const SIGNAL_COLUMNS: [QualitySignal, string][] = [
  ["resolution", "Resolution"],
  ["sentiment", "Sentiment"],
  ["handoffs", "Handoffs"],
  ["waits", "Waits"],
  ["re-contact", "Re-contact"],
];

export interface QualityReport {
  scores: QualityScore[];
  againstCsat: QualityAgainstCsat;
  columns: string[];
  rows: string[][];
}

export function qualityReport(facts: readonly ConversationFacts[], { sla, now, timezone, recontacts }: { sla: SlaPolicy; now: Date; timezone: string; recontacts: ReadonlyMap<string, number> }): QualityReport {
  const scored = facts.map((f) => ({ f, q: qualityScore(f, { sla, now, recontacts: recontacts.get(f.id) ?? 0 }) })).filter(({ q }) => q.score !== null);
  const part = (q: QualityScore, signal: QualitySignal) => {
    const p = q.parts.find((x) => x.signal === signal)!;
    return p.deduction === 0 ? `0: ${p.reason}` : `−${p.deduction}: ${p.reason}`;
  };
  return {
    scores: scored.map(({ q }) => q),
    againstCsat: qualityAgainstCsat(scored.map(({ q }) => q)),
    columns: ["Conversation", `Started (${timezone})`, "Score", ...SIGNAL_COLUMNS.map(([signal, label]) => `${label} (up to −${QUALITY_WEIGHTS[signal]})`), "CSAT"],
    rows: scored.map(({ f, q }) => [f.id, formatMoment(f.createdAt, timezone), String(q.score), ...SIGNAL_COLUMNS.map(([signal]) => part(q, signal)), q.csat === null ? "—" : String(q.csat)]),
  };
}
