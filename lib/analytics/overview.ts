import type { SlaPolicy } from "../workspace/settings";
import type { ConversationFacts } from "./conversation-facts";
import { abandonmentAt, handoffClockOf, secondsInQueue, secondsToFirstReply, slaAt, tierOf, type HandoffClock } from "./handoff-waits";
import { addHistogram, countAtMost, countOf, emptyHistogram, histogramPercentiles, record, type Histogram } from "./histogram";
import { addSpend, costPer, noSpend, type ModelSpend, type UnitCost } from "./model-cost";
import { meanOf, ratio, type RunningMean } from "./statistics";

/**
 * The headline numbers, in three steps so that they can be kept up to date as events commit: what
 * each conversation adds (a RollupTally, which does not depend on the clock and adds up and takes
 * away across conversations and days), that sum read at a moment (an OverviewTally: unanswered
 * handoffs become abandoned or late as time passes), and the rates read from that.
 */

export interface OverviewTally {
  conversations: number;
  aiResolved: number;
  escalated: number;
  reEscalated: number;
  csatAiOnly: RunningMean;
  csatAfterHandoff: RunningMean;
  firstReplySeconds: Histogram;
  queueWaitSeconds: Histogram;
  abandoned: number;
  /** Handoffs whose outcome is known: answered, abandoned or left for an async reply. */
  settledHandoffs: number;
  slaMet: number;
  slaBreached: number;
  handoffs: number;
  /** Hosted-model calls of every counted conversation. */
  modelSpend: ModelSpend;
  /** Hosted-model calls of the conversations the AI handed to a person. */
  handoffModelSpend: ModelSpend;
}

export function emptyTally(): OverviewTally {
  return {
    conversations: 0,
    aiResolved: 0,
    escalated: 0,
    reEscalated: 0,
    csatAiOnly: { sum: 0, count: 0 },
    csatAfterHandoff: { sum: 0, count: 0 },
    firstReplySeconds: emptyHistogram(),
    queueWaitSeconds: emptyHistogram(),
    abandoned: 0,
    settledHandoffs: 0,
    slaMet: 0,
    slaBreached: 0,
    handoffs: 0,
    modelSpend: noSpend(),
    handoffModelSpend: noSpend(),
  };
}

export function isAiResolved(facts: ConversationFacts): boolean {
  return facts.firstResolvedAt !== null && !facts.leftAi && !facts.humanInvolved && !facts.reopenedWithinWindow;
}

export function isReEscalated(facts: ConversationFacts): boolean {
  return facts.escalations.length > 1 || facts.bouncedBetweenPeople;
}

export function stayedWithAi(facts: ConversationFacts): boolean {
  return !facts.leftAi && !facts.humanInvolved;
}

type Tier = keyof SlaPolicy;
const TIERS: readonly Tier[] = ["free", "pro", "premium", "enterprise"];

/** A handoff nobody has answered yet, with the customer's tier, whose first-response target applies. */
export interface OpenHandoff extends HandoffClock {
  conversationId: string;
  tier: Tier;
}

export interface RollupTally {
  conversations: number;
  aiResolved: number;
  escalated: number;
  reEscalated: number;
  handoffs: number;
  csatAiOnly: RunningMean;
  csatAfterHandoff: RunningMean;
  /** Seconds to the first reply of answered handoffs, per tier: the targets are applied when the tally is read, so a changed target needs no rebuild. */
  firstReplySeconds: Record<Tier, Histogram>;
  queueWaitSeconds: Histogram;
  openHandoffs: OpenHandoff[];
  modelSpend: ModelSpend;
  handoffModelSpend: ModelSpend;
}

export function emptyRollupTally(): RollupTally {
  return {
    conversations: 0,
    aiResolved: 0,
    escalated: 0,
    reEscalated: 0,
    handoffs: 0,
    csatAiOnly: { sum: 0, count: 0 },
    csatAfterHandoff: { sum: 0, count: 0 },
    firstReplySeconds: { free: emptyHistogram(), pro: emptyHistogram(), premium: emptyHistogram(), enterprise: emptyHistogram() },
    queueWaitSeconds: emptyHistogram(),
    openHandoffs: [],
    modelSpend: noSpend(),
    handoffModelSpend: noSpend(),
  };
}

