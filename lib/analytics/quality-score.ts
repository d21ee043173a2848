import type { SlaPolicy } from "../workspace/settings";
import type { ConversationFacts } from "./conversation-facts";
import { slaOf } from "./handoff-waits";
import { formatSeconds } from "./tables";

/**
 * A quality score for every conversation, from what the log already holds, so conversations
 * nobody rated are judged too. It starts at 100 and loses points for each thing a customer
 * would notice (left unresolved, ended upset or more upset than they came, passed between
 * people, kept waiting past the tier's first-response target, had to come back); every
 * deduction carries its reason, so the number can be checked and argued with.
 */

export type QualitySignal = "resolution" | "sentiment" | "handoffs" | "waits" | "re-contact";

export interface QualityPart {
  signal: QualitySignal;
  /** Points taken off (0 when the signal found nothing wrong). */
  deduction: number;
  reason: string;
}

export interface QualityScore {
  conversationId: string;
  /** 0..100; null when the conversation is not one to judge (spam, a duplicate, no customer turn, still in progress). */
  score: number | null;
  parts: QualityPart[];
  csat: number | null;
}

/** The largest deduction of each signal; they add up to 100, so a conversation that failed at everything scores 0. */
export const QUALITY_WEIGHTS: Record<QualitySignal, number> = { resolution: 30, sentiment: 25, handoffs: 15, waits: 15, "re-contact": 15 };

const UNJUDGED_OUTCOMES = new Set(["spam", "duplicate"]);

/** An open conversation the customer wrote in more recently than this is still being worked on, not yet judged. */
export const IN_PROGRESS_MS = 24 * 3600 * 1000;

function stillOpen(f: ConversationFacts): boolean {
  return f.lastResolution === null || (f.lastReopenedAt !== null && f.lastReopenedAt >= f.lastResolution.at);
}

const round = (n: number) => Math.round(n);
const mood = (score: number) => score.toFixed(2);

function resolutionPart(f: ConversationFacts): QualityPart {
  const max = QUALITY_WEIGHTS.resolution;
  if (f.lastResolution === null) return { signal: "resolution", deduction: max, reason: "Not resolved." };
  if (stillOpen(f)) return { signal: "resolution", deduction: max, reason: "Reopened and not resolved since." };
  if (f.lastResolution.outcome === "not_solved") return { signal: "resolution", deduction: max, reason: "Closed as not solved." };
  return { signal: "resolution", deduction: 0, reason: `Resolved (${f.lastResolution.outcome.replace(/_/g, " ")}).` };
}

function sentimentPart(f: ConversationFacts): QualityPart {
  const max = QUALITY_WEIGHTS.sentiment;
  if (f.sentiments.length === 0) return { signal: "sentiment", deduction: 0, reason: "No customer turn was scored." };
  const first = f.sentiments[0]!;
  const last = f.sentiments[f.sentiments.length - 1]!;
  // Ending upset costs up to 15; leaving more upset than they arrived costs up to 10 more.
  const endedLow = last < 0 ? round(15 * -last) : 0;
  const fell = Math.max(0, first - last);
  const worsened = fell > 0.2 ? round(10 * Math.min(1, fell)) : 0;
  const deduction = Math.min(max, endedLow + worsened);
  const trajectory = f.sentiments.length === 1 ? `Sentiment ${mood(last)}` : `Sentiment from ${mood(first)} to ${mood(last)}`;
  return { signal: "sentiment", deduction, reason: deduction === 0 ? `${trajectory}.` : `${trajectory}${endedLow > 0 ? ", ended negative" : ""}${worsened > 0 ? ", worsened" : ""}.` };
}

function handoffsPart(f: ConversationFacts): QualityPart {
  const handoffs = f.escalations.length;
  if (handoffs === 0 && !f.bouncedBetweenPeople) return { signal: "handoffs", deduction: 0, reason: "No handoff." };
  // One handoff to the right person is the system working; each one after it is the customer passed on again.
  const deduction = Math.min(QUALITY_WEIGHTS.handoffs, 10 * Math.max(0, handoffs - 1) + (f.bouncedBetweenPeople ? 5 : 0));
  const said = [`${handoffs} handoff${handoffs === 1 ? "" : "s"}`, ...(f.bouncedBetweenPeople ? ["passed between people"] : [])].join(", ");
  return { signal: "handoffs", deduction, reason: `${said[0]!.toUpperCase()}${said.slice(1)}.` };
}

