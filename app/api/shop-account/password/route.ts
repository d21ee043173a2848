import { NextResponse } from "next/server";
import { getDb } from "@/lib/db";
import { readBody } from "@/lib/http/json-body";
import { resetPasswordWithLink } from "@/lib/business/account";
import { customerPasswordBody } from "./schema";

/** Sets a shop customer's new password from the link the desk emailed; the link then stops working. */
export async function POST(request: Request) {
  const body = await readBody(request, customerPasswordBody);
  if (body.error) return body.error;
  const outcome = await resetPasswordWithLink(await getDb(), body.data.token, body.data.password);
  if (!outcome.ok) return NextResponse.json({ error: outcome.reason }, { status: 410 });
  return NextResponse.json({ ok: true });
}
