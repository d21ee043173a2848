import { NextResponse } from "next/server";
import { requireStaffApi } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { readBody } from "@/lib/http/json-body";
import { loadStoredTurns } from "@/lib/analytics/load";
import { whatIf } from "@/lib/analytics/what-if";
import { whatIfBody } from "./schema";

const DAY_MS = 24 * 3600 * 1000;

/** Re-decides the last N days of stored turns under candidate thresholds; changes nothing. */
export async function POST(request: Request) {
  const { staff, denied } = await requireStaffApi("supervisor");
  if (denied) return denied;
  const parsed = await readBody(request, whatIfBody);
  if (parsed.error) return parsed.error;
  const db = await getDb();
  const turns = await loadStoredTurns(db, staff.workspaceId, new Date(Date.now() - parsed.data.days * DAY_MS));
  return NextResponse.json(whatIf(turns, parsed.data.policy));
}
