import { NextResponse } from "next/server";
import { requireStaffApi } from "@/lib/auth/session";
import { createApiToken } from "@/lib/api/tokens";
import { getDb } from "@/lib/db";
import { readBody } from "@/lib/http/json-body";
import { createApiTokenBody } from "./schema";

/** A new API token; the answer is the only time it is ever shown. */
export async function POST(request: Request) {
  const { staff, denied } = await requireStaffApi("admin");
  if (denied) return denied;
  const parsed = await readBody(request, createApiTokenBody);
  if (parsed.error) return parsed.error;
  const created = await createApiToken(await getDb(), { userId: staff.id, workspaceId: staff.workspaceId }, parsed.data);
  return NextResponse.json(created, { status: 201, headers: { "cache-control": "no-store" } });
}
