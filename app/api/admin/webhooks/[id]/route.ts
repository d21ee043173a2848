import { NextResponse } from "next/server";
import { requireStaffApi } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { readBody } from "@/lib/http/json-body";
import { changeWebhookEndpoint, deleteWebhookEndpoint } from "@/lib/webhooks/endpoints";
import { webhookAdminRefusal } from "../http";
import { changeWebhookBody } from "../schema";

type Route = { params: Promise<{ id: string }> };

/** Changes the URL or the events, or pauses and resumes the endpoint. */
export async function PATCH(request: Request, { params }: Route) {
  const { staff, denied } = await requireStaffApi("admin");
  if (denied) return denied;
  const parsed = await readBody(request, changeWebhookBody);
  if (parsed.error) return parsed.error;
  try {
    await changeWebhookEndpoint(await getDb(), { userId: staff.id, workspaceId: staff.workspaceId }, (await params).id, parsed.data);
    return NextResponse.json({ ok: true });
  } catch (error) {
    return webhookAdminRefusal(error);
  }
}

/** Removes the endpoint with its delivery log; deliveries not yet sent are dropped. */
export async function DELETE(_request: Request, { params }: Route) {
  const { staff, denied } = await requireStaffApi("admin");
  if (denied) return denied;
  try {
    await deleteWebhookEndpoint(await getDb(), { userId: staff.id, workspaceId: staff.workspaceId }, (await params).id);
    return NextResponse.json({ ok: true });
  } catch (error) {
    return webhookAdminRefusal(error);
  }
}
