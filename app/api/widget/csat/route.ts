import { NextResponse } from "next/server";
import { rateConversation } from "@/lib/conversation/rating";
import { getDb } from "@/lib/db";
import { readBody } from "@/lib/http/json-body";
import { widgetClaims } from "@/lib/widget/http";
import { csatBody } from "./schema";

/** The customer's rating from the widget, which also ends the chat (see rateConversation). */
export async function POST(request: Request) {
  const { claims, denied } = widgetClaims(request);
  if (denied) return denied;
  const body = await readBody(request, csatBody);
  if (body.error) return body.error;
  const rated = await rateConversation(await getDb(), {
    workspaceId: claims.workspaceId,
    conversationId: claims.conversationId,
    score: body.data.score,
    comment: body.data.comment || null,
    at: new Date(),
  });
  if (rated === "already_rated") return NextResponse.json({ error: "This conversation has already been rated." }, { status: 409 });
  return NextResponse.json({ ok: true }, { status: 201 });
}
