import { NextResponse } from "next/server";
import { requireStaffApi } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { resendWebhookDelivery } from "@/lib/webhooks/endpoints";
import { webhookAdminRefusal } from "../../../webhooks/http";

/** Queues a delivered or given-up delivery to be sent again. */
export async function POST(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { staff, denied } = await requireStaffApi("admin");
  if (denied) return denied;
  try {
    await resendWebhookDelivery(await getDb(), { userId: staff.id, workspaceId: staff.workspaceId }, (await params).id);
    return NextResponse.json({ ok: true });
  } catch (error) {
    return webhookAdminRefusal(error);
  }
}
