import { NextResponse } from "next/server";
import { requireStaffApi } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { readBody } from "@/lib/http/json-body";
import { parseWorkspaceSettings } from "@/lib/workspace/settings";
import { updateWorkspaceSettings } from "@/lib/workspace/settings-update";
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

/** Saves the parts of the settings the body carries; each applies from the next request on, on every instance. */
export async function PATCH(request: Request) {
  const { staff, denied } = await requireStaffApi("admin");
  if (denied) return denied;
  const parsed = await readBody(request, settingsPatchBody);
  if (parsed.error) return parsed.error;
  const changed = await updateWorkspaceSettings(await getDb(), staff, parsed.data);
  return NextResponse.json({ ok: true, changed });
}
