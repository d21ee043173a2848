import type { IncomingHttpHeaders } from "node:http";

/**
 * Cross-site request forgery defence for everything the staff session cookie authenticates.
 * Browsers send Origin with every state-changing request (Referer is the fallback for the few
 * that do not), and a page on another site cannot choose it. SameSite=Lax alone still lets a
 * sibling subdomain or a top-level form through; this refuses anything not from the desk itself.
 */

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** The origin a browser said the request came from, or null when it said nothing usable. */
function claimedOrigin(headers: IncomingHttpHeaders): string | null {
  const origin = single(headers.origin);
  if (origin) return origin === "null" ? null : origin;
  const referer = single(headers.referer);
  if (!referer) return null;
  try {
    return new URL(referer).origin;
  } catch {
    return null;
  }
}

/** Whether the request's Origin (or Referer) is the desk's own: its Host, or a configured public URL. */
export function comesFromOwnOrigin(headers: IncomingHttpHeaders, ownOrigins: string[]): boolean {
  const claimed = claimedOrigin(headers);
  if (!claimed) return false;
  if (ownOrigins.includes(claimed)) return true;
  let host: string;
  try {
    host = new URL(claimed).host;
  } catch {
    return false;
  }
  // The scheme is not compared with the Host: TLS may end at a proxy in front of the desk.
  return host === single(headers.host)?.toLowerCase();
}

/** Widget APIs are called from customers' sites by design; they authenticate by bearer token, never by cookie. */
function isWidgetApi(pathname: string): boolean {
  return pathname === "/api/widget" || pathname.startsWith("/api/widget/");
}

/** The REST API reads only an `Authorization: Bearer` token, never the session cookie, so a forged request carries no authority. */
function isBearerApi(pathname: string): boolean {
  return pathname === "/api/v1" || pathname.startsWith("/api/v1/");
}

/**
 * Why a request must be refused as cross-site, or null when it may proceed. Reads (GET, HEAD,
 * OPTIONS) change nothing and pass; so do the widget's and the REST API's token-authenticated APIs.
 */
export function crossSiteRefusal(method: string | undefined, pathname: string, headers: IncomingHttpHeaders, ownOrigins: string[]): string | null {
  if (!STATE_CHANGING.has((method ?? "GET").toUpperCase()) || isWidgetApi(pathname) || isBearerApi(pathname)) return null;
  if (comesFromOwnOrigin(headers, ownOrigins)) return null;
  const claimed = claimedOrigin(headers);
  return claimed
    ? `Requests from ${claimed} cannot change anything on this desk; use the desk's own pages.`
    : "This request did not say which site sent it (no Origin or Referer header), so it cannot change anything on this desk.";
}
