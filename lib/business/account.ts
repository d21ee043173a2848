import bcrypt from "bcryptjs";
import type { Db, Prisma } from "../db";
import { createOneTimeLink, spendOneTimeLink } from "../auth/one-time-link";
import { sendEmail } from "../email/outbox";
import { deskMode } from "../desk-mode";
import { deskPublicUrl } from "../http/public-url";
import { audit } from "./audit";

/**
 * The demo store's account actions, done for real: a password-reset link or an email-change
 * confirmation goes out through the outgoing mailbox, and opening it changes the shop account.
 * The link goes only to an inbox; the chat is told where it went, never the link, so a stranger
 * in the chat cannot use it.
 */

export const PASSWORD_RESET_PURPOSE = "customer_password_reset";
export const EMAIL_CHANGE_PURPOSE = "customer_email_change";
export const PASSWORD_RESET_MINUTES = 30;
export const EMAIL_CHANGE_MINUTES = 24 * 60;
export const MIN_CUSTOMER_PASSWORD_LENGTH = 10;

type Actor = { type: "ai" | "user"; id: string };

/**
 * Where links in emails point: the address customers reach the desk under. The demo on this
 * machine is reached on localhost; a production desk without DESK_PUBLIC_URL has no address to
 * give, and a link that would not open is not sent.
 */
export function accountLinkBase(env: Record<string, string | undefined> = process.env): string | null {
  return deskPublicUrl(env) ?? (deskMode(env).mode === "demo" ? `http://localhost:${env.PORT ?? 3000}` : null);
}

export function maskEmail(email: string): string {
  const [local, domain] = email.split("@");
  return `${local.slice(0, 1)}${"•".repeat(Math.max(1, local.length - 1))}@${domain}`;
}

/** Emails the customer a link that sets a new password for their shop account; valid 30 minutes, once. */
export async function sendPasswordReset(
  db: Db,
  input: { workspaceId: string; customerId: string; linkBase: string; actor: Actor; now?: Date },
): Promise<{ sentTo: string; expiresInMinutes: number }> {
  const now = input.now ?? new Date();
  return db.$transaction(async (tx) => {
    const customer = await tx.customer.findFirstOrThrow({ where: { id: input.customerId, workspaceId: input.workspaceId } });
    const token = await createOneTimeLink(tx, { purpose: PASSWORD_RESET_PURPOSE, workspaceId: input.workspaceId, subject: { customerId: customer.id }, ttlMs: PASSWORD_RESET_MINUTES * 60_000 }, now);
    await sendEmail(tx, input.workspaceId, {
      to: customer.email,
      subject: "Reset your password",
      body: `Hi ${customer.name},\n\nOpen this link to choose a new password for your account:\n${new URL(`/account/reset/${token}`, input.linkBase)}\n\nIt works once, for ${PASSWORD_RESET_MINUTES} minutes. If you did not ask for it, ignore this email; your password stays as it is.`,
    }, now);
    await audit(tx, { workspaceId: input.workspaceId, actorType: input.actor.type, actorId: input.actor.id, action: "account.password_reset_sent", targetType: "customer", targetId: customer.id, detail: { expiresInMinutes: PASSWORD_RESET_MINUTES } });
    return { sentTo: maskEmail(customer.email), expiresInMinutes: PASSWORD_RESET_MINUTES };
  });
}

export type EmailChangeRequest = { outcome: "confirmation_sent"; sentTo: string } | { outcome: "refused"; reason: string };

/**
 * Sends the new address a link that makes it the account's email. Nothing changes until the
 * link is opened, so a mistyped address changes nothing; the current address is told, so a
 * change the customer did not ask for does not go unnoticed.
 */
