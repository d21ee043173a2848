import { NextResponse } from "next/server";
import { getDb } from "@/lib/db";
import { readBody } from "@/lib/http/json-body";
import { acceptInvitation } from "@/lib/team/invitations";
import { acceptInvitationBody } from "./schema";

/** Whoever holds an invitation link joins the team with the name and password they chose; signs nobody in. */
export async function POST(request: Request) {
  const body = await readBody(request, acceptInvitationBody);
  if (body.error) return body.error;
  const { token, ...answer } = body.data;
  const outcome = await acceptInvitation(await getDb(), token, answer);
  if (!outcome.ok) return NextResponse.json({ error: outcome.reason }, { status: 410 });
  return NextResponse.json({ ok: true, email: outcome.email }, { status: 201 });
}
