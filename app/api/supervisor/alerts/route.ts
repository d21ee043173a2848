import { NextResponse } from "next/server";
import { requireStaffApi } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { listAlerts } from "@/lib/alerts/alert-store";
import { alertsQuery } from "./schema";

/** The workspace's open (or acknowledged) alerts, newest first; the console's tray reads it on every (re)connect. */
export async function GET(request: Request) {
  const { staff, denied } = await requireStaffApi("supervisor");
  if (denied) return denied;
  const parsed = alertsQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return NextResponse.json({ error: "status must be open or acknowledged.", issues: parsed.error.issues }, { status: 400 });
  return NextResponse.json({ alerts: await listAlerts(await getDb(), staff.workspaceId, parsed.data.status) });
}
