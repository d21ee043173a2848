import type { IncomingMessage, ServerResponse } from "node:http";
import { attachmentMaxBytes } from "../attachments/storage";

const KB = 1024;

/** Widget bodies are small forms from anonymous visitors. */
export const WIDGET_BODY_LIMIT = 16 * KB;
/** Up to 500 labelled examples of 500 characters each, in any script, with their JSON around them. */
export const LABELLED_EXAMPLES_BODY_LIMIT = 1024 * KB;
/** A help centre uploaded as a zip of Markdown files or a CSV. */
export const HELP_CENTRE_IMPORT_BODY_LIMIT = 10 * 1024 * KB;
/** One help-centre article: up to 50,000 characters of Markdown in any script, with its fields. */
export const ARTICLE_BODY_LIMIT = 256 * KB;
/** Every other body: settings, ratings, sign-in forms. */
export const DEFAULT_BODY_LIMIT = 64 * KB;

/** A file sent in a conversation (lib/attachments), with room for the largest one allowed. */
export function attachmentBodyLimit(): number {
  return attachmentMaxBytes() + 16 * KB;
}

const METHODS_WITH_BODY = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** The largest body, in bytes, the desk accepts for a request; 0 for methods that carry none. */
export function bodyLimitFor(method: string | undefined, pathname: string): number {
  if (!METHODS_WITH_BODY.has((method ?? "GET").toUpperCase())) return 0;
  if (pathname === "/api/widget/attachments" || /^\/api\/conversations\/[^/]+\/attachments$/.test(pathname)) return attachmentBodyLimit();
  if (pathname === "/api/widget" || pathname.startsWith("/api/widget/")) return WIDGET_BODY_LIMIT;
  if (pathname === "/api/admin/labelled-examples") return LABELLED_EXAMPLES_BODY_LIMIT;
  if (pathname === "/api/admin/articles/import") return HELP_CENTRE_IMPORT_BODY_LIMIT;
  if (pathname === "/api/admin/articles" || pathname.startsWith("/api/admin/articles/")) return ARTICLE_BODY_LIMIT;
  if (pathname === "/api/v1/articles" || pathname.startsWith("/api/v1/articles/")) return ARTICLE_BODY_LIMIT;
  return DEFAULT_BODY_LIMIT;
}

function describe(limit: number): string {
  return limit >= 1024 * KB ? `${limit / (1024 * KB)} MB` : `${limit / KB} KB`;
}

function refuse(res: ServerResponse, limit: number): void {
  if (res.headersSent) return;
  const error = limit === 0 ? "This request takes no body." : `The request body is larger than the ${describe(limit)} this address accepts.`;
  // The rest of the upload is not read: the connection closes once the answer is out.
  res.writeHead(413, { "content-type": "application/json; charset=utf-8", connection: "close" });
  res.end(JSON.stringify({ error, limitBytes: limit }));
}

/**
 * Holds the request to `limit` bytes before anything reads it. A declared Content-Length above
 * the limit is refused at once; a body without one (chunked) is counted as it arrives and
 * refused at the byte that crosses the limit, so a huge upload never reaches memory. Returns
 * false when the request was refused; otherwise the body reaches its reader unchanged.
 */
export function limitRequestBody(req: IncomingMessage, res: ServerResponse, limit: number): boolean {
  const declared = req.headers["content-length"];
  if (declared !== undefined && Number(declared) > limit) {
    refuse(res, limit);
    req.resume();
    return false;
  }
  // Counted where the HTTP parser hands over each chunk, so whoever reads the body later (Next's
  // request handler) still reads this same stream from its start.
  const push = req.push.bind(req);
  let received = 0;
  let refused = false;
  req.push = (chunk: unknown, encoding?: BufferEncoding): boolean => {
    if (chunk === null) return refused ? false : push(chunk);
    if (refused) return true;
    received += Buffer.isBuffer(chunk) ? chunk.length : Buffer.byteLength(String(chunk), encoding);
    if (received > limit) {
      refused = true;
      refuse(res, limit);
      // Whoever was reading learns the body ended badly instead of waiting for the rest.
      req.destroy(new Error(`Request body over ${limit} bytes`));
      return false;
    }
    return push(chunk, encoding);
  };
  return true;
}
