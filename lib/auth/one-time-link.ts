import { createHash, randomBytes } from "node:crypto";
import type { Db, OneTimeLink, Prisma } from "../db";

/**
 * Links that work once and expire: invitations, password resets. Only a hash of the token is
 * stored, so a database read does not hand out working links; spending one is a conditional
 * update, so of two clicks at once exactly one succeeds, on any instance.
 */

type Client = Db | Prisma.TransactionClient;

export const hashLinkToken = (token: string) => createHash("sha256").update(token).digest("hex");

export interface NewLink {
  purpose: string;
  workspaceId: string | null;
  subject: Prisma.InputJsonValue;
  ttlMs: number;
}

/** Stores a new link and returns its token, the only copy of which goes into the link sent. */
export async function createOneTimeLink(db: Client, link: NewLink, now = new Date()): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.oneTimeLink.create({
    data: { purpose: link.purpose, workspaceId: link.workspaceId, tokenHash: hashLinkToken(token), subject: link.subject, expiresAt: new Date(now.getTime() + link.ttlMs), createdAt: now },
  });
  return token;
}

/** The link if it may still be used (right purpose, unused, unexpired); spends nothing. */
export async function openOneTimeLink(db: Client, purpose: string, token: string, now = new Date()): Promise<OneTimeLink | null> {
  const link = await db.oneTimeLink.findUnique({ where: { tokenHash: hashLinkToken(token) } });
  if (!link || link.purpose !== purpose || link.consumedAt || link.expiresAt <= now) return null;
  return link;
}

/** Spends the link; null when it was already spent, expired, or never existed. */
export async function spendOneTimeLink(db: Client, purpose: string, token: string, now = new Date()): Promise<OneTimeLink | null> {
  const tokenHash = hashLinkToken(token);
  const spent = await db.oneTimeLink.updateMany({ where: { tokenHash, purpose, consumedAt: null, expiresAt: { gt: now } }, data: { consumedAt: now } });
  if (spent.count !== 1) return null;
  return db.oneTimeLink.findUnique({ where: { tokenHash } });
}

/** The link token in a URL path: what createOneTimeLink makes, so anything else is refused unread. */
export const LINK_TOKEN_PATTERN = /^[A-Za-z0-9_-]{20,128}$/;
