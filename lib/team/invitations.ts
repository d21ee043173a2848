import bcrypt from "bcryptjs";
import type { z } from "zod";
import { Prisma, type Db } from "../db";
import type { StaffRole } from "../auth/roles";
import { createOneTimeLink, openOneTimeLink, spendOneTimeLink } from "../auth/one-time-link";
import { audit } from "../business/audit";
import { sendEmail } from "../email/outbox";
import { TeamChangeRefused, type Actor } from "./members";
import type { acceptInvitationSchema, invitationSchema } from "./schemas";

/**
 * An admin invites someone by email; the invitation link (single use, a week long) arrives through
 * the outgoing mail, and whoever opens it chooses their name and password and joins the team with
 * the role the admin chose. Skills, languages and limits are set on the team page afterwards.
 */

const PURPOSE = "staff_invitation";
export const INVITATION_TTL_MS = 7 * 24 * 3600 * 1000;

interface InvitationSubject {
  email: string;
  role: StaffRole;
  invitedBy: string;
}

/** The page an invitation link opens, under the desk's public address. */
export function invitationUrl(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/signin/invitation/${token}`;
}

export async function inviteMember(db: Db, actor: Actor, invitation: z.infer<typeof invitationSchema>, baseUrl: string, now = new Date()): Promise<void> {
  const existing = await db.user.findUnique({ where: { email: invitation.email }, select: { id: true } });
  if (existing) throw new TeamChangeRefused(`${invitation.email} already has an account on this desk.`);
  await db.$transaction(async (tx) => {
    const [workspace, admin] = await Promise.all([
      tx.workspace.findUniqueOrThrow({ where: { id: actor.workspaceId }, select: { name: true } }),
      tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { name: true } }),
    ]);
    const subject: InvitationSubject = { email: invitation.email, role: invitation.role, invitedBy: actor.id };
    const token = await createOneTimeLink(tx, { purpose: PURPOSE, workspaceId: actor.workspaceId, subject: { ...subject }, ttlMs: INVITATION_TTL_MS }, now);
    await sendEmail(
      tx,
      actor.workspaceId,
      {
        to: invitation.email,
        subject: `${admin.name} invited you to ${workspace.name}`,
        body: `Hello,\n\n${admin.name} invited you to join ${workspace.name} on its support desk as ${invitation.role === "agent" ? "an agent" : `a ${invitation.role}`}.\n\nChoose your name and password here (the link works once, for 7 days):\n${invitationUrl(baseUrl, token)}\n\nIf you did not expect this, you can ignore this email.`,
      },
      now,
    );
    await audit(tx, { workspaceId: actor.workspaceId, actorType: "user", actorId: actor.id, action: "team.member_invited", targetType: "invitation", targetId: invitation.email, detail: { role: invitation.role } });
  });
}

export interface OpenInvitation {
  email: string;
  role: StaffRole;
  workspaceName: string;
}

/** What the invitation page shows, or null when the link is used, expired or unknown. */
export async function openInvitation(db: Db, token: string, now = new Date()): Promise<OpenInvitation | null> {
  const link = await openOneTimeLink(db, PURPOSE, token, now);
  if (!link?.workspaceId) return null;
  const subject = link.subject as unknown as InvitationSubject;
  const workspace = await db.workspace.findUnique({ where: { id: link.workspaceId }, select: { name: true } });
  return workspace ? { email: subject.email, role: subject.role, workspaceName: workspace.name } : null;
}

export type AcceptOutcome = { ok: true; email: string } | { ok: false; reason: string };

/** Spends the link and creates the person, in one transaction: a second click finds the link spent. */
export async function acceptInvitation(db: Db, token: string, answer: z.infer<typeof acceptInvitationSchema>, now = new Date()): Promise<AcceptOutcome> {
  const passwordHash = await bcrypt.hash(answer.password, 10);
  try {
    return await db.$transaction(async (tx) => {
      const link = await spendOneTimeLink(tx, PURPOSE, token, now);
      if (!link?.workspaceId) return { ok: false, reason: "This invitation has been used or has expired. Ask an admin for a new one." } as const;
      const subject = link.subject as unknown as InvitationSubject;
      const user = await tx.user.create({
        data: { workspaceId: link.workspaceId, email: subject.email, name: answer.name, passwordHash, role: subject.role, skills: [], languages: ["en"], createdAt: now },
      });
      await audit(tx, { workspaceId: link.workspaceId, actorType: "user", actorId: user.id, action: "team.invitation_accepted", targetType: "user", targetId: user.id, detail: { email: subject.email, role: subject.role, invitedBy: subject.invitedBy } });
      return { ok: true, email: subject.email } as const;
    });
  } catch (error) {
    // The address got an account another way (a second invitation) since this one was sent.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { ok: false, reason: "That email address already has an account; sign in instead." };
    throw error;
  }
}

/** Invitations sent and not yet used or expired, newest first, for the team page. */
export async function pendingInvitations(db: Db, workspaceId: string, now = new Date()): Promise<{ email: string; role: StaffRole; expiresAt: Date }[]> {
  const links = await db.oneTimeLink.findMany({ where: { purpose: PURPOSE, workspaceId, consumedAt: null, expiresAt: { gt: now } }, orderBy: { createdAt: "desc" }, take: 50 });
  return links.map((link) => {
    const subject = link.subject as unknown as InvitationSubject;
    return { email: subject.email, role: subject.role, expiresAt: link.expiresAt };
  });
}

/** Withdraws every open invitation to the address, so a mistyped or unwanted one stops working. */
export async function revokeInvitation(db: Db, actor: Actor, email: string, now = new Date()): Promise<number> {
  return db.$transaction(async (tx) => {
    const open = await tx.oneTimeLink.findMany({ where: { purpose: PURPOSE, workspaceId: actor.workspaceId, consumedAt: null, expiresAt: { gt: now } } });
    const ids = open.filter((link) => (link.subject as unknown as InvitationSubject).email === email).map((link) => link.id);
    if (ids.length === 0) throw new TeamChangeRefused(`There is no open invitation to ${email}.`);
    const { count } = await tx.oneTimeLink.updateMany({ where: { id: { in: ids }, consumedAt: null }, data: { consumedAt: now } });
    await audit(tx, { workspaceId: actor.workspaceId, actorType: "user", actorId: actor.id, action: "team.invitation_revoked", targetType: "invitation", targetId: email, detail: { links: count } });
    return count;
  });
}
