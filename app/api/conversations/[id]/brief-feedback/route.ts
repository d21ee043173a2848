import { NextResponse } from "next/server";
import { requireStaffApi } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { readBody } from "@/lib/http/json-body";
import { rateHandoffBrief } from "@/lib/console/brief-feedback";
import { StaffActionError } from "@/lib/console/staff-actions";
import { conversationIdParam } from "../handoff/schema";
import { briefFeedbackBody } from "./schema";

/** Rates the conversation's handoff brief as useful or missing something; a later rating replaces the earlier one. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { staff, denied } = await requireStaffApi("agent");
  if (denied) return denied;
  const id = conversationIdParam.safeParse(await params);
  if (!id.success) return NextResponse.json({ error: "That is not a conversation id." }, { status: 400 });
  const body = await readBody(request, briefFeedbackBody);
  if (body.error) return body.error;
  try {
    await rateHandoffBrief(await getDb(), { userId: staff.id, role: staff.role, workspaceId: staff.workspaceId }, id.data.id, body.data);
  } catch (error) {
    if (error instanceof StaffActionError) return NextResponse.json({ error: error.message }, { status: 403 });
    throw error;
  }
  return NextResponse.json({ ok: true });
}
