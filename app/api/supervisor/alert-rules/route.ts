import { NextResponse } from "next/server";
import { requireStaffApi } from "@/lib/auth/session";
import { audit } from "@/lib/business/audit";
import { getDb } from "@/lib/db";
import { readBody } from "@/lib/http/json-body";
import { alertRulesBody } from "./schema";

/** Saves the workspace's alert rules; the next evaluation (within 30 seconds) uses them. */
export async function PUT(request: Request) {
  const { staff, denied } = await requireStaffApi("supervisor");
  if (denied) return denied;
  const parsed = await readBody(request, alertRulesBody);
  if (parsed.error) return parsed.error;
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const before = await tx.workspace.findUniqueOrThrow({ where: { id: staff.workspaceId }, select: { alertRules: true } });
    await tx.workspace.update({ where: { id: staff.workspaceId }, data: { alertRules: parsed.data.rules } });
    await audit(tx, {
      workspaceId: staff.workspaceId,
      actorType: "user",
      actorId: staff.id,
      action: "workspace.alert_rules_changed",
      targetType: "workspace",
      targetId: staff.workspaceId,
      detail: { before: before.alertRules, after: parsed.data.rules },
    });
  });
  return NextResponse.json({ ok: true, rules: parsed.data.rules });
}
