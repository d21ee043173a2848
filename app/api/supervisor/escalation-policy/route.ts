import { NextResponse } from "next/server";
import { requireStaffApi } from "@/lib/auth/session";
import { audit } from "@/lib/business/audit";
import { getDb } from "@/lib/db";
import { readBody } from "@/lib/http/json-body";
import { escalationPolicyBody } from "./schema";

/** Saves new escalation thresholds; the router uses them from the next customer turn. */
export async function PUT(request: Request) {
  const { staff, denied } = await requireStaffApi("supervisor");
  if (denied) return denied;
  const parsed = await readBody(request, escalationPolicyBody);
  if (parsed.error) return parsed.error;
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const before = await tx.workspace.findUniqueOrThrow({ where: { id: staff.workspaceId }, select: { escalationPolicy: true } });
    await tx.workspace.update({ where: { id: staff.workspaceId }, data: { escalationPolicy: parsed.data.policy } });
    await audit(tx, {
      workspaceId: staff.workspaceId,
      actorType: "user",
      actorId: staff.id,
      action: "workspace.escalation_policy_changed",
      targetType: "workspace",
      targetId: staff.workspaceId,
      detail: { before: before.escalationPolicy, after: parsed.data.policy },
    });
  });
  return NextResponse.json({ ok: true, policy: parsed.data.policy });
}
