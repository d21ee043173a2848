import { NextResponse } from "next/server";
import { requireStaffApi } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { parseWorkspaceSettings } from "@/lib/workspace/settings";

/** Workspace configuration for admins; the widget secret is never part of it. */
export async function GET() {
  const { staff, denied } = await requireStaffApi("admin");
  if (denied) return denied;
  const db = await getDb();
  const workspace = await db.workspace.findUniqueOrThrow({ where: { id: staff.workspaceId } });
  return NextResponse.json({
    name: workspace.name,
    slug: workspace.slug,
    timezone: workspace.timezone,
    ...parseWorkspaceSettings(workspace),
  });
}
