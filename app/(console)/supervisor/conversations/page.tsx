import Link from "next/link";
import type { Metadata } from "next";
import { requireStaffPage } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { describeDrill, drillDown, readDrill } from "@/lib/analytics/drill-down";
import { filterQuery, readFilters } from "@/lib/analytics/filters";
import { tierOf } from "@/lib/analytics/handoff-waits";
import { tableInput } from "@/lib/analytics/report";
import { humanise } from "@/lib/analytics/tables";
import { Card, CardHeader, EmptyRow, Table, Td, Th } from "@/components/ui";
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
  const input = await tableInput(await getDb(), staff.workspaceId, filters, now, { withQuestions: false });
  const rows = drillDown(input.facts, drill, { sla: input.context.sla, now, timezone: input.context.timezone });
  const handoffs = rows.reduce((sum, row) => sum + row.handoffs, 0);
  const query = filterQuery(filters);
  const nameOf = (id: string | null) => (id === null ? "—" : (input.staff.find((s) => s.id === id)?.name ?? id));
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold text-slate-900">Conversations behind a number</h1>
      <SupervisorTabs current={null} query={query} />
      <FilterForm action="/supervisor/conversations" filters={filters} intents={[]} drill={drill} />
      <Card data-testid="drill-down">
        <CardHeader
          title={describeDrill(drill)}
          description={
            <span data-testid="drill-count">
              {rows.length} conversation{rows.length === 1 ? "" : "s"}
              {handoffs > 0 ? `, ${handoffs} handoff${handoffs === 1 ? "" : "s"}` : ""}
            </span>
          }
        />
        <Table>
          <caption className="sr-only">{describeDrill(drill)}</caption>
          <thead>
            <tr>
              <Th>Conversation</Th>
              <Th>Started</Th>
              <Th>Tier</Th>
              <Th>Intents</Th>
              <Th>Handoffs</Th>
              <Th>Last person</Th>
              <Th>Outcome</Th>
              <Th>CSAT</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.length === 0 ? <EmptyRow colSpan={8}>Nothing in this period.</EmptyRow> : null}
            {rows.map(({ facts: f, handoffs: counted }) => (
              <tr key={f.id} data-conversation={f.id}>
                <th scope="row" className="whitespace-nowrap px-3 py-2 text-left font-medium">
                  <Link href={`/console/${encodeURIComponent(f.id)}`} className="text-brand-700 hover:underline">
                    {f.id}
                  </Link>
                </th>
                <Td>{new Date(f.createdAt).toISOString().slice(0, 16).replace("T", " ")} UTC</Td>
                <Td>{tierOf(f)}</Td>
                <Td>{[...new Set(f.intents)].map(humanise).join(", ") || "—"}</Td>
                <Td>{counted === f.escalations.length ? String(counted) : `${counted} of ${f.escalations.length}`}</Td>
                <Td>{nameOf(f.lastHumanId)}</Td>
                <Td>{f.lastResolution ? humanise(f.lastResolution.outcome) : "open"}</Td>
                <Td>{f.csat ?? "—"}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>
    </div>
  );
}
