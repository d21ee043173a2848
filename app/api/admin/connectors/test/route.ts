import { NextResponse } from "next/server";
import { requireStaffApi } from "@/lib/auth/session";
import { audit } from "@/lib/business/audit";
import { testConnectorAction } from "@/lib/business/connector-test";
import { getDb } from "@/lib/db";
import { readBody } from "@/lib/http/json-body";
import { connectorTestBody } from "./schema";

/** Runs one action for real against its drafted configuration and reports what came back, or why nothing did. */
export async function POST(request: Request) {
  const { staff, denied } = await requireStaffApi("admin");
  if (denied) return denied;
  const parsed = await readBody(request, connectorTestBody);
  if (parsed.error) return parsed.error;
  const db = await getDb();
  const outcome = await testConnectorAction(db, { workspaceId: staff.workspaceId, userId: staff.id, ...parsed.data });
  await audit(db, {
    workspaceId: staff.workspaceId,
    actorType: "user",
    actorId: staff.id,
    action: "workspace.connector_tested",
    targetType: "workspace",
    targetId: staff.workspaceId,
    detail: { action: parsed.data.action, route: parsed.data.route, ok: outcome.ok, ...(outcome.ok ? {} : { failure: outcome.kind, detail: outcome.detail }) },
  });
  return NextResponse.json(outcome);
}
