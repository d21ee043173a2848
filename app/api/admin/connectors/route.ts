import { NextResponse } from "next/server";
import { requireStaffApi } from "@/lib/auth/session";
import { audit } from "@/lib/business/audit";
import { getDb } from "@/lib/db";
import { asJson } from "@/lib/db/json";
import { readBody } from "@/lib/http/json-body";
import { connectorSettingsBody } from "./schema";

/** Saves where each business action goes; the AI's next turn uses it. Secrets stay in the environment: only their names are stored. */
export async function PUT(request: Request) {
  const { staff, denied } = await requireStaffApi("admin");
  if (denied) return denied;
  const parsed = await readBody(request, connectorSettingsBody);
  if (parsed.error) return parsed.error;
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const before = await tx.workspace.findUniqueOrThrow({ where: { id: staff.workspaceId }, select: { connectorSettings: true } });
    await tx.workspace.update({ where: { id: staff.workspaceId }, data: { connectorSettings: asJson(parsed.data.settings) } });
    await audit(tx, {
      workspaceId: staff.workspaceId,
      actorType: "user",
      actorId: staff.id,
      action: "workspace.connector_settings_changed",
      targetType: "workspace",
      targetId: staff.workspaceId,
      detail: { before: before.connectorSettings, after: parsed.data.settings },
    });
  });
  return NextResponse.json({ ok: true, settings: parsed.data.settings });
}
