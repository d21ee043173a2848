import { randomBytes } from "node:crypto";

/** Staff pages: the console, supervisor analytics, admin, the developer mailbox, sign-in and first-admin setup, one's own profile. */
const STAFF_PAGE_PREFIXES = ["/console", "/supervisor", "/admin", "/dev", "/signin", "/setup", "/forbidden", "/profile"];

export function isStaffPage(pathname: string): boolean {
  return STAFF_PAGE_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

export function newNonce(): string {
  return randomBytes(16).toString("base64");
}

/**
 * The Content-Security-Policy of a staff page. Scripts run only with this response's nonce
 * (Next.js puts it on its own scripts when it finds the policy on the request) or when loaded
 * by such a script; nothing may frame the page, and forms post only to the desk. Inline style
 * attributes stay allowed: charts and layout set them, and styles cannot run code.
 * Development builds evaluate code for hot reloading, so they also need 'unsafe-eval'.
 */
export function staffPageCsp(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Browsers that reached the desk over HTTPS keep to HTTPS for a year, subdomains included. */
export const HSTS = "max-age=31536000; includeSubDomains";
