import type { Metadata } from "next";
import { requireStaffPage } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { metricDefinitions } from "@/lib/analytics/definitions";
import { escalationsByHour, escalationsByTrigger } from "@/lib/analytics/escalation-breakdowns";
import { filterQuery, readFilters } from "@/lib/analytics/filters";
import { tableInput } from "@/lib/analytics/report";
import { analyticsTable, humanise } from "@/lib/analytics/tables";
import { parseWorkspaceSettings } from "@/lib/workspace/settings";
import { HourChart, TriggerChart } from "@/components/supervisor/analytics-charts";
import { AnalyticsTableCard } from "@/components/supervisor/analytics-table-card";
import { AnalyticsPageHeader } from "@/components/supervisor/analytics-page-header";
import { WhatIfForm } from "@/components/supervisor/what-if-form";

export const metadata: Metadata = { title: "Escalations" };

export default async function EscalationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const staff = await requireStaffPage("supervisor", "/supervisor/escalations");
  const now = new Date();
  const filters = readFilters(await searchParams, now);
  const db = await getDb();
  const [input, workspace] = await Promise.all([
    tableInput(db, staff.workspaceId, filters, now, { withQuestions: false }),
    db.workspace.findUniqueOrThrow({ where: { id: staff.workspaceId } }),
  ]);
  const query = filterQuery(filters);
  return (
    <div className="space-y-6">
      <AnalyticsPageHeader title="Escalations" path="/supervisor/escalations" filters={filters} query={query} facts={input.facts} />
      <TriggerChart rows={escalationsByTrigger(input.facts).map((r) => ({ trigger: humanise(r.trigger), fired: r.fired, primary: r.primary }))} />
      <AnalyticsTableCard table={analyticsTable("triggers", input)} query={query} />
      <div className="grid gap-6 lg:grid-cols-2">
        <AnalyticsTableCard table={analyticsTable("intents", input)} query={query} />
        <AnalyticsTableCard table={analyticsTable("specialists", input)} query={query} />
      </div>
      <AnalyticsTableCard table={analyticsTable("tiers", input)} query={query} />
      <HourChart rows={escalationsByHour(input.facts, input.context.timezone).map((r) => ({ hour: r.key, handoffs: r.escalations }))} timezone={input.context.timezone} />
      <AnalyticsTableCard table={analyticsTable("hours", input)} query={query} />
      <AnalyticsTableCard table={analyticsTable("false-escalations", input)} query={query} />
      <WhatIfForm current={parseWorkspaceSettings(workspace).escalation} definition={metricDefinitions.whatIf} />
    </div>
  );
}
