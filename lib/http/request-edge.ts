import type { IncomingMessage, ServerResponse } from "node:http";
import { bodyLimitFor, limitRequestBody } from "./body-limit";
import { requestIsHttps } from "./client-address";
import { crossSiteRefusal } from "./same-origin";
import { HSTS, isStaffPage, newNonce, staffPageCsp } from "./security-headers";

export interface EdgeOptions {
  dev: boolean;
  /** The desk's public origins besides the request's Host (see configuredOrigins in ./public-url). */
  ownOrigins: string[];
}

function pathnameOf(url: string | undefined): string {
  try {
    return new URL(url ?? "/", "http://desk.invalid").pathname;
  } catch {
    return "/";
  }
}

/**
 * The checks every HTTP request passes in the custom server before Next.js sees it: headers
 * every response carries, the cross-site refusal, the body limit, and the nonce-based policy of
 * staff pages. Returns false when it has already answered the request.
 */
export function guardRequest(req: IncomingMessage, res: ServerResponse, options: EdgeOptions): boolean {
  const pathname = pathnameOf(req.url);
  res.setHeader("X-Content-Type-Options", "nosniff");
  if (requestIsHttps(req.headers as Record<string, unknown>)) res.setHeader("Strict-Transport-Security", HSTS);

  const refusal = crossSiteRefusal(req.method, pathname, req.headers, options.ownOrigins);
  if (refusal) {
    res.writeHead(403, { "content-type": "application/json; charset=utf-8", connection: "close" });
    res.end(JSON.stringify({ error: refusal }));
    req.resume();
    return false;
  }
  if (!limitRequestBody(req, res, bodyLimitFor(req.method, pathname))) return false;

  // Next.js takes the nonce for its scripts from the request's policy header, so a client's own
  // header is never left for it to find.
  delete req.headers["content-security-policy"];
  delete req.headers["content-security-policy-report-only"];
  if (isStaffPage(pathname)) {
    const policy = staffPageCsp(newNonce(), options.dev);
    req.headers["content-security-policy"] = policy;
    res.setHeader("Content-Security-Policy", policy);
  }
  return true;
}
