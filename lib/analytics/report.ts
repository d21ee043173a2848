import type { Db } from "../db";
import { factsOf } from "./conversation-facts";
import { applyFilters, previousPeriod, readFilters, type AnalyticsFilters } from "./filters";
import { loadAnalyticsContext, loadAnalyticsDataset, loadTeam } from "./load";
import type { SlaPolicy } from "../workspace/settings";
import { headlinesOf, tallyOf, type Headlines } from "./overview";
import { foldsSettled } from "./rollup-listener";
import { rolledUpOverview } from "./rollups";
import type { TableInput } from "./tables";

/** What the supervisor pages, the CSV exports and the benchmark ask for, assembled from load + pure metrics. */

export interface OverviewReport {
  current: Headlines;
  previous: Headlines;
  timezone: string;
}

async function headlinesFromLog(db: Db, workspaceId: string, filters: AnalyticsFilters, sla: SlaPolicy, now: Date): Promise<Headlines> {
  const facts = applyFilters(factsOf(await loadAnalyticsDataset(db, workspaceId, filters, { withQuestions: false })), filters);
  return headlinesOf(tallyOf(facts, sla, now));
}

export async function overviewReport(db: Db, workspaceId: string, filters: AnalyticsFilters, now: Date): Promise<OverviewReport> {
  // What this instance just wrote is in the numbers it shows.
  await foldsSettled();
  const periods = [filters, previousPeriod(filters)];
  const { sla, timezone, tallies } = await rolledUpOverview(db, workspaceId, filters, periods, now);
  // The log is read only while another instance builds the rollups for the first time.
  const [current, previous] = tallies ? tallies.map(headlinesOf) : await Promise.all(periods.map((period) => headlinesFromLog(db, workspaceId, period, sla, now)));
  return { current: current!, previous: previous!, timezone };
}

/**
 * Run by the desk as it starts, before it listens: reads each workspace's default overview from
 * its rollups once and throws the numbers away, so the first supervisor after a restart does not
 * also pay for the first run of the query path, the client's first raw query and the rollup pages'
 * first read. Nothing is kept: every request still reads the rollups and computes its report.
 * Never builds rollups nor reads the log (that is a first request's work, which may take
 * minutes): a workspace whose rollups are not built is skipped.
 */
export async function readOverviewsOnce(db: Db, now = new Date()): Promise<void> {
  const filters = readFilters({}, now);
  const periods = [filters, previousPeriod(filters)];
  for (const { id } of await db.workspace.findMany({ select: { id: true } })) {
    const { tallies } = await rolledUpOverview(db, id, filters, periods, now, { buildIfNeeded: false });
    for (const tally of tallies ?? []) headlinesOf(tally);
  }
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
