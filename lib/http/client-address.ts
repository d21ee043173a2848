import type { IncomingMessage } from "node:http";
import { isIP } from "node:net";

/**
 * Who is on the other end of a request. Rate limits key on it, so it must be an address the
 * client cannot choose: X-Forwarded-For and X-Forwarded-Proto are anyone's to write, and are only
 * believed for the hops a deployment says are its own reverse proxies (`DESK_TRUSTED_PROXIES`).
 */

/** Private headers the custom server sets on every request; values a client sent are replaced. */
export const CLIENT_ADDRESS_HEADER = "x-desk-client-address";
export const HTTPS_HEADER = "x-desk-https";

/** Number of reverse-proxy hops in front of the desk; 0 (the default) believes no proxy header. */
export function trustedProxyHops(value = process.env.DESK_TRUSTED_PROXIES): number {
  if (value === undefined || value.trim() === "") return 0;
  const hops = Number(value);
  if (!Number.isInteger(hops) || hops < 0) {
    throw new Error(`DESK_TRUSTED_PROXIES must be a whole number of proxy hops (0 or more), not "${value}".`);
  }
  return hops;
}

function listOf(header: string | string[] | undefined): string[] {
  const joined = Array.isArray(header) ? header.join(",") : (header ?? "");
  return joined
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
}

/**
 * The entry written by the outermost trusted proxy: each proxy appends the address it received
 * the request from, so with N trusted hops the client is the N-th entry from the right. Entries
 * further left were written by the client and are ignored. With fewer entries than hops (a proxy
 * that does not append) the leftmost entry is still one a trusted proxy wrote.
 */
function trustedEntry(entries: string[], hops: number): string | undefined {
  if (hops === 0 || entries.length === 0) return undefined;
  return entries[Math.max(0, entries.length - hops)];
}

/** An IPv4 peer on a dual-stack socket shows as ::ffff:a.b.c.d; both spellings are one client. */
function normalise(address: string): string {
  const unmapped = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  return unmapped.toLowerCase();
}

export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustedProxies: number,
): string {
  const forwarded = trustedEntry(listOf(forwardedFor), trustedProxies);
  if (forwarded && isIP(forwarded)) return normalise(forwarded);
  return socketAddress ? normalise(socketAddress) : "unknown";
}

/** Whether the client's own connection was HTTPS: TLS on our socket, or a trusted proxy saying so. */
export function cameOverHttps(encrypted: boolean, forwardedProto: string | string[] | undefined, trustedProxies: number): boolean {
  if (encrypted) return true;
  return trustedEntry(listOf(forwardedProto), trustedProxies)?.toLowerCase() === "https";
}

let warnedOfUntrustedProxy = false;

/** Called by the custom server on every request before Next.js sees it. */
export function stampClientHeaders(request: IncomingMessage, trustedProxies: number): void {
  if (trustedProxies === 0 && request.headers["x-forwarded-for"] && !warnedOfUntrustedProxy) {
    // Behind an undeclared proxy every customer would share the proxy's address, and its limits.
    warnedOfUntrustedProxy = true;
    console.warn(
      "A request carried X-Forwarded-For, which is ignored while DESK_TRUSTED_PROXIES is 0. If the desk runs behind a reverse proxy, set DESK_TRUSTED_PROXIES to its number of hops so rate limits see each client's address.",
    );
  }
  const encrypted = (request.socket as { encrypted?: boolean }).encrypted === true;
  request.headers[CLIENT_ADDRESS_HEADER] = clientAddress(request.socket.remoteAddress, request.headers["x-forwarded-for"], trustedProxies);
  request.headers[HTTPS_HEADER] = cameOverHttps(encrypted, request.headers["x-forwarded-proto"], trustedProxies) ? "1" : "0";
}

type HeaderSource = Request | Headers | Record<string, unknown> | undefined;

function header(source: HeaderSource, name: string): string | undefined {
  if (!source) return undefined;
  const headers = source instanceof Request ? source.headers : source;
  const value = headers instanceof Headers ? headers.get(name) : headers[name];
  return typeof value === "string" && value ? value : undefined;
}

/**
 * The client address the custom server stamped. Without it (Next.js run on its own) every
 * request shares one key, which errs towards limiting rather than trusting a header.
 */
export function requestClientAddress(source: HeaderSource): string {
  return header(source, CLIENT_ADDRESS_HEADER) ?? "unknown";
}

export function requestIsHttps(source: HeaderSource): boolean {
  return header(source, HTTPS_HEADER) === "1";
}
