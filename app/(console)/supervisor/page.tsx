import type { Metadata } from "next";
import { requireStaffPage } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { drillHref } from "@/lib/analytics/drill-down";
import { filterQuery, readFilters } from "@/lib/analytics/filters";
import { headlineTrends } from "@/lib/analytics/headline-trends";
import { overviewReport } from "@/lib/analytics/report";
import { FilterForm } from "@/components/supervisor/filter-form";
import { HeadlineCard } from "@/components/supervisor/headline-card";
import { SupervisorTabs } from "@/components/supervisor/supervisor-tabs";

export const metadata: Metadata = { title: "Supervisor overview" };

export default async function SupervisorOverviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const staff = await requireStaffPage("supervisor", "/supervisor");
  const now = new Date();
  const filters = readFilters(await searchParams, now);
  const report = await overviewReport(await getDb(), staff.workspaceId, filters, now);
  const query = filterQuery(filters);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold text-slate-900">Supervisor overview</h1>
      <SupervisorTabs current="/supervisor" query={query} />
      <FilterForm action="/supervisor" filters={filters} intents={[]} />
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-label="Headline numbers">
        {headlineTrends(report.current, report.previous).map(({ drill, ...headline }) => (
          <HeadlineCard key={headline.id} {...headline} href={drillHref(query, { set: drill })} />
        ))}
      </dl>
      <p className="text-xs text-slate-500">
        Conversations count in the period they started, with everything that has happened in them up to now; the previous period is the same
        number of days just before.
      </p>
    </div>
  );
}
