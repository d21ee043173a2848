import { createHash, createHmac, randomUUID } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * Where attachment bytes live. The database holds what an attachment is and who may read it;
 * the bytes go to a folder on disk by default, or to any S3-compatible bucket (AWS S3, MinIO,
 * Cloudflare R2, Backblaze B2) when the desk runs as several instances without a shared disk.
 * Keys are made by the desk (workspace/conversation/random), never from a sender's file name.
 */
export interface AttachmentStorage {
  readonly kind: "disk" | "s3";
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The bytes, or null when nothing is stored under the key. */
  get(key: string): Promise<Uint8Array | null>;
  delete(key: string): Promise<void>;
}

const KEY = /^[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*$/;

function checkedKey(key: string): string {
  if (!KEY.test(key)) throw new Error(`Not an attachment storage key: ${JSON.stringify(key)}`);
  return key;
}

export function attachmentKey(workspaceId: string, conversationId: string): string {
  return checkedKey(`${workspaceId}/${conversationId}/${randomUUID().replaceAll("-", "")}`);
}

export function diskStorage(root: string): AttachmentStorage {
  const file = (key: string) => path.join(root, ...checkedKey(key).split("/"));
  return {
    kind: "disk",
    async put(key, bytes) {
      const target = file(key);
      await mkdir(path.dirname(target), { recursive: true });
      // Written whole under another name first, so a reader never sees half a file.
      const partial = `${target}.${randomUUID()}.part`;
      await writeFile(partial, bytes);
      await rename(partial, target);
    },
    async get(key) {
      try {
        return new Uint8Array(await readFile(file(key)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
    async delete(key) {
      await rm(file(key), { force: true });
    },
  };
}

export interface S3Config {
  /** e.g. https://s3.eu-west-1.amazonaws.com or http://127.0.0.1:9000 (MinIO); buckets are addressed by path. */
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

const sha256Hex = (data: Uint8Array | string) => createHash("sha256").update(data).digest("hex");
const hmac = (key: Buffer | string, data: string) => createHmac("sha256", key).update(data).digest();
const encodeSegment = (segment: string) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * The AWS Signature Version 4 Authorization header for one request (no query string): what every
 * S3-compatible service checks. `headers` must include host, x-amz-date and x-amz-content-sha256.
 */
export function signatureV4(request: { method: string; path: string; headers: Record<string, string>; payloadHash: string }, credentials: { region: string; accessKeyId: string; secretAccessKey: string }, service = "s3"): string {
  const amzDate = request.headers["x-amz-date"]!;
  const day = amzDate.slice(0, 8);
  const names = Object.keys(request.headers).map((n) => n.toLowerCase()).sort();
  const lower = Object.fromEntries(Object.entries(request.headers).map(([n, v]) => [n.toLowerCase(), v.trim().replace(/\s+/g, " ")]));
  const canonical = [request.method, request.path, "", ...names.map((n) => `${n}:${lower[n]}`), "", names.join(";"), request.payloadHash].join("\n");
  const scope = `${day}/${credentials.region}/${service}/aws4_request`;
  const toSign = ["AWS4-HMAC-SHA256", amzDate, scope, sha256Hex(canonical)].join("\n");
  const key = hmac(hmac(hmac(hmac(`AWS4${credentials.secretAccessKey}`, day), credentials.region), service), "aws4_request");
  const signature = createHmac("sha256", key).update(toSign).digest("hex");
  return `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${names.join(";")}, Signature=${signature}`;
}

export function s3Storage(config: S3Config, fetcher: typeof fetch = fetch): AttachmentStorage {
  const endpoint = new URL(config.endpoint);
  const base = endpoint.pathname.replace(/\/$/, "");

  async function call(method: "PUT" | "GET" | "DELETE", key: string, body?: Uint8Array, contentType?: string): Promise<Response> {
    const objectPath = `${base}/${encodeSegment(config.bucket)}/${checkedKey(key).split("/").map(encodeSegment).join("/")}`;
    const payloadHash = sha256Hex(body ?? "");
    const headers: Record<string, string> = {
      host: endpoint.host,
      "x-amz-date": new Date().toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, ""),
      "x-amz-content-sha256": payloadHash,
      ...(contentType ? { "content-type": contentType } : {}),
    };
    const authorization = signatureV4({ method, path: objectPath, headers, payloadHash }, config);
    const { host: _host, ...sent } = headers;
    return fetcher(new URL(objectPath, endpoint), { method, headers: { ...sent, authorization }, ...(body ? { body: Buffer.from(body) } : {}) });
  }

  async function failure(response: Response, what: string): Promise<Error> {
    const detail = (await response.text().catch(() => "")).slice(0, 300);
    return new Error(`Attachment storage (S3 ${config.bucket}) refused to ${what}: HTTP ${response.status} ${detail}`);
  }

  return {
    kind: "s3",
    async put(key, bytes, contentType) {
      const response = await call("PUT", key, bytes, contentType);
      if (!response.ok) throw await failure(response, `store ${key}`);
    },
    async get(key) {
      const response = await call("GET", key);
      if (response.status === 404) return null;
      if (!response.ok) throw await failure(response, `read ${key}`);
      return new Uint8Array(await response.arrayBuffer());
    },
    async delete(key) {
      const response = await call("DELETE", key);
      if (!response.ok && response.status !== 404) throw await failure(response, `delete ${key}`);
    },
  };
}

export const DEFAULT_ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

/** The largest attachment accepted, from ATTACHMENT_MAX_BYTES (default 10 MB). */
export function attachmentMaxBytes(env: Record<string, string | undefined> = process.env): number {
  const configured = Number(env.ATTACHMENT_MAX_BYTES);
  return Number.isInteger(configured) && configured > 0 ? configured : DEFAULT_ATTACHMENT_MAX_BYTES;
}

/** The storage the environment configures: a folder (ATTACHMENT_DIR, default data/attachments) or S3. */
export function storageFromEnv(env: Record<string, string | undefined> = process.env): AttachmentStorage {
  if ((env.ATTACHMENT_STORAGE ?? "disk") === "s3") {
    const missing = ["S3_ENDPOINT", "S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"].filter((name) => !env[name]);
    if (missing.length > 0) throw new Error(`ATTACHMENT_STORAGE=s3 needs ${missing.join(", ")}.`);
    return s3Storage({ endpoint: env.S3_ENDPOINT!, bucket: env.S3_BUCKET!, region: env.S3_REGION ?? "us-east-1", accessKeyId: env.S3_ACCESS_KEY_ID!, secretAccessKey: env.S3_SECRET_ACCESS_KEY! });
  }
  return diskStorage(path.resolve(env.ATTACHMENT_DIR ?? path.join("data", "attachments")));
}

const globalForStorage = globalThis as unknown as { deskAttachmentStorage?: AttachmentStorage };

export function attachmentStorage(): AttachmentStorage {
  globalForStorage.deskAttachmentStorage ??= storageFromEnv();
  return globalForStorage.deskAttachmentStorage;
}
