import { NextResponse } from "next/server";
import { deskPublicUrl } from "../http/public-url";
import { TeamChangeRefused } from "./members";

/** The address links in emails point at: the configured public URL, else the one this request came to. */
export function linkBaseUrl(request: Request): string {
  return deskPublicUrl() ?? new URL(request.url).origin;
}

/** A refusal the person can act on becomes a 409 with its reason; anything else is a real failure. */
export async function answerTeamChange(change: () => Promise<unknown>, ok: (result: unknown) => Response = () => NextResponse.json({ ok: true })): Promise<Response> {
  try {
    return ok(await change());
  } catch (error) {
    if (error instanceof TeamChangeRefused) return NextResponse.json({ error: error.message }, { status: 409 });
    throw error;
  }
}
