import { NextResponse } from "next/server";
import { appendEvent, recordMessage } from "@/lib/conversation/log";
import { dispatch, transaction } from "@/lib/events/dispatcher";
import { getDb } from "@/lib/db";
import { readBody } from "@/lib/http/json-body";
import { widgetClaims } from "@/lib/widget/http";
import { translations } from "@/lib/widget/strings";
import { ticketBody } from "./schema";

/**
 * When nobody can join (outside opening hours or no one available) the customer leaves a way
 * to reach them; the conversation waits as an asynchronous ticket in the console.
 */
export async function POST(request: Request) {
  const { claims, denied } = widgetClaims(request);
  if (denied) return denied;
  const body = await readBody(request, ticketBody);
  if (body.error) return body.error;
  const db = await getDb();
  const conversation = await db.conversation.findUnique({ where: { id: claims.conversationId } });
  if (!conversation) return NextResponse.json({ error: "This conversation no longer exists." }, { status: 404 });
  if (conversation.status === "resolved") return NextResponse.json({ error: "This conversation is closed." }, { status: 409 });

  const ask = body.data;
  const contact = ask.kind === "email" ? { email: ask.email } : { phone: ask.phone, callbackAt: ask.callbackAt };
  await transaction(db, async (tx) => {
    await appendEvent(tx, {
      workspaceId: claims.workspaceId,
      conversationId: claims.conversationId,
      type: "async_requested",
      payload: { kind: ask.kind, ...contact, note: ask.note ?? null, previousStatus: conversation.status },
      actor: { type: "customer" },
    });
    await tx.conversation.update({ where: { id: claims.conversationId }, data: { status: "pending_async" } });
  });

  const strings = translations[conversation.language] ?? translations.en;
  await recordMessage(db, {
    conversationId: claims.conversationId,
    author: "system",
    body: strings.asyncDone,
  });
  void dispatch([{ kind: "conversation_changed", workspaceId: claims.workspaceId, update: { conversationId: claims.conversationId, status: "pending_async", assigneeId: conversation.assigneeId, queue: null } }], db);
  return NextResponse.json({ ok: true, status: "pending_async" }, { status: 201 });
}
