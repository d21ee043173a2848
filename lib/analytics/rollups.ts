import type { Db } from "../db";
import { factsOf } from "./conversation-facts";
import type { AnalyticsContext } from "./dataset";
import { dayOf } from "./filters";
import { loadAnalyticsDataset, type Period } from "./load";
import { emptyTally, mergeTallies, tallyOf, type OverviewTally } from "./overview";

/**
 * Daily tallies of the headline numbers, cached in AnalyticsRollup and rebuilt from the event log
 * whenever they may be out of date. The log stays the only source: a cached day is replaced, never
 * edited, and deleting the cache changes no number.
 *
 * A day may change while its conversations can still be resolved, reopened or rated, so a day is
 * rebuilt when its tally is older than five minutes, until it was built more than eight days (the
 * reopen window and a margin) after it ended. After that it is final.
 */

const DAY_MS = 24 * 3600 * 1000;
export const ROLLUP_FRESH_FOR_MS = 5 * 60 * 1000;
const FINAL_AFTER_MS = 8 * DAY_MS;
/** Raised whenever OverviewTally gains or changes a field, so days cached in the older shape are rebuilt. */
const TALLY_SHAPE = 2;

interface StoredTally {
  /** The tally's shape and the SLA targets it was computed with; another shape or other targets make it stale. */
  basis: string;
  tally: OverviewTally;
}

function daysOf(period: Period): string[] {
  const days: string[] = [];
  for (let t = period.start.getTime(); t < period.end.getTime(); t += DAY_MS) days.push(dayOf(new Date(t)));
  return days;
}

function isFresh(day: string, builtAt: Date, now: Date): boolean {
  const dayEnd = Date.parse(`${day}T00:00:00Z`) + DAY_MS;
  return builtAt.getTime() >= dayEnd + FINAL_AFTER_MS || now.getTime() - builtAt.getTime() < ROLLUP_FRESH_FOR_MS;
}

async function rebuild(db: Db, workspaceId: string, days: string[], context: AnalyticsContext, basis: string): Promise<Map<string, OverviewTally>> {
  const period = { start: new Date(`${days[0]}T00:00:00Z`), end: new Date(Date.parse(`${days[days.length - 1]}T00:00:00Z`) + DAY_MS) };
  const facts = factsOf(await loadAnalyticsDataset(db, workspaceId, period, { withQuestions: false }));
  const wanted = new Set(days);
  const byDay = new Map(days.map((day) => [day, [] as typeof facts]));
  for (const f of facts) byDay.get(dayOf(new Date(f.createdAt)))?.push(f);
  const tallies = new Map<string, OverviewTally>();
  for (const [day, dayFacts] of byDay) if (wanted.has(day)) tallies.set(day, dayFacts.length > 0 ? tallyOf(dayFacts, context.sla, context.now) : emptyTally());
  await db.$transaction(
    [...tallies].map(([day, tally]) => {
      const stored: StoredTally = { basis, tally };
      return db.analyticsRollup.upsert({
        where: { workspaceId_day: { workspaceId, day } },
        create: { workspaceId, day, tally: stored as never, builtAt: context.now },
        update: { tally: stored as never, builtAt: context.now },
      });
    }),
  );
  return tallies;
}

/** The headline tally of a whole-day period, rebuilding only the days whose cache is stale. */
export async function cachedOverviewTally(db: Db, workspaceId: string, period: Period, context: AnalyticsContext): Promise<OverviewTally> {
  const days = daysOf(period);
  const basis = JSON.stringify({ shape: TALLY_SHAPE, sla: context.sla });
  const rows = await db.analyticsRollup.findMany({ where: { workspaceId, day: { in: days } } });
  const cached = new Map<string, OverviewTally>();
  for (const row of rows) {
    const stored = row.tally as unknown as StoredTally;
    if (stored.basis === basis && isFresh(row.day, row.builtAt, context.now)) cached.set(row.day, stored.tally);
  }
  const stale = days.filter((day) => !cached.has(day));
  const rebuilt = stale.length > 0 ? await rebuild(db, workspaceId, stale, context, basis) : new Map<string, OverviewTally>();
  return mergeTallies(days.map((day) => cached.get(day) ?? rebuilt.get(day)!));
}
