import { NextResponse } from "next/server";
import { getDb } from "@/lib/db";
import { readBody } from "@/lib/http/json-body";
import { resetPassword } from "@/lib/team/password-reset";
import { passwordResetBody } from "./schema";

/** Sets a new password from an emailed reset link; the link then stops working. */
export async function POST(request: Request) {
  const body = await readBody(request, passwordResetBody);
  if (body.error) return body.error;
  const outcome = await resetPassword(await getDb(), body.data.token, body.data.password);
  if (!outcome.ok) return NextResponse.json({ error: outcome.reason }, { status: 410 });
  return NextResponse.json({ ok: true, email: outcome.email });
}
