import bcrypt from "bcryptjs";
import { z } from "zod";
import type { Db, Prisma } from "../db";
import { createOneTimeLink, openOneTimeLink, spendOneTimeLink } from "../auth/one-time-link";
import { FIRST_START_LOCK, withDatabaseLock } from "../db/database-lock";
import { AGENT_SKILLS } from "../handoff/routing";
import { MIN_STAFF_PASSWORD_LENGTH, staffPasswordSchema } from "../team/schemas";
import { userText } from "../validation/user-text";
import { newWorkspaceData, workspaceSlug } from "../workspace/new-workspace";

/**
 * A production desk's first workspace and admin: made at start from DESK_ADMIN_EMAIL and
 * DESK_ADMIN_PASSWORD, or by whoever opens the one-time setup link printed at start. Either way
 * only while the database has no staff at all, and only once.
 */

export const MIN_ADMIN_PASSWORD_LENGTH = MIN_STAFF_PASSWORD_LENGTH;
const SETUP_LINK_PURPOSE = "first_admin";
const SETUP_LINK_TTL_MS = 24 * 3600 * 1000;

export const adminPasswordSchema = staffPasswordSchema;

export const firstAdminSchema = z.strictObject({
  workspaceName: userText("The workspace name").trim().min(1, "Name the workspace.").max(80),
  name: userText("The name").trim().min(1, "Give the admin's name.").max(120),
  email: z.string().trim().toLowerCase().email("Give a valid email address.").max(254),
  password: adminPasswordSchema,
});
export type FirstAdmin = z.infer<typeof firstAdminSchema>;

/** The admin the environment asks for; an error message when the variables are set but unusable. */
export function firstAdminFromEnv(env: Record<string, string | undefined> = process.env): { admin: FirstAdmin | null; error?: string } {
  const email = env.DESK_ADMIN_EMAIL?.trim();
  const password = env.DESK_ADMIN_PASSWORD;
  if (!email && !password) return { admin: null };
  if (!email || !password) return { admin: null, error: "Set both DESK_ADMIN_EMAIL and DESK_ADMIN_PASSWORD, or neither." };
  const workspaceName = env.DESK_WORKSPACE_NAME?.trim() || "Support";
  const parsed = firstAdminSchema.safeParse({ workspaceName, name: "Admin", email, password });
  if (!parsed.success) {
    return { admin: null, error: `DESK_ADMIN_EMAIL/DESK_ADMIN_PASSWORD refused: ${parsed.error.issues.map((i) => i.message).join(" ")}` };
  }
  return { admin: parsed.data };
}

export function hasStaff(db: Db | Prisma.TransactionClient): Promise<boolean> {
  return db.user.count().then((n) => n > 0);
}

/** Creates the workspace (with the same default settings as every workspace) and its admin. */
export async function createFirstAdmin(db: Db | Prisma.TransactionClient, admin: FirstAdmin): Promise<{ workspaceId: string; slug: string }> {
  const base = workspaceSlug(admin.workspaceName);
  let slug = base;
  for (let n = 2; await db.workspace.findUnique({ where: { slug }, select: { id: true } }); n++) slug = `${base}-${n}`;
  const workspace = await db.workspace.create({ data: newWorkspaceData({ name: admin.workspaceName, slug }) });
  await db.user.create({
    data: {
      workspaceId: workspace.id,
      email: admin.email,
      name: admin.name,
      passwordHash: await bcrypt.hash(admin.password, 10),
      role: "admin",
      skills: [...AGENT_SKILLS],
      languages: ["en"],
      seniority: "lead",
    },
  });
  return { workspaceId: workspace.id, slug };
}

/** A new one-time setup link's token (only its hash is stored); valid 24 hours, until used. */
export async function createSetupLink(db: Db, now = new Date()): Promise<string> {
  return createOneTimeLink(db, { purpose: SETUP_LINK_PURPOSE, workspaceId: null, subject: {}, ttlMs: SETUP_LINK_TTL_MS }, now);
}

/** Whether `token` may still create the first admin: unused, unexpired, and nobody on staff yet. */
export async function isSetupLinkOpen(db: Db, token: string, now = new Date()): Promise<boolean> {
  if (!(await openOneTimeLink(db, SETUP_LINK_PURPOSE, token, now))) return false;
  return !(await hasStaff(db));
}

export type SetupOutcome = { ok: true; workspaceId: string; slug: string } | { ok: false; reason: "closed" };

/**
 * Uses the link: of two clicks (or two links opened at once) exactly one creates the workspace
 * and admin. The link is spent by a conditional update in the same transaction as the creation,
 * under the first-start lock; every other setup link is spent with it.
 */
export async function completeSetup(db: Db, token: string, admin: FirstAdmin, now = new Date()): Promise<SetupOutcome> {
  return withDatabaseLock(FIRST_START_LOCK, () =>
    db.$transaction(async (tx) => {
      if (await hasStaff(tx)) return { ok: false, reason: "closed" } as const;
      if (!(await spendOneTimeLink(tx, SETUP_LINK_PURPOSE, token, now))) return { ok: false, reason: "closed" } as const;
      const created = await createFirstAdmin(tx, admin);
      await tx.oneTimeLink.updateMany({ where: { purpose: SETUP_LINK_PURPOSE, consumedAt: null }, data: { consumedAt: now } });
      return { ok: true, ...created } as const;
    }),
  );
}
