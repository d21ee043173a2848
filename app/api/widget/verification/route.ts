import { NextResponse } from "next/server";
import { authSecret } from "@/lib/auth/secret";
import { getDb } from "@/lib/db";
import { requestVerificationCode } from "@/lib/widget/email-verification";
import { readBody } from "@/lib/http/json-body";
import { widgetClaims } from "@/lib/widget/http";
import { verificationStartBody } from "./schema";

/** Emails a one-time code to the address, if it belongs to a customer of this workspace. */
export async function POST(request: Request) {
  const { claims, denied } = widgetClaims(request);
  if (denied) return denied;
  const body = await readBody(request, verificationStartBody);
  if (body.error) return body.error;
  const outcome = await requestVerificationCode(await getDb(), claims, body.data.email, authSecret());
  if (!outcome.ok) {
    return NextResponse.json(
      { error: `Too many codes requested; try again in ${Math.ceil(outcome.retryAfterSeconds / 60)} min.` },
      { status: 429, headers: { "Retry-After": String(outcome.retryAfterSeconds) } },
    );
  }
  return NextResponse.json({ ok: true }, { status: 202 });
}