function waitsPart(f: ConversationFacts, sla: SlaPolicy, now: number): QualityPart {
  const readings = f.escalations.map((e) => slaOf(e, f, sla, now));
  if (readings.length === 0) return { signal: "waits", deduction: 0, reason: "Never waited for a person." };
  const late = readings.filter((r) => r.status === "breached");
  if (late.length === 0) return { signal: "waits", deduction: 0, reason: "Every wait for a person was within the target." };
  // A wait past twice the target, or one never answered, counts double.
  const deduction = Math.min(QUALITY_WEIGHTS.waits, late.reduce((sum, r) => sum + (!r.replied || r.waitedSeconds > 2 * r.targetSeconds ? 10 : 5), 0));
  const longest = late.reduce((a, b) => (b.waitedSeconds > a.waitedSeconds ? b : a));
  return {
    signal: "waits",
    deduction,
    reason: `${late.length} of ${readings.length} wait${readings.length === 1 ? "" : "s"} over the ${formatSeconds(longest.targetSeconds)} target; longest ${formatSeconds(longest.waitedSeconds)}${longest.replied ? "" : ", never answered"}.`,
  };
}

function recontactPart(f: ConversationFacts, recontacts: number): QualityPart {
  if (!f.reopenedWithinWindow && recontacts === 0) return { signal: "re-contact", deduction: 0, reason: "The customer did not have to come back." };
  const why = [...(f.reopenedWithinWindow ? ["reopened within 7 days"] : []), ...(recontacts > 0 ? [`${recontacts} new conversation${recontacts === 1 ? "" : "s"} on the same topic within 7 days`] : [])].join(" and ");
  return { signal: "re-contact", deduction: QUALITY_WEIGHTS["re-contact"], reason: `Came back: ${why}.` };
}

/**
 * `recontacts` is how many conversations the same customer started about the same topic within 7
 * days after this one began (lib/analytics/recontacts.ts; the facts do not know the customer).
 */
export function qualityScore(f: ConversationFacts, { sla, now, recontacts }: { sla: SlaPolicy; now: Date; recontacts: number }): QualityScore {
  if (f.customerTurns === 0) return { conversationId: f.id, score: null, parts: [], csat: f.csat };
  if (f.lastResolution && UNJUDGED_OUTCOMES.has(f.lastResolution.outcome)) {
    return { conversationId: f.id, score: null, parts: [{ signal: "resolution", deduction: 0, reason: `Closed as ${f.lastResolution.outcome}; not scored.` }], csat: f.csat };
  }
  const lastHeardFrom = Math.max(f.createdAt, f.lastCustomerMessageAt ?? 0);
  if (stillOpen(f) && now.getTime() - lastHeardFrom < IN_PROGRESS_MS) {
    return { conversationId: f.id, score: null, parts: [{ signal: "resolution", deduction: 0, reason: "Still in progress; scored once resolved or a day after the customer last wrote." }], csat: f.csat };
  }
  const parts = [resolutionPart(f), sentimentPart(f), handoffsPart(f), waitsPart(f, sla, now.getTime()), recontactPart(f, recontacts)];
  return { conversationId: f.id, score: 100 - parts.reduce((sum, p) => sum + p.deduction, 0), parts, csat: f.csat };
}

export interface QualityAgainstCsat {
  /** Conversations with both a score and a rating. */
  pairs: number;
  /** Mean quality score of the conversations given each rating, 1..5 (null: none rated so). */
  meanScoreByRating: (number | null)[];
  /** Pearson correlation of score and rating; null below 3 pairs or with no spread. */
  correlation: number | null;
  /** Scored conversations nobody rated: what the score adds over CSAT. */
  scoredWithoutRating: number;
}

export function qualityAgainstCsat(scores: readonly QualityScore[]): QualityAgainstCsat {
  const scored = scores.filter((s) => s.score !== null);
  const pairs = scored.filter((s) => s.csat !== null).map((s) => [s.score!, s.csat!] as const);
  const meanScoreByRating = [1, 2, 3, 4, 5].map((rating) => {
    const matching = pairs.filter(([, csat]) => csat === rating);
    return matching.length === 0 ? null : matching.reduce((sum, [score]) => sum + score, 0) / matching.length;
  });
  return { pairs: pairs.length, meanScoreByRating, correlation: pearson(pairs), scoredWithoutRating: scored.length - pairs.length };
}

function pearson(pairs: readonly (readonly [number, number])[]): number | null {
  if (pairs.length < 3) return null;
  const mean = (i: 0 | 1) => pairs.reduce((sum, p) => sum + p[i], 0) / pairs.length;
  const [mx, my] = [mean(0), mean(1)];
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (const [x, y] of pairs) {
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) ** 2;
    syy += (y - my) ** 2;
  }
  return sxx === 0 || syy === 0 ? null : sxy / Math.sqrt(sxx * syy);
}
