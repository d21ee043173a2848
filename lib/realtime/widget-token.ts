import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * A widget token lets one browser read and write exactly one conversation. It is an HMAC over
 * the conversation id and expiry, so the server needs no session table to check it.
 */
const TOKEN_VERSION = "w1";

export interface WidgetTokenClaims {
  conversationId: string;
  workspaceId: string;
  expiresAt: number;
}

function sign(body: string, secret: string): string {
  return createHmac("sha256", secret).update(body).digest("base64url");
}

export function issueWidgetToken(claims: WidgetTokenClaims, secret: string): string {
  const body = [TOKEN_VERSION, claims.conversationId, claims.workspaceId, claims.expiresAt].join(".");
  return `${body}.${sign(body, secret)}`;
}

export function verifyWidgetToken(token: string, secret: string, now = Date.now()): WidgetTokenClaims | null {
  const parts = token.split(".");
  if (parts.length !== 5 || parts[0] !== TOKEN_VERSION) return null;
  const [, conversationId, workspaceId, expiry, signature] = parts;
  const expected = Buffer.from(sign(parts.slice(0, 4).join("."), secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const expiresAt = Number(expiry);
  if (!Number.isFinite(expiresAt) || expiresAt < now) return null;
  return { conversationId, workspaceId, expiresAt };
}
