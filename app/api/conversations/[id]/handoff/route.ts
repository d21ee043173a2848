import { NextResponse } from "next/server";
import { requireStaffApi } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { latestHandoffBrief } from "@/lib/handoff/stored-brief";
import { conversationIdParam } from "./schema";

/** The conversation's latest handoff brief, as JSON in the wire format. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { staff, denied } = await requireStaffApi("agent");
  if (denied) return denied;
  const parsed = conversationIdParam.safeParse(await params);
  if (!parsed.success) return NextResponse.json({ error: "That is not a conversation id." }, { status: 400 });
  const db = await getDb();
  const conversation = await db.conversation.findUnique({ where: { id: parsed.data.id }, select: { workspaceId: true } });
  if (!conversation) return NextResponse.json({ error: "No such conversation." }, { status: 404 });
  if (conversation.workspaceId !== staff.workspaceId) return NextResponse.json({ error: "This conversation belongs to another workspace." }, { status: 403 });
  const brief = await latestHandoffBrief(db, parsed.data.id);
  if (!brief) return NextResponse.json({ error: "This conversation has not been handed to a person." }, { status: 404 });
  return NextResponse.json(brief, { headers: { "Cache-Control": "no-store" } });
}
