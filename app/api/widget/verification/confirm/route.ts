import { NextResponse } from "next/server";
import { authSecret } from "@/lib/auth/secret";
import { getDb } from "@/lib/db";
import { confirmVerificationCode } from "@/lib/widget/email-verification";
import { readBody } from "@/lib/http/json-body";
import { widgetClaims } from "@/lib/widget/http";
import { verificationConfirmBody } from "./schema";

const refusals = {
  no_code: "Ask for a code first.",
  wrong: "That code is not right.",
  expired: "That code has expired; ask for a new one.",
  too_many_attempts: "Too many wrong codes; ask for a new one.",
  used: "That code was already used; ask for a new one.",
} as const;

export async function POST(request: Request) {
  const { claims, denied } = widgetClaims(request);
  if (denied) return denied;
  const body = await readBody(request, verificationConfirmBody);
  if (body.error) return body.error;
  const outcome = await confirmVerificationCode(await getDb(), claims, body.data.code, authSecret());
  if (!outcome.ok) {
    return NextResponse.json({ error: refusals[outcome.reason], reason: outcome.reason, attemptsLeft: outcome.attemptsLeft }, { status: 422 });
  }
  return NextResponse.json({ verified: true, name: outcome.name });
}
