import { NextResponse } from "next/server";
import { authSecret } from "../auth/secret";
import { verifyWidgetToken, type WidgetTokenClaims } from "../realtime/widget-token";

/** The one conversation this widget request may touch, from its bearer token. */
export function widgetClaims(
  request: Request,
): { claims: WidgetTokenClaims; denied?: undefined } | { claims?: undefined; denied: NextResponse } {
  const header = request.headers.get("authorization") ?? "";
  const token = header.startsWith("Bearer ") ? header.slice("Bearer ".length).trim() : "";
  const claims = token ? verifyWidgetToken(token, authSecret()) : null;
  if (!claims) {
    return { denied: NextResponse.json({ error: "This chat session has expired or is not valid; reload the page." }, { status: 401 }) };
  }
  return { claims };
}
