import bcrypt from "bcryptjs";
import type { Db, Prisma } from "../db";
import { hitWindow } from "../rate-limit/store";
import { createOneTimeLink, openOneTimeLink, spendOneTimeLink } from "../auth/one-time-link";
import { audit } from "../business/audit";
import { sendEmail } from "../email/outbox";
import { TeamChangeRefused, type Actor } from "./members";

/**
 * A forgotten staff password: an admin sends the person a reset link (single use, an hour long)
 * through the outgoing mail, or the person asks for one from the sign-in page; they set a new
 * password from it. Nobody else ever learns it.
 */

const PURPOSE = "staff_password_reset";
export const PASSWORD_RESET_TTL_MS = 3600 * 1000;

export function passwordResetUrl(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/signin/reset/${token}`;
}

type Tx = Prisma.TransactionClient;

/** Stores a reset link for the person and emails it, in the caller's transaction. */
async function emailResetLink(tx: Tx, user: { id: string; name: string; email: string; workspaceId: string }, baseUrl: string, why: (workspaceName: string) => string, now: Date): Promise<void> {
  const workspace = await tx.workspace.findUniqueOrThrow({ where: { id: user.workspaceId }, select: { name: true } });
  const token = await createOneTimeLink(tx, { purpose: PURPOSE, workspaceId: user.workspaceId, subject: { userId: user.id }, ttlMs: PASSWORD_RESET_TTL_MS }, now);
  await sendEmail(
    tx,
    user.workspaceId,
    {
      to: user.email,
      subject: `Set a new password for ${workspace.name}`,
      body: `Hi ${user.name},\n\n${why(workspace.name)} Set a new password here (the link works once, for an hour):\n${passwordResetUrl(baseUrl, token)}\n\nYour current password keeps working until you set a new one.`,
    },
    now,
  );
}

export async function sendPasswordReset(db: Db, actor: Actor, userId: string, baseUrl: string, now = new Date()): Promise<void> {
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId } });
    if (!user || user.workspaceId !== actor.workspaceId) throw new TeamChangeRefused("No such person on this team.");
    if (!user.active) throw new TeamChangeRefused(`${user.name} is deactivated; reactivate them first.`);
    await emailResetLink(tx, user, baseUrl, (workspace) => `An admin of ${workspace} sent you this link.`, now);
    await audit(tx, { workspaceId: actor.workspaceId, actorType: "user", actorId: actor.id, action: "team.password_reset_sent", targetType: "user", targetId: userId, detail: { email: user.email } });
  });
}

/** Requests per client address, and per account, in an hour: enough for a typo, too few to spam someone. */
export const FORGOT_PASSWORD_LIMITS = { perAddress: 10, perEmail: 3, windowMs: 3600 * 1000 };

export type ForgotOutcome = { ok: true } | { ok: false; retryAfterMs: number };

/**
 * "Forgot your password?" on the sign-in page. The answer is the same whether or not the address
 * has an account, so it cannot be used to find out who works here; only an active person's own
 * mailbox gets the link.
 */
export async function requestPasswordReset(db: Db, email: string, address: string, baseUrl: string, now = new Date()): Promise<ForgotOutcome> {
  const policy = { limit: FORGOT_PASSWORD_LIMITS.perAddress, windowMs: FORGOT_PASSWORD_LIMITS.windowMs };
  const byAddress = await hitWindow(db, `staff-reset:address:${address}`, policy, now);
  if (!byAddress.allowed) return { ok: false, retryAfterMs: byAddress.retryAfterMs };
  // Past its limit an account's requests are answered like any other, but send nothing more.
  const byEmail = await hitWindow(db, `staff-reset:email:${email}`, { ...policy, limit: FORGOT_PASSWORD_LIMITS.perEmail }, now);
  if (!byEmail.allowed) return { ok: true };
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email } });
    if (!user?.active) return;
    await emailResetLink(tx, user, baseUrl, (workspace) => `Someone, hopefully you, asked to reset your password for ${workspace}. If it was not you, ignore this email.`, now);
    await audit(tx, { workspaceId: user.workspaceId, actorType: "user", actorId: user.id, action: "account.password_reset_requested", targetType: "user", targetId: user.id, detail: {} });
  });
  return { ok: true };
}

/** The person the link resets, or null when it is used, expired, unknown or they were deactivated. */
export async function openPasswordReset(db: Db, token: string, now = new Date()): Promise<{ email: string } | null> {
  const link = await openOneTimeLink(db, PURPOSE, token, now);
  if (!link) return null;
  const user = await db.user.findUnique({ where: { id: (link.subject as { userId: string }).userId }, select: { email: true, active: true } });
  return user?.active ? { email: user.email } : null;
}

export type ResetOutcome = { ok: true; email: string } | { ok: false; reason: string };

export async function resetPassword(db: Db, token: string, password: string, now = new Date()): Promise<ResetOutcome> {
  const passwordHash = await bcrypt.hash(password, 10);
  return db.$transaction(async (tx) => {
    const link = await spendOneTimeLink(tx, PURPOSE, token, now);
    const closed = { ok: false, reason: "This link has been used or has expired. Ask an admin for a new one." } as const;
    if (!link?.workspaceId) return closed;
    const userId = (link.subject as { userId: string }).userId;
    const { count } = await tx.user.updateMany({ where: { id: userId, workspaceId: link.workspaceId, active: true }, data: { passwordHash } });
    if (count !== 1) return closed;
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
    await audit(tx, { workspaceId: link.workspaceId, actorType: "user", actorId: userId, action: "account.password_reset", targetType: "user", targetId: userId, detail: {} });
    return { ok: true, email: user.email } as const;
  });
}
