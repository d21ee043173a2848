import { NextResponse } from "next/server";
import { getDb } from "@/lib/db";
import { readBody } from "@/lib/http/json-body";
import { completeSetup } from "@/lib/setup/first-admin";
import { setupBody } from "./schema";

/** Creates a production desk's first workspace and admin from a one-time setup link; signs nobody in. */
export async function POST(request: Request) {
  const body = await readBody(request, setupBody);
  if (body.error) return body.error;
  const { token, ...admin } = body.data;
  const outcome = await completeSetup(await getDb(), token, admin);
  if (!outcome.ok) return NextResponse.json({ error: "This setup link has been used or has expired." }, { status: 410 });
  return NextResponse.json({ ok: true, workspace: outcome.slug, email: admin.email }, { status: 201 });
}
