import type { SlaPolicy } from "../workspace/settings";
import type { ConversationFacts } from "./conversation-facts";
import { abandonmentOf, secondsInQueue, secondsToFirstReply, slaOf } from "./handoff-waits";
import { addSpend, costPer, noSpend, type ModelSpend, type UnitCost } from "./model-cost";
import { meanOf, percentile, ratio, type RunningMean } from "./statistics";

/**
 * The headline numbers. They are computed in two steps so that whole days can be cached: a
 * tally of counts (which adds up across days) and the rates read from a tally.
 */

export interface OverviewTally {
  conversations: number;
  aiResolved: number;
  escalated: number;
  reEscalated: number;
  csatAiOnly: RunningMean;
  csatAfterHandoff: RunningMean;
  firstReplySeconds: number[];
  queueWaitSeconds: number[];
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
    firstReplySeconds: [],
    queueWaitSeconds: [],
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

export function tallyOf(facts: readonly ConversationFacts[], sla: SlaPolicy, now: Date): OverviewTally {
  const tally = emptyTally();
  const nowMs = now.getTime();
  for (const f of facts) {
    if (f.customerTurns === 0) continue;
    tally.conversations++;
    if (isAiResolved(f)) tally.aiResolved++;
    if (f.escalations.length > 0) tally.escalated++;
    tally.handoffs += f.escalations.length;
    addSpend(tally.modelSpend, f.modelSpend);
    if (f.escalations.length > 0) addSpend(tally.handoffModelSpend, f.modelSpend);
    if (f.escalations.length > 0 && isReEscalated(f)) tally.reEscalated++;
    if (f.csat !== null) {
      const mean = stayedWithAi(f) ? tally.csatAiOnly : tally.csatAfterHandoff;
      mean.sum += f.csat;
      mean.count++;
    }
    for (const escalation of f.escalations) {
      const reply = secondsToFirstReply(escalation);
      if (reply !== null) tally.firstReplySeconds.push(reply);
      const queued = secondsInQueue(escalation);
      if (queued !== null) tally.queueWaitSeconds.push(queued);
      const waited = abandonmentOf(escalation, f, nowMs);
      if (waited !== "pending") tally.settledHandoffs++;
      if (waited === "abandoned") tally.abandoned++;
      const target = slaOf(escalation, f, sla, nowMs).status;
      if (target === "met") tally.slaMet++;
      if (target === "breached") tally.slaBreached++;
    }
  }
  return tally;
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
    for (const s of t.firstReplySeconds) total.firstReplySeconds.push(s);
    for (const s of t.queueWaitSeconds) total.queueWaitSeconds.push(s);
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
  return {
    conversations: tally.conversations,
    aiResolutionRate: ratio(tally.aiResolved, tally.conversations),
    escalationRate: ratio(tally.escalated, tally.conversations),
    reEscalationRate: ratio(tally.reEscalated, tally.escalated),
    csatAiOnly: meanOf(tally.csatAiOnly),
    csatAfterHandoff: meanOf(tally.csatAfterHandoff),
    firstHumanReply: { p50: percentile(tally.firstReplySeconds, 50), p90: percentile(tally.firstReplySeconds, 90) },
    queueWait: { p50: percentile(tally.queueWaitSeconds, 50), p90: percentile(tally.queueWaitSeconds, 90) },
    abandonmentRate: ratio(tally.abandoned, tally.settledHandoffs),
    slaCompliance: ratio(tally.slaMet, tally.slaMet + tally.slaBreached),
    costPerConversation: costPer(tally.modelSpend, tally.conversations),
    costPerResolution: costPer(tally.modelSpend, tally.aiResolved),
    costPerHandoff: costPer(tally.handoffModelSpend, tally.handoffs),
  };
}
