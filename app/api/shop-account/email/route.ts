import { NextResponse } from "next/server";
import { getDb } from "@/lib/db";
import { readBody } from "@/lib/http/json-body";
import { confirmEmailWithLink } from "@/lib/business/account";
import { emailConfirmationBody } from "./schema";

/**
 * Makes the new address the shop account's email, from the link sent to it. A POST from the
 * page's button rather than the link itself: mail scanners open links, and must not confirm.
 */
export async function POST(request: Request) {
  const body = await readBody(request, emailConfirmationBody);
  if (body.error) return body.error;
  const outcome = await confirmEmailWithLink(await getDb(), body.data.token);
  if (!outcome.ok) return NextResponse.json({ error: outcome.reason }, { status: 410 });
  return NextResponse.json({ ok: true, email: outcome.value.email });
}
