import { NextResponse } from "next/server";
import { authSecret } from "@/lib/auth/secret";
import { getDb } from "@/lib/db";
import { readBody } from "@/lib/http/json-body";
import { openWidgetSession } from "@/lib/widget/session";
import { widgetSessionBody } from "./schema";

/** Starts a chat, or continues the one this browser already has. */
export async function POST(request: Request) {
  const body = await readBody(request, widgetSessionBody);
  if (body.error) return body.error;
  const outcome = await openWidgetSession(await getDb(), body.data, authSecret());
  if (!outcome.ok) return NextResponse.json({ error: outcome.error }, { status: outcome.status });
  return NextResponse.json(outcome.session, { headers: { "Cache-Control": "no-store" } });
}
