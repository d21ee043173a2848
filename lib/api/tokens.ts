import { createHash, randomBytes } from "node:crypto";
import type { z } from "zod";
import type { Db } from "../db";
import { audit } from "../business/audit";
import { ApiError } from "./errors";
import type { apiTokenInput, ApiTokenScope } from "./token-input";

/**
 * Per-workspace API tokens. The token is shown once, when it is made; the database keeps only its
 * SHA-256 (a token is 32 random bytes, so a fast hash is enough) and its first characters, so an
 * admin can tell tokens apart. A read token reads; a write token reads and writes.
 */

const TOKEN_PREFIX = "ldk_";

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export interface ApiAdmin {
  userId: string;
  workspaceId: string;
}

export async function createApiToken(db: Db, admin: ApiAdmin, input: z.infer<typeof apiTokenInput>): Promise<{ id: string; token: string }> {
  const token = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  const created = await db.$transaction(async (tx) => {
    const row = await tx.apiToken.create({
      data: { workspaceId: admin.workspaceId, name: input.name, scope: input.scope, prefix: token.slice(0, 12), tokenHash: hashApiToken(token), createdById: admin.userId },
    });
    await audit(tx, { workspaceId: admin.workspaceId, actorType: "user", actorId: admin.userId, action: "api_token.created", targetType: "api_token", targetId: row.id, detail: { name: input.name, scope: input.scope } });
    return row;
  });
  return { id: created.id, token };
}

/** Revoked at once on every instance: each request reads the token's row. */
export async function revokeApiToken(db: Db, admin: ApiAdmin, tokenId: string, now = new Date()): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.apiToken.updateMany({ where: { id: tokenId, workspaceId: admin.workspaceId, revokedAt: null }, data: { revokedAt: now } });
    if (count === 0) return false;
    await audit(tx, { workspaceId: admin.workspaceId, actorType: "user", actorId: admin.userId, action: "api_token.revoked", targetType: "api_token", targetId: tokenId, detail: {} });
    return true;
  });
}

export async function listApiTokens(db: Db, workspaceId: string) {
  const tokens = await db.apiToken.findMany({ where: { workspaceId }, orderBy: { createdAt: "desc" } });
  return tokens.map((t) => ({
    id: t.id,
    name: t.name,
    prefix: t.prefix,
    scope: t.scope as ApiTokenScope,
    createdAt: t.createdAt.toISOString(),
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    revokedAt: t.revokedAt?.toISOString() ?? null,
  }));
}

export interface AuthenticatedToken {
  id: string;
  workspaceId: string;
  scope: ApiTokenScope;
  createdById: string | null;
}

/** How often "last used" is written: enough to tell a live token from a forgotten one. */
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * The token an `Authorization: Bearer` header names, allowed `needed`; an ApiError otherwise.
 * Only this header is read: a console session cookie is never authority here.
 */
export async function authenticateApiToken(db: Db, authorization: string | null, needed: ApiTokenScope, now = new Date()): Promise<AuthenticatedToken> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  if (!match) throw new ApiError("unauthorized", "Send an API token as 'Authorization: Bearer <token>'; admins create tokens on the API page of the admin area.", { "www-authenticate": "Bearer" });
  const row = await db.apiToken.findUnique({ where: { tokenHash: hashApiToken(match[1]!) } });
  if (!row) throw new ApiError("unauthorized", "This API token is not known.", { "www-authenticate": 'Bearer error="invalid_token"' });
  if (row.revokedAt) throw new ApiError("token_revoked", `This API token was revoked on ${row.revokedAt.toISOString()}.`, { "www-authenticate": 'Bearer error="invalid_token"' });
  const scope = row.scope === "write" ? "write" : "read";
  if (needed === "write" && scope !== "write") throw new ApiError("insufficient_scope", "This API token may only read; this request needs a token with the write scope.");
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.apiToken.updateMany({ where: { id: row.id, lastUsedAt: row.lastUsedAt }, data: { lastUsedAt: now } });
  }
  return { id: row.id, workspaceId: row.workspaceId, scope, createdById: row.createdById };
}