/** What one conversation adds to the headline numbers; null when the customer never wrote, so it counts nowhere. */
export function contributionOf(f: ConversationFacts): RollupTally | null {
  if (f.customerTurns === 0) return null;
  const tally = emptyRollupTally();
  const tier = tierOf(f);
  tally.conversations = 1;
  if (isAiResolved(f)) tally.aiResolved = 1;
  if (f.escalations.length > 0) tally.escalated = 1;
  tally.handoffs = f.escalations.length;
  addSpend(tally.modelSpend, f.modelSpend);
  if (f.escalations.length > 0) addSpend(tally.handoffModelSpend, f.modelSpend);
  if (f.escalations.length > 0 && isReEscalated(f)) tally.reEscalated = 1;
  if (f.csat !== null) {
    const mean = stayedWithAi(f) ? tally.csatAiOnly : tally.csatAfterHandoff;
    mean.sum += f.csat;
    mean.count++;
  }
  for (const escalation of f.escalations) {
    const reply = secondsToFirstReply(escalation);
    if (reply !== null) record(tally.firstReplySeconds[tier], reply);
    else tally.openHandoffs.push({ conversationId: f.id, tier, ...handoffClockOf(escalation, f) });
    const queued = secondsInQueue(escalation);
    if (queued !== null) record(tally.queueWaitSeconds, queued);
  }
  return tally;
}

function addOrTakeSpend(total: ModelSpend, part: ModelSpend, sign: 1 | -1): void {
  total.calls += sign * part.calls;
  total.failedCalls += sign * part.failedCalls;
  total.inputTokens += sign * part.inputTokens;
  total.outputTokens += sign * part.outputTokens;
  total.pricedUsd += sign * part.pricedUsd;
  total.unpricedCalls += sign * part.unpricedCalls;
}

/** Adds one conversation's contribution to a sum (sign 1), or takes it back out (sign -1), in place. */
export function addToRollup(total: RollupTally, part: RollupTally, sign: 1 | -1): void {
  total.conversations += sign * part.conversations;
  total.aiResolved += sign * part.aiResolved;
  total.escalated += sign * part.escalated;
  total.reEscalated += sign * part.reEscalated;
  total.handoffs += sign * part.handoffs;
  total.csatAiOnly.sum += sign * part.csatAiOnly.sum;
  total.csatAiOnly.count += sign * part.csatAiOnly.count;
  total.csatAfterHandoff.sum += sign * part.csatAfterHandoff.sum;
  total.csatAfterHandoff.count += sign * part.csatAfterHandoff.count;
  for (const tier of TIERS) addHistogram(total.firstReplySeconds[tier], part.firstReplySeconds[tier], sign);
  addHistogram(total.queueWaitSeconds, part.queueWaitSeconds, sign);
  const leaving = new Set(part.openHandoffs.map((h) => h.conversationId));
  total.openHandoffs = sign === 1 ? [...total.openHandoffs, ...part.openHandoffs] : total.openHandoffs.filter((h) => !leaving.has(h.conversationId));
  addOrTakeSpend(total.modelSpend, part.modelSpend, sign);
  addOrTakeSpend(total.handoffModelSpend, part.handoffModelSpend, sign);
}

