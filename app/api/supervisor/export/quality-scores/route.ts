import { NextResponse } from "next/server";
import { requireStaffApi } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { readFilters } from "@/lib/analytics/filters";
import { loadRecontacts } from "@/lib/analytics/recontacts";
import { qualityReport } from "@/lib/analytics/quality-table";
import { tableInput } from "@/lib/analytics/report";
import { toCsv } from "@/lib/analytics/tables";

/** The quality score of every conversation of the period, with its parts, as CSV. */
export async function GET(request: Request) {
  const { staff, denied } = await requireStaffApi("supervisor");
  if (denied) return denied;
  const now = new Date();
  const filters = readFilters(Object.fromEntries(new URL(request.url).searchParams), now);
  const db = await getDb();
  // With the turns' signals: the sentiment trajectory is one of the score's parts.
  const input = await tableInput(db, staff.workspaceId, filters, now, { withQuestions: true });
  const recontacts = await loadRecontacts(db, staff.workspaceId, input.facts.map((f) => f.id));
  return new NextResponse(toCsv(qualityReport(input.facts, { sla: input.context.sla, now, timezone: input.context.timezone, recontacts })), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": 'attachment; filename="quality-scores.csv"', "cache-control": "no-store" },
  });
}
