import bcrypt from "bcryptjs";
import type { z } from "zod";
import type { Db, Prisma } from "../db";
import { audit } from "../business/audit";
import { rooms } from "../realtime/events";
import { socketServer } from "../realtime/hub";
import type { MemberProfile, ownPasswordSchema } from "./schemas";

/**
 * The workspace's staff as admins manage them, and what each person changes about themselves.
 * Every change is audited in the same transaction, and each refusal says why in words the
 * person can act on.
 */

export class TeamChangeRefused extends Error {}

/** Whoever is acting: an admin on the team page, or a person on their own account page. */
export interface Actor {
  id: string;
  workspaceId: string;
}

type Client = Db | Prisma.TransactionClient;

async function memberOf(db: Client, actor: Actor, userId: string) {
  const user = await db.user.findUnique({ where: { id: userId } });
  // Another workspace's person answers exactly like a missing one.
  if (!user || user.workspaceId !== actor.workspaceId) throw new TeamChangeRefused("No such person on this team.");
  return user;
}

/**
 * Whether someone other than `userId` is an active admin: a workspace never loses its last one.
 * The workspace row is written first, so two admins demoting or deactivating each other at once
 * take turns (a row lock in PostgreSQL; SQLite has one writer) and the second counts after the
 * first has committed.
 */
export async function anotherActiveAdmin(tx: Prisma.TransactionClient, workspaceId: string, userId: string): Promise<boolean> {
  await tx.workspace.update({ where: { id: workspaceId }, data: { updatedAt: new Date() } });
  return (await tx.user.count({ where: { workspaceId, role: "admin", active: true, id: { not: userId } } })) > 0;
}

export async function updateMemberProfile(db: Db, actor: Actor, userId: string, profile: MemberProfile): Promise<void> {
  const roleChanged = await db.$transaction(async (tx) => {
    const user = await memberOf(tx, actor, userId);
    if (user.role === "admin" && profile.role !== "admin" && !(await anotherActiveAdmin(tx, actor.workspaceId, userId))) {
      throw new TeamChangeRefused("This is the workspace's only admin; make someone else an admin first.");
    }
    const before = { role: user.role, skills: user.skills, languages: user.languages, seniority: user.seniority, maxConcurrentChats: user.maxConcurrentChats };
    await tx.user.update({ where: { id: userId }, data: profile });
    await audit(tx, { workspaceId: actor.workspaceId, actorType: "user", actorId: actor.id, action: "team.member_changed", targetType: "user", targetId: userId, detail: { before, after: profile } });
    return before.role !== profile.role;
  });
  // Their console sockets reconnect and join the rooms of the new role (or lose the supervisors' room).
  if (roleChanged) socketServer()?.in(rooms.user(userId)).disconnectSockets(true);
}

export async function changeOwnName(db: Db, actor: Actor, name: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const user = await memberOf(tx, actor, actor.id);
    await tx.user.update({ where: { id: actor.id }, data: { name } });
    await audit(tx, { workspaceId: actor.workspaceId, actorType: "user", actorId: actor.id, action: "account.name_changed", targetType: "user", targetId: actor.id, detail: { before: user.name, after: name } });
  });
}

/** Needs the current password, so a session left open on a shared computer cannot take the account. */
export async function changeOwnPassword(db: Db, actor: Actor, change: z.infer<typeof ownPasswordSchema>): Promise<void> {
  const user = await memberOf(db, actor, actor.id);
  if (!(await bcrypt.compare(change.currentPassword, user.passwordHash))) throw new TeamChangeRefused("The current password is not right.");
  const passwordHash = await bcrypt.hash(change.newPassword, 10);
  await db.$transaction(async (tx) => {
    // Compared with the hash read above, so two changes at once cannot both pass the check.
    const { count } = await tx.user.updateMany({ where: { id: actor.id, passwordHash: user.passwordHash }, data: { passwordHash } });
    if (count !== 1) throw new TeamChangeRefused("The password was changed meanwhile; sign in again.");
    await audit(tx, { workspaceId: actor.workspaceId, actorType: "user", actorId: actor.id, action: "account.password_changed", targetType: "user", targetId: actor.id, detail: {} });
  });
}
