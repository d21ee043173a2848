import { NextResponse } from "next/server";
import { requireStaffApi } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { readFilters } from "@/lib/analytics/filters";
import { tableInput } from "@/lib/analytics/report";
import { analyticsTable, analyticsTableNames, toCsv, type AnalyticsTableName } from "@/lib/analytics/tables";

/** One supervisor table as CSV, under the same URL filters as the page it is on. */
export async function GET(request: Request, { params }: { params: Promise<{ table: string }> }) {
  const { staff, denied } = await requireStaffApi("supervisor");
  if (denied) return denied;
  const { table } = await params;
  if (!(analyticsTableNames as readonly string[]).includes(table)) return NextResponse.json({ error: "No such table." }, { status: 404 });
  const name = table as AnalyticsTableName;
  const now = new Date();
  const filters = readFilters(Object.fromEntries(new URL(request.url).searchParams), now);
  const input = await tableInput(await getDb(), staff.workspaceId, filters, now, { withQuestions: name === "content-gaps" || name === "daily-trend" });
  return new NextResponse(toCsv(analyticsTable(name, input)), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${name}.csv"`,
      "cache-control": "no-store",
    },
  });
}
