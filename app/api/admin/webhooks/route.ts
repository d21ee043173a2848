import { NextResponse } from "next/server";
import { requireStaffApi } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { readBody } from "@/lib/http/json-body";
import { createWebhookEndpoint } from "@/lib/webhooks/endpoints";
import { createWebhookBody } from "./schema";

/** Subscribes a URL; the answer carries its signing secret, shown this once. */
export async function POST(request: Request) {
  const { staff, denied } = await requireStaffApi("admin");
  if (denied) return denied;
  const parsed = await readBody(request, createWebhookBody);
  if (parsed.error) return parsed.error;
  const created = await createWebhookEndpoint(await getDb(), { userId: staff.id, workspaceId: staff.workspaceId }, parsed.data);
  return NextResponse.json(created, { status: 201, headers: { "cache-control": "no-store" } });
}
