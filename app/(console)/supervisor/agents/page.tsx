import type { Metadata } from "next";
import { requireStaffPage } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { filterQuery, readFilters } from "@/lib/analytics/filters";
import { tableInput } from "@/lib/analytics/report";
import { analyticsTable } from "@/lib/analytics/tables";
import { AnalyticsTableCard } from "@/components/supervisor/analytics-table-card";
import { AnalyticsPageHeader } from "@/components/supervisor/analytics-page-header";

export const metadata: Metadata = { title: "Agents" };

export default async function AgentsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const staff = await requireStaffPage("supervisor", "/supervisor/agents");
  const now = new Date();
  const filters = readFilters(await searchParams, now);
  const input = await tableInput(await getDb(), staff.workspaceId, filters, now, { withQuestions: false });
  const query = filterQuery(filters);
  return (
    <div className="space-y-6">
      <AnalyticsPageHeader title="Agents" path="/supervisor/agents" filters={filters} query={query} facts={input.facts} />
      <AnalyticsTableCard table={analyticsTable("agent-performance", input)} query={query} />
    </div>
  );
}
