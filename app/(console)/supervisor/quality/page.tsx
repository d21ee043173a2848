import type { Metadata } from "next";
import { requireStaffPage } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { filterQuery, readFilters } from "@/lib/analytics/filters";
import { tableInput } from "@/lib/analytics/report";
import { dailyTrend } from "@/lib/analytics/daily-trend";
import { analyticsTable } from "@/lib/analytics/tables";
import { TrendChart } from "@/components/supervisor/analytics-charts";
import { AnalyticsTableCard } from "@/components/supervisor/analytics-table-card";
import { AnalyticsPageHeader } from "@/components/supervisor/analytics-page-header";

export const metadata: Metadata = { title: "Service quality" };

export default async function QualityPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const staff = await requireStaffPage("supervisor", "/supervisor/quality");
  const now = new Date();
  const filters = readFilters(await searchParams, now);
  const input = await tableInput(await getDb(), staff.workspaceId, filters, now, { withQuestions: true });
  const query = filterQuery(filters);
  return (
    <div className="space-y-6">
      <AnalyticsPageHeader title="Service quality" path="/supervisor/quality" filters={filters} query={query} facts={input.facts} />
      <TrendChart rows={dailyTrend(input.facts, filters)} />
      <AnalyticsTableCard table={analyticsTable("daily-trend", input)} query={query} />
      <div className="grid gap-6 lg:grid-cols-2">
        <AnalyticsTableCard table={analyticsTable("sla", input)} query={query} />
        <AnalyticsTableCard table={analyticsTable("agents", input)} query={query} />
      </div>
      <AnalyticsTableCard table={analyticsTable("sla-breaches", input)} query={query} />
      <AnalyticsTableCard table={analyticsTable("brief-usefulness", input)} query={query} />
      <AnalyticsTableCard table={analyticsTable("content-gaps", input)} query={query} />
      <AnalyticsTableCard table={analyticsTable("model-cost", input)} query={query} />
      <AnalyticsTableCard table={analyticsTable("model-cost-conversations", input)} query={query} />
    </div>
  );
}
