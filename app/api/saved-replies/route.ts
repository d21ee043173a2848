import { NextResponse } from "next/server";
import { requireStaffApi } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { readBody } from "@/lib/http/json-body";
import { createSavedReply, savedRepliesFor, SavedReplyError } from "@/lib/console/saved-reply-store";
import { savedReplyBody } from "./schema";

/** The team's saved replies and the caller's own. */
export async function GET() {
  const { staff, denied } = await requireStaffApi("agent");
  if (denied) return denied;
  const replies = await savedRepliesFor(await getDb(), { userId: staff.id, workspaceId: staff.workspaceId });
  return NextResponse.json({ replies }, { headers: { "Cache-Control": "no-store" } });
}

export async function POST(request: Request) {
  const { staff, denied } = await requireStaffApi("agent");
  if (denied) return denied;
  const parsed = await readBody(request, savedReplyBody);
  if (parsed.error) return parsed.error;
  try {
    const reply = await createSavedReply(await getDb(), { userId: staff.id, role: staff.role, workspaceId: staff.workspaceId }, parsed.data);
    return NextResponse.json({ reply }, { status: 201 });
  } catch (error) {
    if (error instanceof SavedReplyError) return NextResponse.json({ error: error.message }, { status: error.status });
    throw error;
  }
}
