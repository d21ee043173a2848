import { NextResponse } from "next/server";
import { requireStaffApi } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { drillDown, readDrill } from "@/lib/analytics/drill-down";
import { customerLabels, drillDownTable } from "@/lib/analytics/drill-down-table";
import { readFilters } from "@/lib/analytics/filters";
import { tableInput } from "@/lib/analytics/report";
import { toCsv } from "@/lib/analytics/tables";

/** The drill-down list (/supervisor/conversations) as CSV, under the same filters and number as the page. */
export async function GET(request: Request) {
  const { staff, denied } = await requireStaffApi("supervisor");
  if (denied) return denied;
  const now = new Date();
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const filters = readFilters(params, now);
  const db = await getDb();
  const input = await tableInput(db, staff.workspaceId, filters, now, { withQuestions: false });
  const rows = drillDown(input.facts, readDrill(params), { sla: input.context.sla, now, timezone: input.context.timezone });
  const table = drillDownTable(rows, { customers: await customerLabels(db, staff.workspaceId, rows.map((r) => r.facts.id)), staff: input.staff, timezone: input.context.timezone });
  return new NextResponse(toCsv(table), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": 'attachment; filename="conversations.csv"', "cache-control": "no-store" },
  });
}
