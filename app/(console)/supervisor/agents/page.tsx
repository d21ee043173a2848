import type { Metadata } from "next";
import { requireStaffPage } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { filterQuery, readFilters } from "@/lib/analytics/filters";
import { tableInput } from "@/lib/analytics/report";
import { analyticsTable } from "@/lib/analytics/tables";
import { AnalyticsTableCard } from "@/components/supervisor/analytics-table-card";
import { FilterForm } from "@/components/supervisor/filter-form";
import { SupervisorTabs } from "@/components/supervisor/supervisor-tabs";

export const metadata: Metadata = { title: "Agents" };

export default async function AgentsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const staff = await requireStaffPage("supervisor", "/supervisor/agents");
  const now = new Date();
  const filters = readFilters(await searchParams, now);
  const input = await tableInput(await getDb(), staff.workspaceId, filters, now, { withQuestions: false });
  const intents = [...new Set(input.facts.flatMap((f) => f.intents))].sort();
  const query = filterQuery(filters);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold text-slate-900">Agents</h1>
      <SupervisorTabs current="/supervisor/agents" query={query} />
      <FilterForm action="/supervisor/agents" filters={filters} intents={intents} />
      <AnalyticsTableCard table={analyticsTable("agent-performance", input)} query={query} />
    </div>
  );
}
