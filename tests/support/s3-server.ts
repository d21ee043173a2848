import { createHash } from "node:crypto";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { signatureV4 } from "../../lib/attachments/storage";

/**
 * An S3-compatible object store on a real port, as MinIO or AWS would answer: path-style
 * PUT/GET/DELETE of objects in one bucket, every request's Signature V4 checked against the
 * credentials it was given (403 SignatureDoesNotMatch otherwise), the payload checked against its
 * declared SHA-256, and failures on purpose when told to.
 */
export interface FakeS3 {
  endpoint: string;
  objects: Map<string, { body: Buffer; contentType: string | undefined }>;
  /** Requests refused for their signature, and requests failed on purpose. */
  refused: string[];
  failNext(count: number): void;
  close(): Promise<void>;
}

function body(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

export async function startFakeS3(credentials: { bucket: string; region: string; accessKeyId: string; secretAccessKey: string }): Promise<FakeS3> {
  const objects = new Map<string, { body: Buffer; contentType: string | undefined }>();
  const refused: string[] = [];
  let failures = 0;
  const server = createServer(async (req, res) => {
    const payload = await body(req);
    const url = new URL(req.url ?? "/", "http://s3.invalid");
    const reply = (status: number, text = "") => {
      res.writeHead(status, { "content-type": "application/xml" });
      res.end(text);
    };
    if (failures > 0) {
      failures -= 1;
      refused.push(`${req.method} ${url.pathname}: failed on purpose`);
      return reply(500, "<Error><Code>InternalError</Code></Error>");
    }
    const authorization = req.headers.authorization ?? "";
    const signed = /SignedHeaders=([^,]+)/.exec(authorization)?.[1]?.split(";") ?? [];
    const headers = Object.fromEntries(signed.map((name) => [name, String(req.headers[name] ?? "")]));
    const declaredHash = String(req.headers["x-amz-content-sha256"] ?? "");
    const expected = signatureV4({ method: req.method ?? "GET", path: url.pathname, headers, payloadHash: declaredHash }, credentials);
    if (!signed.includes("host") || authorization !== expected || createHash("sha256").update(payload).digest("hex") !== declaredHash) {
      refused.push(`${req.method} ${url.pathname}: SignatureDoesNotMatch`);
      return reply(403, "<Error><Code>SignatureDoesNotMatch</Code></Error>");
    }
    const prefix = `/${credentials.bucket}/`;
    if (!url.pathname.startsWith(prefix)) return reply(404, "<Error><Code>NoSuchBucket</Code></Error>");
    const key = decodeURIComponent(url.pathname.slice(prefix.length));
    if (req.method === "PUT") {
      objects.set(key, { body: payload, contentType: req.headers["content-type"] });
      return reply(200);
    }
    if (req.method === "DELETE") {
      objects.delete(key);
      return reply(204);
    }
    const found = objects.get(key);
    if (!found) return reply(404, "<Error><Code>NoSuchKey</Code></Error>");
    res.writeHead(200, { "content-type": found.contentType ?? "application/octet-stream" });
    res.end(found.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    objects,
    refused,
    failNext: (count) => void (failures = count),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