export async function requestEmailChange(
  db: Db,
  input: { workspaceId: string; customerId: string; newEmail: string; linkBase: string; actor: Actor; now?: Date },
): Promise<EmailChangeRequest> {
  const now = input.now ?? new Date();
  const newEmail = input.newEmail.trim().toLowerCase();
  return db.$transaction(async (tx) => {
    const customer = await tx.customer.findFirstOrThrow({ where: { id: input.customerId, workspaceId: input.workspaceId } });
    if (customer.email.toLowerCase() === newEmail) return { outcome: "refused", reason: `${newEmail} is already the email on the account.` } as const;
    const taken = await tx.customer.findUnique({ where: { workspaceId_email: { workspaceId: input.workspaceId, email: newEmail } }, select: { id: true } });
    if (taken) return { outcome: "refused", reason: `${newEmail} already belongs to another account, so it cannot be moved to this one.` } as const;
    const token = await createOneTimeLink(tx, { purpose: EMAIL_CHANGE_PURPOSE, workspaceId: input.workspaceId, subject: { customerId: customer.id, from: customer.email, to: newEmail }, ttlMs: EMAIL_CHANGE_MINUTES * 60_000 }, now);
    await sendEmail(tx, input.workspaceId, {
      to: newEmail,
      subject: "Confirm your new email address",
      body: `Hi ${customer.name},\n\nOpen this link to make ${newEmail} the email of your account (instead of ${customer.email}):\n${new URL(`/account/confirm-email/${token}`, input.linkBase)}\n\nIt works once, for ${EMAIL_CHANGE_MINUTES / 60} hours. Until you open it, nothing changes.`,
    }, now);
    await sendEmail(tx, input.workspaceId, {
      to: customer.email,
      subject: "Your account email is about to change",
      body: `Hi ${customer.name},\n\nWe sent a link to ${newEmail} to make it your account's email. If you did not ask for this, reply to this email or contact us before the link is opened.`,
    }, now);
    await audit(tx, { workspaceId: input.workspaceId, actorType: input.actor.type, actorId: input.actor.id, action: "account.email_change_requested", targetType: "customer", targetId: customer.id, detail: { to: newEmail, expiresInMinutes: EMAIL_CHANGE_MINUTES } });
    return { outcome: "confirmation_sent", sentTo: newEmail } as const;
  });
}

export type LinkUse<T> = { ok: true; value: T } | { ok: false; reason: string };

const LINK_CLOSED = "This link has expired or was already used. Ask us in the chat for a new one.";

type Tx = Prisma.TransactionClient;

/** Spends the link and applies the change in one transaction: a link opened twice at once changes the account once. */
async function spendFor(tx: Tx, purpose: string, token: string, now: Date) {
  const link = await spendOneTimeLink(tx, purpose, token, now);
  if (!link || !link.workspaceId) return null;
  return { link, subject: link.subject as { customerId: string; from?: string; to?: string }, workspaceId: link.workspaceId };
}

export async function resetPasswordWithLink(db: Db, token: string, password: string, now = new Date()): Promise<LinkUse<{ email: string }>> {
  const passwordHash = await bcrypt.hash(password, 10);
  return db.$transaction(async (tx) => {
    const spent = await spendFor(tx, PASSWORD_RESET_PURPOSE, token, now);
    if (!spent) return { ok: false, reason: LINK_CLOSED };
    const customer = await tx.customer.update({ where: { id: spent.subject.customerId }, data: { passwordHash } });
    await audit(tx, { workspaceId: spent.workspaceId, actorType: "customer", actorId: customer.id, action: "account.password_reset", targetType: "customer", targetId: customer.id, detail: { linkId: spent.link.id } });
    return { ok: true, value: { email: customer.email } };
  });
}

export async function confirmEmailWithLink(db: Db, token: string, now = new Date()): Promise<LinkUse<{ email: string }>> {
  try {
    return await db.$transaction(async (tx) => {
      const spent = await spendFor(tx, EMAIL_CHANGE_PURPOSE, token, now);
      if (!spent || !spent.subject.to || !spent.subject.from) return { ok: false, reason: LINK_CLOSED };
      // Only from the address the request was made from: a second confirmation of an older request cannot undo a newer change.
      const { count } = await tx.customer.updateMany({ where: { id: spent.subject.customerId, email: spent.subject.from }, data: { email: spent.subject.to } });
      if (count !== 1) return { ok: false, reason: "The account's email changed since this link was sent, so it no longer applies." };
      await audit(tx, { workspaceId: spent.workspaceId, actorType: "customer", actorId: spent.subject.customerId, action: "account.email_changed", targetType: "customer", targetId: spent.subject.customerId, detail: { from: spent.subject.from, to: spent.subject.to } });
      return { ok: true, value: { email: spent.subject.to } };
    });
  } catch (error) {
    // The unique (workspace, email) index: another account took the address after the link was sent.
    if ((error as { code?: string }).code === "P2002") return { ok: false, reason: "That address now belongs to another account, so it cannot be moved to this one." };
    throw error;
  }
}
