import bcrypt from "bcryptjs";
import type { Db } from "../db";
import { createOneTimeLink, openOneTimeLink, spendOneTimeLink } from "../auth/one-time-link";
import { audit } from "../business/audit";
import { sendEmail } from "../email/outbox";
import { TeamChangeRefused, type Actor } from "./members";

/**
 * A forgotten staff password: an admin sends the person a reset link (single use, an hour long)
 * through the outgoing mail; the person sets a new password from it. Nobody else ever learns it.
 */

const PURPOSE = "staff_password_reset";
export const PASSWORD_RESET_TTL_MS = 3600 * 1000;

export function passwordResetUrl(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/signin/reset/${token}`;
}

export async function sendPasswordReset(db: Db, actor: Actor, userId: string, baseUrl: string, now = new Date()): Promise<void> {
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId } });
    if (!user || user.workspaceId !== actor.workspaceId) throw new TeamChangeRefused("No such person on this team.");
    if (!user.active) throw new TeamChangeRefused(`${user.name} is deactivated; reactivate them first.`);
    const workspace = await tx.workspace.findUniqueOrThrow({ where: { id: actor.workspaceId }, select: { name: true } });
    const token = await createOneTimeLink(tx, { purpose: PURPOSE, workspaceId: actor.workspaceId, subject: { userId }, ttlMs: PASSWORD_RESET_TTL_MS }, now);
    await sendEmail(
      tx,
      actor.workspaceId,
      {
        to: user.email,
        subject: `Set a new password for ${workspace.name}`,
        body: `Hi ${user.name},\n\nAn admin of ${workspace.name} sent you this link to set a new password (it works once, for an hour):\n${passwordResetUrl(baseUrl, token)}\n\nYour current password keeps working until you set a new one.`,
      },
      now,
    );
    await audit(tx, { workspaceId: actor.workspaceId, actorType: "user", actorId: actor.id, action: "team.password_reset_sent", targetType: "user", targetId: userId, detail: { email: user.email } });
  });
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
