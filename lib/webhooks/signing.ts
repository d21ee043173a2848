import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * Signatures the Standard Webhooks way (standardwebhooks.com): a `whsec_` secret whose base64
 * part is the HMAC key, and `webhook-signature: v1,<base64 HMAC-SHA256 of "id.timestamp.body">`.
 * While a rotated secret overlaps, the header carries one signature per secret, space-separated,
 * so a receiver holding either one accepts the delivery.
 */

const PREFIX = "whsec_";

export function newWebhookSecret(): string {
  return PREFIX + randomBytes(24).toString("base64");
}

function keyOf(secret: string): Buffer {
  return Buffer.from(secret.startsWith(PREFIX) ? secret.slice(PREFIX.length) : secret, "base64");
}

export function signatureOf(secret: string, id: string, timestampSeconds: number, body: string): string {
  return `v1,${createHmac("sha256", keyOf(secret)).update(`${id}.${timestampSeconds}.${body}`).digest("base64")}`;
}

export interface SignedHeaders {
  "webhook-id": string;
  "webhook-timestamp": string;
  "webhook-signature": string;
}

export function signDelivery(secrets: readonly string[], id: string, timestampSeconds: number, body: string): SignedHeaders {
  return {
    "webhook-id": id,
    "webhook-timestamp": String(timestampSeconds),
    "webhook-signature": secrets.map((s) => signatureOf(s, id, timestampSeconds, body)).join(" "),
  };
}

/** How far a receiver should let a timestamp stray from its clock before refusing a replay. */
export const TIMESTAMP_TOLERANCE_SECONDS = 5 * 60;

/** What a receiver does: true when one of the header's signatures is the secret's and the timestamp is recent. */
export function verifyDelivery(secret: string, headers: Record<string, string | undefined>, body: string, nowSeconds = Math.floor(Date.now() / 1000)): boolean {
  const id = headers["webhook-id"];
  const timestamp = Number(headers["webhook-timestamp"]);
  const header = headers["webhook-signature"];
  if (!id || !header || !Number.isInteger(timestamp)) return false;
  if (Math.abs(nowSeconds - timestamp) > TIMESTAMP_TOLERANCE_SECONDS) return false;
  const expected = Buffer.from(signatureOf(secret, id, timestamp, body));
  return header.split(" ").some((candidate) => {
    const given = Buffer.from(candidate);
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}

/** The secrets a delivery is signed with at `now`: the current one, and the one it replaced until its overlap ends. */
export function signingSecrets(endpoint: { secret: string; previousSecret: string | null; previousSecretUntil: Date | null }, now: Date): string[] {
  const overlapping = endpoint.previousSecret && endpoint.previousSecretUntil && endpoint.previousSecretUntil > now;
  return overlapping ? [endpoint.secret, endpoint.previousSecret!] : [endpoint.secret];
}
