import { formatPercent, formatScore, formatSeconds, humanise } from "../analytics/tables";
import { meanOf, type RunningMean } from "../analytics/statistics";
import { isSpikeAgainstBaseline } from "../signals/anomaly";
import type { AlertRules } from "../workspace/settings";
import type { AlertRuleId } from "./rule-titles";

/**
 * The alert rules as one pure function of what the desk looks like now. Each condition found is
 * returned with a key naming the rule and its subject; the store raises one alert per key until a
 * supervisor acknowledges it, so evaluating often never repeats an alert.
 */

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const INTENT_BASELINE_DAYS = 7;
const CSAT_BASELINE_DAYS = 7;
const MODEL_FAILURE_WINDOW_MS = 10 * 60_000;

/** How far back the snapshot's classifications and ratings must reach for every window here. */
export const ALERT_LOOKBACK_MS = DAY_MS + CSAT_BASELINE_DAYS * DAY_MS;

export interface AlertSnapshot {
  /** Conversations started in the last hour, counted as the supervisor overview counts them. */
  lastHour: { conversations: number; escalated: number };
  /** Every classified customer turn since `now - ALERT_LOOKBACK_MS`. */
  classifications: readonly { conversationId: string; intent: string; at: Date }[];
  /** Handoffs still waiting for a person's first reply, with the first-response target of the customer's tier. */
  awaitingReply: readonly { conversationId: string; customerName: string | null; handedOffAt: Date; targetSeconds: number }[];
  /**
   * Conversations waiting in the queue, agents (not supervisors) online to take them, and whether
   * the desk is open: outside business hours handoffs are answered asynchronously, nobody is
   * expected online and an empty console is no emergency.
   */
  queue: { waiting: number; agentsOnline: number; open: boolean };
  /** Every rating given since `now - ALERT_LOOKBACK_MS`. */
  ratings: readonly { score: number; at: Date }[];
  /** Model calls that failed in the last 10 minutes, with the customer turn each served. */
  modelFailures: readonly { conversationId: string; messageId: string; kind: string; at: Date }[];
}

