import { NextResponse } from "next/server";
import { appendEvent } from "@/lib/conversation/log";
import { getDb } from "@/lib/db";
import { readBody, widgetClaims } from "@/lib/widget/http";
import { csatBody } from "./schema";

/** The customer's rating of their conversation; one per conversation. */
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
  return NextResponse.json({ ok: true }, { status: 201 });
}
