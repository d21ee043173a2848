import { test, after, before } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { guardRequest } from "../../lib/http/request-edge";
import { bodyLimitFor, DEFAULT_BODY_LIMIT, LABELLED_EXAMPLES_BODY_LIMIT, WIDGET_BODY_LIMIT } from "../../lib/http/body-limit";
import { stampClientHeaders } from "../../lib/http/client-address";

/**
 * The custom server's edge, exercised over real HTTP: a plain node server wrapped exactly as
 * server.ts wraps Next's request handler, with a handler that reads the whole body and answers
 * with what it received.
 */
let server: Server;
let base: string;
let handled = 0;

before(async () => {
  server = createServer((req, res) => {
    stampClientHeaders(req, 1);
    if (!guardRequest(req, res, { dev: false, ownOrigins: ["https://desk.example"] })) return;
    handled += 1;
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ bytes: body.length, sha: createHash("sha256").update(body).digest("hex"), csp: req.headers["content-security-policy"] ?? null }));
    });
    req.on("error", () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  json: Record<string, unknown>;
}

/** Sends `chunks` one by one (chunked, unless a content-length header is given) and reads the answer. */
function send(method: string, path: string, headers: Record<string, string>, chunks: Buffer[]): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${base}${path}`, { method, headers, agent: false }, (res) => {
      const parts: Buffer[] = [];
      res.on("data", (c: Buffer) => parts.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, json: JSON.parse(Buffer.concat(parts).toString() || "{}") }));
    });
    // Writes after the server has answered and closed may fail; the answer is what is tested.
    req.on("error", (error) => (req.destroyed && (error as NodeJS.ErrnoException).code === "EPIPE" ? undefined : reject(error)));
    let i = 0;
    const next = () => {
      if (req.destroyed) return;
      if (i >= chunks.length) return void req.end();
      req.write(chunks[i++], () => setImmediate(next));
    };
    next();
  });
}

const sameOrigin = { origin: "https://desk.example", "content-type": "application/json" };
const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");

test("each address has its body limit: 16 KB for the widget, 1 MB for labelled examples, 64 KB elsewhere, none for reads", () => {
  assert.equal(bodyLimitFor("POST", "/api/widget/session"), WIDGET_BODY_LIMIT);
  assert.equal(bodyLimitFor("POST", "/api/widget/verification/confirm"), 16 * 1024);
  assert.equal(bodyLimitFor("POST", "/api/admin/labelled-examples"), LABELLED_EXAMPLES_BODY_LIMIT);
  assert.ok(LABELLED_EXAMPLES_BODY_LIMIT >= 500 * (500 * 3 + 100), "500 examples of 500 three-byte characters fit");
  assert.equal(bodyLimitFor("PUT", "/api/supervisor/alert-rules"), DEFAULT_BODY_LIMIT);
  assert.equal(bodyLimitFor("post", "/api/auth/callback/credentials"), 64 * 1024);
  assert.equal(bodyLimitFor("GET", "/console"), 0);
});

test("a declared Content-Length over the limit is refused with 413 naming the limit, before any handler runs", async () => {
  const before = handled;
  const body = Buffer.alloc(WIDGET_BODY_LIMIT + 1, 0x61);
  const answer = await send("POST", "/api/widget/session", { ...sameOrigin, "content-length": String(body.length) }, [body]);
  assert.equal(answer.status, 413);
  assert.match(String(answer.json.error), /16 KB/);
  assert.equal(handled, before, "the handler never saw the request");
});

test("a chunked body with no Content-Length is cut off at the limit while it streams", async () => {
  const chunk = Buffer.alloc(8 * 1024, 0x62);
  // 64 chunks (512 KB) announced to nobody: the server must answer long before the end.
  const answer = await send("POST", "/api/widget/ticket", { "content-type": "application/json" }, Array.from({ length: 64 }, () => chunk));
  assert.equal(answer.status, 413);
  assert.match(String(answer.json.error), /16 KB/);
  const staff = await send("PUT", "/api/supervisor/alert-rules", sameOrigin, Array.from({ length: 16 }, () => chunk));
  assert.equal(staff.status, 413);
  assert.match(String(staff.json.error), /64 KB/);
});

test("a legitimate body reaches the handler intact, streamed in chunks or declared", async () => {
  const parts = Array.from({ length: 12 }, (_, i) => Buffer.alloc(1000, 0x30 + i));
  const whole = Buffer.concat(parts);
  const chunked = await send("POST", "/api/widget/session", { "content-type": "application/json" }, parts);
  assert.equal(chunked.status, 200);
  assert.deepEqual([chunked.json.bytes, chunked.json.sha], [whole.length, sha(whole)]);

  const big = Buffer.alloc(900 * 1024, 0x7a);
  const examples = await send("POST", "/api/admin/labelled-examples", { ...sameOrigin, "content-length": String(big.length) }, [big]);
  assert.equal(examples.status, 200);
  assert.deepEqual([examples.json.bytes, examples.json.sha], [big.length, sha(big)]);
});

test("state-changing staff requests from another site, or that name no site, are refused with 403", async () => {
  const body = Buffer.from("{}");
  const evil = await send("PUT", "/api/supervisor/alert-rules", { origin: "https://evil.example", "content-type": "application/json" }, [body]);
  assert.equal(evil.status, 403);
  assert.match(String(evil.json.error), /evil\.example/);
  const nameless = await send("POST", "/api/auth/callback/credentials", { "content-type": "application/x-www-form-urlencoded" }, [body]);
  assert.equal(nameless.status, 403);
  assert.match(String(nameless.json.error), /Origin/);
  const badReferer = await send("PATCH", "/api/workspace/settings", { referer: "https://evil.example/page" }, [body]);
  assert.equal(badReferer.status, 403);

  const own = await send("PUT", "/api/supervisor/alert-rules", sameOrigin, [body]);
  assert.equal(own.status, 200);
  const byHost = await send("POST", "/api/auth/callback/credentials", { origin: base }, [body]);
  assert.equal(byHost.status, 200, "the request's own Host is the desk's origin");
  const byReferer = await send("POST", "/api/conversations/c1/brief-feedback", { referer: `${base}/console/c1` }, [body]);
  assert.equal(byReferer.status, 200);
  const widget = await send("POST", "/api/widget/csat", { origin: "https://shop.example", "content-type": "application/json" }, [body]);
  assert.equal(widget.status, 200, "widget APIs stay open to the sites the widget is embedded on");
});

test("every response says nosniff; HSTS only over HTTPS; staff pages carry a nonce policy that Next.js also sees", async () => {
  const widgetJs = await send("GET", "/widget.js", {}, []);
  assert.equal(widgetJs.headers["x-content-type-options"], "nosniff");
  assert.equal(widgetJs.headers["strict-transport-security"], undefined);
  assert.equal(widgetJs.headers["content-security-policy"], undefined);

  const overProxy = await send("GET", "/console", { "x-forwarded-proto": "https" }, []);
  assert.match(String(overProxy.headers["strict-transport-security"]), /max-age=\d{7,}/);
  const policy = String(overProxy.headers["content-security-policy"]);
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  assert.ok(nonce, policy);
  assert.match(policy, /frame-ancestors 'none'/);
  assert.match(policy, /object-src 'none'/);
  assert.doesNotMatch(policy, /script-src[^;]*'unsafe-inline'/);
  assert.equal(overProxy.json.csp, policy, "the policy with its nonce is on the request Next.js renders");

  const again = await send("GET", "/signin", { "content-security-policy": "script-src 'nonce-chosen'" }, []);
  assert.doesNotMatch(String(again.json.csp), /chosen/);
  assert.notEqual(/'nonce-([^']+)'/.exec(String(again.headers["content-security-policy"]))?.[1], nonce, "a fresh nonce per response");
});
