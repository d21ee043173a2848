import Link from "next/link";
import type { Metadata } from "next";
import { requireStaffPage } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { describeDrill, drillDown, readDrill } from "@/lib/analytics/drill-down";
import { customerLabels, drillDownTable } from "@/lib/analytics/drill-down-table";
import { filterQuery, readFilters } from "@/lib/analytics/filters";
import { tableInput } from "@/lib/analytics/report";
import { Card, CardHeader, EmptyRow, Table, Td, Th, buttonClasses, cx } from "@/components/ui";
import { FilterForm } from "@/components/supervisor/filter-form";
import { SupervisorTabs } from "@/components/supervisor/supervisor-tabs";

export const metadata: Metadata = { title: "Conversations behind a number" };

/** The conversations behind any number on the supervisor pages, under the same filters. */
export default async function DrillDownPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const staff = await requireStaffPage("supervisor", "/supervisor/conversations");
  const params = await searchParams;
  const now = new Date();
  const filters = readFilters(params, now);
  const drill = readDrill(params);
  const db = await getDb();
  const input = await tableInput(db, staff.workspaceId, filters, now, { withQuestions: false });
  const rows = drillDown(input.facts, drill, { sla: input.context.sla, now, timezone: input.context.timezone });
  const table = drillDownTable(rows, {
    customers: await customerLabels(db, staff.workspaceId, rows.map((r) => r.facts.id)),
    staff: input.staff,
    timezone: input.context.timezone,
  });
  const handoffs = rows.reduce((sum, row) => sum + row.handoffs, 0);
  const query = filterQuery(filters);
  const drillQuery = new URLSearchParams(Object.entries(drill).flatMap(([key, value]) => (value === undefined ? [] : [[key, String(value)]]))).toString();
  const intents = [...new Set(input.facts.flatMap((f) => f.intents))].sort();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold text-slate-900">Conversations behind a number</h1>
      <SupervisorTabs current={null} query={query} />
      <FilterForm action="/supervisor/conversations" filters={filters} intents={intents} drill={drill} />
      <Card data-testid="drill-down">
        <CardHeader
          title={describeDrill(drill)}
          description={
            <span data-testid="drill-count">
              {rows.length} conversation{rows.length === 1 ? "" : "s"}
              {handoffs > 0 ? `, ${handoffs} handoff${handoffs === 1 ? "" : "s"}` : ""}
            </span>
          }
          actions={
            <a href={`/api/supervisor/export/conversations?${query}&${drillQuery}`} className={cx(buttonClasses("secondary", "sm"), "shrink-0 whitespace-nowrap")} download>
              Download CSV<span className="sr-only"> of these conversations</span>
            </a>
          }
        />
        <Table>
          <caption className="sr-only">{describeDrill(drill)}</caption>
          <thead>
            <tr>
              {table.columns.map((column) => (
                <Th key={column}>{column}</Th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.length === 0 ? <EmptyRow colSpan={table.columns.length}>Nothing in this period.</EmptyRow> : null}
            {table.rows.map(([id, ...cells]) => (
              <tr key={id} data-conversation={id}>
                <th scope="row" className="whitespace-nowrap px-3 py-2 text-left font-medium">
                  <Link href={`/console/${encodeURIComponent(id!)}`} className="text-brand-700 hover:underline">
                    {id}
                  </Link>
                </th>
                {cells.map((cell, i) => (
                  <Td key={i}>{cell}</Td>
                ))}
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>
    </div>
  );
}
