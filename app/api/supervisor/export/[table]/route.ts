import { NextResponse } from "next/server";
import { requireStaffApi } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { readFilters } from "@/lib/analytics/filters";
import { tableInput } from "@/lib/analytics/report";
import { analyticsTable, analyticsTableNames, toCsv, type AnalyticsTableName } from "@/lib/analytics/tables";

/**
 * One supervisor table as CSV, under the same URL filters as the page it is on; `?format=json`
 * gives the same rows as JSON, for scripts and dashboards.
 */
export async function GET(request: Request, { params }: { params: Promise<{ table: string }> }) {
  const { staff, denied } = await requireStaffApi("supervisor");
  if (denied) return denied;
  const { table } = await params;
  if (!(analyticsTableNames as readonly string[]).includes(table)) return NextResponse.json({ error: "No such table." }, { status: 404 });
  const name = table as AnalyticsTableName;
  const now = new Date();
  const { format, ...filterParams } = Object.fromEntries(new URL(request.url).searchParams);
  if (format !== undefined && format !== "csv" && format !== "json") return NextResponse.json({ error: "format is csv (the default) or json." }, { status: 400 });
  const filters = readFilters(filterParams, now);
  const input = await tableInput(await getDb(), staff.workspaceId, filters, now, { withQuestions: name === "content-gaps" || name === "daily-trend" });
  const { title, definition, columns, rows } = analyticsTable(name, input);
  if (format === "json") {
    return NextResponse.json({ name, title, definition, columns, rows, from: filters.start.toISOString(), to: filters.end.toISOString() }, { headers: { "cache-control": "no-store" } });
  }
  return new NextResponse(toCsv({ columns, rows }), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${name}.csv"`,
      "cache-control": "no-store",
    },
  });
}
