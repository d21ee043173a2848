import { NextResponse, type NextRequest } from "next/server";
import { requireStaffApi } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { listConversationsQuery } from "./schema";

export async function GET(request: NextRequest) {
  const { staff, denied } = await requireStaffApi("agent");
  if (denied) return denied;
  const parsed = listConversationsQuery.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) {
    return NextResponse.json({ error: "Invalid query.", issues: parsed.error.issues }, { status: 400 });
  }
  const db = await getDb();
  const conversations = await db.conversation.findMany({
    where: { workspaceId: staff.workspaceId, ...(parsed.data.status ? { status: parsed.data.status } : {}) },
    select: { id: true, status: true, assigneeId: true, customerId: true, lastMessageAt: true, createdAt: true },
    orderBy: { lastMessageAt: "desc" },
    take: parsed.data.limit,
  });
  return NextResponse.json({ conversations });
}
