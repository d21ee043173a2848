import { NextResponse } from "next/server";
import { requireStaffApi } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { readBody } from "@/lib/http/json-body";
import { parseWorkspaceSettings } from "@/lib/workspace/settings";
import { audit } from "@/lib/business/audit";
import { settingsPatchBody } from "./schema";

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

/** Changes the opening hours and timezone; routing reads them on the next handoff. */
export async function PATCH(request: Request) {
  const { staff, denied } = await requireStaffApi("admin");
  if (denied) return denied;
  const parsed = await readBody(request, settingsPatchBody);
  if (parsed.error) return parsed.error;
  const db = await getDb();
  const before = await db.workspace.findUniqueOrThrow({ where: { id: staff.workspaceId }, select: { businessHours: true, timezone: true } });
  await db.$transaction(async (tx) => {
    await tx.workspace.update({ where: { id: staff.workspaceId }, data: parsed.data });
    await audit(tx, { workspaceId: staff.workspaceId, actorType: "user", actorId: staff.id, action: "workspace.hours_changed", targetType: "workspace", targetId: staff.workspaceId, detail: { before, after: parsed.data } as never });
  });
  return NextResponse.json({ ok: true });
}
