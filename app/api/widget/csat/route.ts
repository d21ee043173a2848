import { NextResponse } from "next/server";
import { appendEvent } from "@/lib/conversation/log";
import { publishConversation } from "@/lib/conversation/publish";
import { resolveConversation } from "@/lib/conversation/transitions";
import { getDb } from "@/lib/db";
import { readBody, widgetClaims } from "@/lib/widget/http";
import { csatBody } from "./schema";

/**
 * The customer's rating of their conversation; one per conversation. Rating is how a customer
 * ends the chat, so an open conversation is resolved with it: analytics count an AI-only
 * conversation as resolved by the AI only when the customer closed it this way.
 */
export async function POST(request: Request) {
  const { claims, denied } = widgetClaims(request);
  if (denied) return denied;
  const body = await readBody(request, csatBody);
  if (body.error) return body.error;
  const db = await getDb();
  const already = await db.conversationEvent.findFirst({ where: { conversationId: claims.conversationId, type: "csat" } });
  if (already) return NextResponse.json({ error: "This conversation has already been rated." }, { status: 409 });
  await appendEvent(db, {
    workspaceId: claims.workspaceId,
    conversationId: claims.conversationId,
    type: "csat",
    payload: { score: body.data.score, comment: body.data.comment || null },
    actor: { type: "customer" },
  });
  const conversation = await db.conversation.findUniqueOrThrow({ where: { id: claims.conversationId } });
  if (conversation.status !== "resolved") {
    await resolveConversation(db, { workspaceId: claims.workspaceId, conversationId: conversation.id, actor: { type: "customer" }, at: new Date() }, "customer_ended", null);
    publishConversation(claims.workspaceId, { conversationId: conversation.id, status: "resolved", assigneeId: conversation.assigneeId });
  }
  return NextResponse.json({ ok: true }, { status: 201 });
}
