import type { Db } from "../db";
import { factsOf } from "./conversation-facts";
import { applyFilters, previousPeriod, type AnalyticsFilters } from "./filters";
import { loadAnalyticsContext, loadAnalyticsDataset, loadTeam } from "./load";
import { headlinesOf, tallyOf, type Headlines } from "./overview";
import { foldsSettled } from "./rollup-listener";
import { rolledUpOverviewTallies } from "./rollups";
import type { TableInput } from "./tables";

/** What the supervisor pages, the CSV exports and the benchmark ask for, assembled from load + pure metrics. */

export interface OverviewReport {
  current: Headlines;
  previous: Headlines;
  timezone: string;
}

async function headlinesFromLog(db: Db, workspaceId: string, filters: AnalyticsFilters, context: Awaited<ReturnType<typeof loadAnalyticsContext>>): Promise<Headlines> {
  const facts = applyFilters(factsOf(await loadAnalyticsDataset(db, workspaceId, filters, { withQuestions: false })), filters);
  return headlinesOf(tallyOf(facts, context.sla, context.now));
}

export async function overviewReport(db: Db, workspaceId: string, filters: AnalyticsFilters, now: Date): Promise<OverviewReport> {
  // What this instance just wrote is in the numbers it shows.
  await foldsSettled();
  const context = await loadAnalyticsContext(db, workspaceId, now);
  const periods = [filters, previousPeriod(filters)];
  const rolledUp = await rolledUpOverviewTallies(db, workspaceId, periods, context);
  // The log is read only while another instance builds the rollups for the first time.
  const [current, previous] = rolledUp ? rolledUp.map(headlinesOf) : await Promise.all(periods.map((period) => headlinesFromLog(db, workspaceId, period, context)));
  return { current: current!, previous: previous!, timezone: context.timezone };
}

export async function tableInput(db: Db, workspaceId: string, filters: AnalyticsFilters, now: Date, { withQuestions }: { withQuestions: boolean }): Promise<TableInput> {
  const [context, dataset, team, articles] = await Promise.all([
    loadAnalyticsContext(db, workspaceId, now),
    loadAnalyticsDataset(db, workspaceId, filters, { withQuestions }),
    loadTeam(db, workspaceId),
    // Read with every report, so the gaps reflect an article published a moment ago.
    withQuestions ? db.knowledgeArticle.findMany({ where: { workspaceId, published: true }, select: { slug: true, title: true, tags: true, body: true } }) : [],
  ]);
  return { facts: applyFilters(factsOf(dataset), filters), staff: dataset.staff, team, context, period: { start: filters.start, end: filters.end }, articles };
}
