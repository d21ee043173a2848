import { NextResponse } from "next/server";
import { getDb } from "@/lib/db";
import { requestClientAddress } from "@/lib/http/client-address";
import { readBody } from "@/lib/http/json-body";
import { deskPublicUrl } from "@/lib/http/public-url";
import { requestPasswordReset } from "@/lib/team/password-reset";
import { forgotPasswordBody } from "./schema";

/**
 * Emails a reset link to the address if it belongs to an active person; answers the same either way.
 * The link is built only from DESK_PUBLIC_URL: from the request's Host, anyone could have the
 * desk mail a victim a link to their own site carrying the victim's token.
 */
export async function POST(request: Request) {
  const body = await readBody(request, forgotPasswordBody);
  if (body.error) return body.error;
  const base = deskPublicUrl();
  if (!base) {
    return NextResponse.json({ error: "This desk cannot email reset links until its public address (DESK_PUBLIC_URL) is set. Ask an admin to send you one from the team page." }, { status: 503 });
  }
  const outcome = await requestPasswordReset(await getDb(), body.data.email, requestClientAddress(request), base);
  if (!outcome.ok) {
    const minutes = Math.ceil(outcome.retryAfterMs / 60_000);
    return NextResponse.json({ error: `Too many requests from this device. Try again in ${minutes} minute(s).` }, { status: 429, headers: { "Retry-After": String(Math.ceil(outcome.retryAfterMs / 1000)) } });
  }
  return NextResponse.json({ ok: true });
}
