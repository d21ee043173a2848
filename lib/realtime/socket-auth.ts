import type { IncomingHttpHeaders } from "node:http";
import { getToken } from "next-auth/jwt";
import { isStaffRole } from "../auth/roles";
import { configuredOrigins, publicUrlIsHttps } from "../http/public-url";
import { comesFromOwnOrigin } from "../http/same-origin";
import type { SocketPrincipal } from "./events";
import { verifyWidgetToken } from "./widget-token";

function parseCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    if (name) cookies[name] = decodeURIComponent(part.slice(eq + 1).trim());
  }
  return cookies;
}

/**
 * Decides who a socket is: staff by their next-auth session cookie, a widget by the token for
 * its one conversation. Anyone else is refused before any event handler runs.
 */
export async function authenticateSocket(
  headers: IncomingHttpHeaders,
  auth: Record<string, unknown>,
  secret: string,
): Promise<SocketPrincipal | null> {
  if (typeof auth.widgetToken === "string") {
    const claims = verifyWidgetToken(auth.widgetToken, secret);
    return claims ? { kind: "widget", conversationId: claims.conversationId, workspaceId: claims.workspaceId } : null;
  }
  // The staff cookie goes with any connection the browser opens, whichever site's page opens it,
  // so a staff socket must come from the desk's own pages.
  if (!comesFromOwnOrigin(headers, configuredOrigins())) return null;
  // getToken reads only the cookies and headers of the request it is given; a socket handshake has no Next request.
  const req = { headers, cookies: parseCookies(headers.cookie) } as unknown as Parameters<typeof getToken>[0]["req"];
  const token = await getToken({
    req,
    secret,
    secureCookie: publicUrlIsHttps(),
  });
  if (!token?.sub || !isStaffRole(token.role) || typeof token.workspaceId !== "string") return null;
  return { kind: "staff", userId: token.sub, role: token.role, workspaceId: token.workspaceId };
}