/** A sum of contributions read at `now`: the tier targets applied, and each unanswered handoff settled or still pending. */
export function settleTally(rollup: RollupTally, sla: SlaPolicy, now: Date): OverviewTally {
  const tally = emptyTally();
  const nowMs = now.getTime();
  tally.conversations = rollup.conversations;
  tally.aiResolved = rollup.aiResolved;
  tally.escalated = rollup.escalated;
  tally.reEscalated = rollup.reEscalated;
  tally.handoffs = rollup.handoffs;
  tally.csatAiOnly = { ...rollup.csatAiOnly };
  tally.csatAfterHandoff = { ...rollup.csatAfterHandoff };
  addHistogram(tally.queueWaitSeconds, rollup.queueWaitSeconds, 1);
  addSpend(tally.modelSpend, rollup.modelSpend);
  addSpend(tally.handoffModelSpend, rollup.handoffModelSpend);
  for (const tier of TIERS) {
    const replies = rollup.firstReplySeconds[tier];
    const answered = countOf(replies);
    const met = countAtMost(replies, sla[tier].firstResponseSeconds);
    addHistogram(tally.firstReplySeconds, replies, 1);
    tally.settledHandoffs += answered;
    tally.slaMet += met;
    tally.slaBreached += answered - met;
  }
  for (const handoff of rollup.openHandoffs) {
    const waited = abandonmentAt(handoff, nowMs);
    if (waited !== "pending") tally.settledHandoffs++;
    if (waited === "abandoned") tally.abandoned++;
    if (slaAt(handoff, sla[handoff.tier].firstResponseSeconds, nowMs).status === "breached") tally.slaBreached++;
  }
  return tally;
}

export function tallyOf(facts: readonly ConversationFacts[], sla: SlaPolicy, now: Date): OverviewTally {
  const sum = emptyRollupTally();
  for (const f of facts) {
    const part = contributionOf(f);
    if (part) addToRollup(sum, part, 1);
  }
  return settleTally(sum, sla, now);
}

export function mergeTallies(tallies: readonly OverviewTally[]): OverviewTally {
  const total = emptyTally();
  for (const t of tallies) {
    total.conversations += t.conversations;
    total.aiResolved += t.aiResolved;
    total.escalated += t.escalated;
    total.reEscalated += t.reEscalated;
    total.csatAiOnly.sum += t.csatAiOnly.sum;
    total.csatAiOnly.count += t.csatAiOnly.count;
    total.csatAfterHandoff.sum += t.csatAfterHandoff.sum;
    total.csatAfterHandoff.count += t.csatAfterHandoff.count;
    addHistogram(total.firstReplySeconds, t.firstReplySeconds, 1);
    addHistogram(total.queueWaitSeconds, t.queueWaitSeconds, 1);
    total.abandoned += t.abandoned;
    total.settledHandoffs += t.settledHandoffs;
    total.slaMet += t.slaMet;
    total.slaBreached += t.slaBreached;
    total.handoffs += t.handoffs;
    addSpend(total.modelSpend, t.modelSpend);
    addSpend(total.handoffModelSpend, t.handoffModelSpend);
  }
  return total;
}

export interface Headlines {
  conversations: number;
  aiResolutionRate: number | null;
  escalationRate: number | null;
  reEscalationRate: number | null;
  csatAiOnly: number | null;
  csatAfterHandoff: number | null;
  firstHumanReply: { p50: number | null; p90: number | null };
  queueWait: { p50: number | null; p90: number | null };
  abandonmentRate: number | null;
  slaCompliance: number | null;
  costPerConversation: UnitCost | null;
  costPerResolution: UnitCost | null;
  costPerHandoff: UnitCost | null;
}

export function headlinesOf(tally: OverviewTally): Headlines {
  const [replyP50, replyP90] = histogramPercentiles(tally.firstReplySeconds, [50, 90]);
  const [queueP50, queueP90] = histogramPercentiles(tally.queueWaitSeconds, [50, 90]);
  return {
    conversations: tally.conversations,
    aiResolutionRate: ratio(tally.aiResolved, tally.conversations),
    escalationRate: ratio(tally.escalated, tally.conversations),
    reEscalationRate: ratio(tally.reEscalated, tally.escalated),
    csatAiOnly: meanOf(tally.csatAiOnly),
    csatAfterHandoff: meanOf(tally.csatAfterHandoff),
    firstHumanReply: { p50: replyP50 ?? null, p90: replyP90 ?? null },
    queueWait: { p50: queueP50 ?? null, p90: queueP90 ?? null },
    abandonmentRate: ratio(tally.abandoned, tally.settledHandoffs),
    slaCompliance: ratio(tally.slaMet, tally.slaMet + tally.slaBreached),
    costPerConversation: costPer(tally.modelSpend, tally.conversations),
    costPerResolution: costPer(tally.modelSpend, tally.aiResolved),
    costPerHandoff: costPer(tally.handoffModelSpend, tally.handoffs),
  };
}