export interface FiredAlert {
  rule: AlertRuleId;
  /** The rule and its subject, e.g. "intent_spike:get_refund". */
  key: string;
  message: string;
  /** The conversation the alert is about, when it is about one. */
  conversationId: string | null;
  /** The numbers behind the message. */
  detail: Record<string, number | string>;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function escalationRate(snapshot: AlertSnapshot, rule: AlertRules["escalationRate"]): FiredAlert[] {
  const { conversations, escalated } = snapshot.lastHour;
  if (conversations < rule.minConversations) return [];
  const rate = escalated / conversations;
  if (rate <= rule.above) return [];
  return [{
    rule: "escalation_rate",
    key: "escalation_rate",
    message: `The AI handed ${escalated} of the last hour's ${conversations} conversations to a person (${formatPercent(rate)}), above the ${formatPercent(rule.above)} alert level.`,
    conversationId: null,
    detail: { conversations, escalated, rate, above: rule.above },
  }];
}

/** Distinct conversations per intent: one customer repeating themselves is not a spike. */
function conversationsPerIntent(classifications: AlertSnapshot["classifications"], from: number, to: number): Map<string, Set<string>> {
  const byIntent = new Map<string, Set<string>>();
  for (const c of classifications) {
    const at = c.at.getTime();
    if (at < from || at >= to) continue;
    const conversations = byIntent.get(c.intent) ?? new Set<string>();
    conversations.add(c.conversationId);
    byIntent.set(c.intent, conversations);
  }
  return byIntent;
}

function intentSpikes(snapshot: AlertSnapshot, rule: AlertRules["intentSpike"], now: number): FiredAlert[] {
  const hourStart = now - HOUR_MS;
  // A turn stamped a moment in the future (clock skew between nodes) still counts as this hour.
  const lastHour = conversationsPerIntent(snapshot.classifications, hourStart, Number.POSITIVE_INFINITY);
  const before = conversationsPerIntent(snapshot.classifications, hourStart - INTENT_BASELINE_DAYS * DAY_MS, hourStart);
  return [...lastHour]
    .map(([intent, conversations]) => ({ intent, current: conversations.size, baselinePerHour: (before.get(intent)?.size ?? 0) / (INTENT_BASELINE_DAYS * 24) }))
    .filter((s) => isSpikeAgainstBaseline(s.current, s.baselinePerHour, rule.factor, rule.floorPerHour))
    .sort((a, b) => a.intent.localeCompare(b.intent))
    .map((s) => ({
      rule: "intent_spike",
      key: `intent_spike:${s.intent}`,
      message: `${plural(s.current, "conversation", "conversations")} about “${humanise(s.intent)}” in the last hour, against an average of ${s.baselinePerHour.toFixed(1)} an hour over the previous ${INTENT_BASELINE_DAYS} days.`,
      conversationId: null,
      detail: { intent: s.intent, lastHour: s.current, baselinePerHour: s.baselinePerHour, factor: rule.factor, floorPerHour: rule.floorPerHour },
    }));
}

function slaBreachesImminent(snapshot: AlertSnapshot, rule: AlertRules["slaBreachImminent"], now: number): FiredAlert[] {
  return snapshot.awaitingReply.flatMap((waiting) => {
    const waitedSeconds = Math.round((now - waiting.handedOffAt.getTime()) / 1000);
    const remainingSeconds = waiting.targetSeconds - waitedSeconds;
    // Once the target has passed it is a breach on the SLA table, no longer a warning.
    if (remainingSeconds < 0 || remainingSeconds > rule.withinSeconds) return [];
    return [{
      rule: "sla_breach_imminent" as const,
      key: `sla_breach_imminent:${waiting.conversationId}`,
      message: `${waiting.customerName ?? "A visitor"} has waited ${formatSeconds(waitedSeconds)} for a person's first reply; the ${formatSeconds(waiting.targetSeconds)} target passes in ${formatSeconds(remainingSeconds)}.`,
      conversationId: waiting.conversationId,
      detail: { waitedSeconds, targetSeconds: waiting.targetSeconds, remainingSeconds },
    }];
  });
}

function unstaffedQueue(snapshot: AlertSnapshot, rule: AlertRules["unstaffedQueue"]): FiredAlert[] {
  const { waiting, agentsOnline, open } = snapshot.queue;
  if (!open || waiting < rule.minWaiting || agentsOnline > 0) return [];
  return [{
    rule: "unstaffed_queue",
    key: "unstaffed_queue",
    message: `${plural(waiting, "customer is", "customers are")} waiting in the queue and no agent is online.`,
    conversationId: null,
    detail: { waiting, minWaiting: rule.minWaiting },
  }];
}

function csatFalling(snapshot: AlertSnapshot, rule: AlertRules["csatFalling"], now: number): FiredAlert[] {
  const recentFrom = now - DAY_MS;
  const baselineFrom = recentFrom - CSAT_BASELINE_DAYS * DAY_MS;
  const recent: RunningMean = { sum: 0, count: 0 };
  const before: RunningMean = { sum: 0, count: 0 };
  for (const rating of snapshot.ratings) {
    const at = rating.at.getTime();
    const mean = at >= recentFrom ? recent : at >= baselineFrom ? before : null;
    if (!mean) continue;
    mean.sum += rating.score;
    mean.count++;
  }
  if (recent.count < rule.minRatings || before.count < rule.minRatings) return [];
  const recentAverage = meanOf(recent)!;
  const previousAverage = meanOf(before)!;
  // Rounded as shown, so floating-point noise cannot put a drop from 4.2 to 3.5 under 0.7.
  const drop = Math.round((previousAverage - recentAverage) * 100) / 100;
  if (drop < rule.drop) return [];
  return [{
    rule: "csat_falling",
    key: "csat_falling",
    message: `Customer ratings average ${formatScore(recentAverage)} over the last 24 hours (${plural(recent.count, "rating", "ratings")}), down ${formatScore(drop)} from ${formatScore(previousAverage)} over the previous ${CSAT_BASELINE_DAYS} days (${plural(before.count, "rating", "ratings")}).`,
    conversationId: null,
    detail: { recentAverage, recentRatings: recent.count, previousAverage, previousRatings: before.count, drop },
  }];
}

function modelFailures(snapshot: AlertSnapshot, rule: AlertRules["modelFailures"], now: number): FiredAlert[] {
  const recent = snapshot.modelFailures.filter((f) => f.at.getTime() >= now - MODEL_FAILURE_WINDOW_MS);
  // Turns, not calls: one turn's triage and reply failing together is one customer let down.
  const turns = new Set(recent.map((f) => f.messageId));
  if (turns.size < rule.minTurns) return [];
  const kinds = [...new Set(recent.map((f) => humanise(f.kind)))].sort();
  return [{
    rule: "model_failures",
    key: "model_failures",
    message: `The model failed on ${plural(turns.size, "customer turn", "customer turns")} in the last 10 minutes (${kinds.join(", ")}); the offline engine or a person answered instead.`,
    conversationId: null,
    detail: { turns: turns.size, calls: recent.length, minTurns: rule.minTurns },
  }];
}

export function evaluateAlertRules(snapshot: AlertSnapshot, rules: AlertRules, now: Date): FiredAlert[] {
  const at = now.getTime();
  return [
    ...(rules.escalationRate.enabled ? escalationRate(snapshot, rules.escalationRate) : []),
    ...(rules.intentSpike.enabled ? intentSpikes(snapshot, rules.intentSpike, at) : []),
    ...(rules.slaBreachImminent.enabled ? slaBreachesImminent(snapshot, rules.slaBreachImminent, at) : []),
    ...(rules.unstaffedQueue.enabled ? unstaffedQueue(snapshot, rules.unstaffedQueue) : []),
    ...(rules.csatFalling.enabled ? csatFalling(snapshot, rules.csatFalling, at) : []),
    ...(rules.modelFailures.enabled ? modelFailures(snapshot, rules.modelFailures, at) : []),
  ];
}
