import Link from "next/link";
import type { Metadata } from "next";
import { requireStaffPage } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { filterQuery, readFilters } from "@/lib/analytics/filters";
import { loadRecontacts } from "@/lib/analytics/recontacts";
import { qualityReport } from "@/lib/analytics/quality-table";
import { QUALITY_WEIGHTS } from "@/lib/analytics/quality-score";
import { tableInput } from "@/lib/analytics/report";
import { formatScore } from "@/lib/analytics/tables";
import { Card, CardBody, CardHeader, EmptyRow, Table, Td, Th, buttonClasses, cx } from "@/components/ui";
import { AnalyticsPageHeader } from "@/components/supervisor/analytics-page-header";

export const metadata: Metadata = { title: "Quality scores" };

const mean = (values: number[]) => (values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length);

/** A score for every conversation, its parts, and how it lines up with the ratings customers gave. */
export default async function QualityScoresPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const staff = await requireStaffPage("supervisor", "/supervisor/quality-scores");
  const now = new Date();
  const filters = readFilters(await searchParams, now);
  const db = await getDb();
  // With the turns' signals: the sentiment trajectory is one of the score's parts.
  const input = await tableInput(db, staff.workspaceId, filters, now, { withQuestions: true });
  const recontacts = await loadRecontacts(db, staff.workspaceId, input.facts.map((f) => f.id));
  const report = qualityReport(input.facts, { sla: input.context.sla, now, timezone: input.context.timezone, recontacts });
  const query = filterQuery(filters);
  const { againstCsat } = report;
  const average = mean(report.scores.map((s) => s.score!));
  return (
    <div className="space-y-6">
      <AnalyticsPageHeader title="Quality scores" path="/supervisor/quality-scores" filters={filters} query={query} facts={input.facts} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card data-testid="quality-summary">
          <CardHeader title="How the score works" />
          <CardBody className="space-y-2 text-sm text-slate-700">
            <p>
              Every conversation with a customer turn starts at 100 and loses points for what a customer would notice: not resolved (up to {QUALITY_WEIGHTS.resolution}), ending upset or
              more upset than they came (up to {QUALITY_WEIGHTS.sentiment}), being handed on again or passed between people (up to {QUALITY_WEIGHTS.handoffs}), waiting for a person past
              their tier&apos;s first-response target (up to {QUALITY_WEIGHTS.waits}), and having to come back within 7 days (up to {QUALITY_WEIGHTS["re-contact"]}). Spam, duplicates and
              conversations still in progress (open, the customer wrote in the last day) are not scored.
            </p>
            <p>
              <span className="font-semibold text-slate-900" data-testid="quality-average">
                {average === null ? "No conversations scored" : `Average ${average.toFixed(1)} over ${report.scores.length} conversations`}
              </span>
              ; {againstCsat.scoredWithoutRating} of them have no customer rating.
            </p>
          </CardBody>
        </Card>
        <Card data-testid="quality-vs-csat">
          <CardHeader
            title="Score against CSAT"
            description={`${againstCsat.pairs} conversations have both. Correlation ${againstCsat.correlation === null ? "unknown (too few, or no spread)" : formatScore(againstCsat.correlation)}.`}
          />
          <Table>
            <caption className="sr-only">Mean quality score of the conversations given each rating</caption>
            <thead>
              <tr>
                <Th>Rating</Th>
                <Th>Mean score</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {againstCsat.meanScoreByRating.map((value, i) => (
                <tr key={i}>
                  <th scope="row" className="px-3 py-2 text-left font-medium text-slate-900">
                    {i + 1}
                  </th>
                  <Td>{value === null ? "—" : value.toFixed(1)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </Card>
      </div>
      <Card data-testid="table-quality-scores">
        <CardHeader
          title="Quality score by conversation"
          description="Each part shows the points it took off and why."
          actions={
            <a href={`/api/supervisor/export/quality-scores?${query}`} className={cx(buttonClasses("secondary", "sm"), "shrink-0 whitespace-nowrap")} download>
              Download CSV<span className="sr-only"> of the quality scores</span>
            </a>
          }
        />
        <Table>
          <caption className="sr-only">Quality score by conversation, with the points each signal took off</caption>
          <thead>
            <tr>
              {report.columns.map((column) => (
                <Th key={column}>{column}</Th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {report.rows.length === 0 ? <EmptyRow colSpan={report.columns.length}>Nothing in this period.</EmptyRow> : null}
            {report.rows.map(([id, started, score, ...rest]) => (
              <tr key={id} data-conversation={id}>
                <th scope="row" className="whitespace-nowrap px-3 py-2 text-left font-medium">
                  <Link href={`/console/${encodeURIComponent(id!)}`} className="text-brand-700 hover:underline">
                    {id}
                  </Link>
                </th>
                <Td>{started}</Td>
                <Td className="font-semibold text-slate-900">{score}</Td>
                {rest.map((cell, i) => (
                  <Td key={i} className={i < rest.length - 1 ? "min-w-48 whitespace-normal" : undefined}>
                    {cell}
                  </Td>
                ))}
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>
    </div>
  );
}
