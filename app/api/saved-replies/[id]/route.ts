import { NextResponse } from "next/server";
import { requireStaffApi } from "@/lib/auth/session";
import type { StaffRole } from "@/lib/auth/roles";
import { getDb } from "@/lib/db";
import { readBody } from "@/lib/http/json-body";
import { deleteSavedReply, SavedReplyError, updateSavedReply } from "@/lib/console/saved-reply-store";
import { savedReplyBody, savedReplyIdParam } from "./schema";

type Params = { params: Promise<{ id: string }> };

async function withReply(params: Params["params"], act: (staff: { userId: string; role: StaffRole; workspaceId: string }, id: string) => Promise<NextResponse>) {
  const { staff, denied } = await requireStaffApi("agent");
  if (denied) return denied;
  const id = savedReplyIdParam.safeParse(await params);
  if (!id.success) return NextResponse.json({ error: "That is not a saved reply id." }, { status: 400 });
  try {
    return await act({ userId: staff.id, role: staff.role, workspaceId: staff.workspaceId }, id.data.id);
  } catch (error) {
    if (error instanceof SavedReplyError) return NextResponse.json({ error: error.message }, { status: error.status });
    throw error;
  }
}

export async function PUT(request: Request, { params }: Params) {
  return withReply(params, async (staff, id) => {
    const parsed = await readBody(request, savedReplyBody);
    if (parsed.error) return parsed.error;
    return NextResponse.json({ reply: await updateSavedReply(await getDb(), staff, id, parsed.data) });
  });
}

export async function DELETE(_request: Request, { params }: Params) {
  return withReply(params, async (staff, id) => {
    await deleteSavedReply(await getDb(), staff, id);
    return NextResponse.json({ ok: true });
  });
}
