import type { ConversationFacts } from "./conversation-facts";
import { dayOf, type AnalyticsFilters } from "./filters";
import { meanOf, type RunningMean } from "./statistics";

const DAY_MS = 24 * 3600 * 1000;

export interface DayTrend {
  day: string;
  ratings: number;
  averageCsat: number | null;
  scoredTurns: number;
  averageSentiment: number | null;
}

/**
 * Per UTC day of the period, with empty days included so a chart's axis is the whole period.
 * Sentiment needs each turn's signals, which only a dataset loaded with questions carries.
 */
export function dailyTrend(facts: readonly ConversationFacts[], period: Pick<AnalyticsFilters, "start" | "end">): DayTrend[] {
  const days = new Map<string, { csat: RunningMean; sentiment: RunningMean }>();
  for (let t = period.start.getTime(); t < period.end.getTime(); t += DAY_MS) days.set(dayOf(new Date(t)), { csat: { sum: 0, count: 0 }, sentiment: { sum: 0, count: 0 } });
  for (const f of facts) {
    const day = days.get(dayOf(new Date(f.createdAt)));
    if (!day) continue;
    if (f.csat !== null) {
      day.csat.sum += f.csat;
      day.csat.count++;
    }
    for (const score of f.sentiments) {
      day.sentiment.sum += score;
      day.sentiment.count++;
    }
  }
  return [...days].map(([day, { csat, sentiment }]) => ({ day, ratings: csat.count, averageCsat: meanOf(csat), scoredTurns: sentiment.count, averageSentiment: meanOf(sentiment) }));
}
