import { NextResponse } from "next/server";
import { requireStaffApi } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { rotateWebhookSecret } from "@/lib/webhooks/endpoints";
import { webhookAdminRefusal } from "../../http";

/** A new signing secret, shown this once; the old one keeps signing for a day. */
export async function POST(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { staff, denied } = await requireStaffApi("admin");
  if (denied) return denied;
  try {
    const rotated = await rotateWebhookSecret(await getDb(), { userId: staff.id, workspaceId: staff.workspaceId }, (await params).id);
    return NextResponse.json({ secret: rotated.secret, previousValidUntil: rotated.previousValidUntil.toISOString() }, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return webhookAdminRefusal(error);
  }
}
