import { NextResponse } from "next/server";
import { authSecret } from "@/lib/auth/secret";
import { getDb } from "@/lib/db";
import { requestClientAddress } from "@/lib/http/client-address";
import { readBody } from "@/lib/http/json-body";
import { deskOriginsOf, embeddingRefusal } from "@/lib/widget/allowed-sites";
import { admitNewChat } from "@/lib/widget/new-chat-limit";
import { openWidgetSession } from "@/lib/widget/session";
import { widgetSessionBody } from "./schema";

/** Starts a chat, or continues the one this browser already has. */
export async function POST(request: Request) {
  const body = await readBody(request, widgetSessionBody);
  if (body.error) return body.error;
  const db = await getDb();
  // The page the loader reports is the one place the frame learns where it is embedded.
  const refused = await embeddingRefusal(db, body.data.workspace, body.data.pageUrl ?? null, deskOriginsOf(request));
  if (refused) return NextResponse.json({ error: refused }, { status: 403 });
  const address = requestClientAddress(request);
  const outcome = await openWidgetSession(db, body.data, authSecret(), new Date(), (workspaceId) => admitNewChat(db, workspaceId, address));
  if (!outcome.ok && outcome.status === 429) {
    return NextResponse.json(
      { error: outcome.error, retryAfterSeconds: outcome.retryAfterSeconds },
      { status: 429, headers: { "Retry-After": String(outcome.retryAfterSeconds) } },
    );
  }
  if (!outcome.ok) return NextResponse.json({ error: outcome.error }, { status: outcome.status });
  return NextResponse.json(outcome.session, { headers: { "Cache-Control": "no-store" } });
}
