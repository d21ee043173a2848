import bcrypt from "bcryptjs";
import { applyMigrations } from "../db/migrate";
import { getDb, type Db } from "../db";
import { FIRST_START_LOCK, withDatabaseLock } from "../db/database-lock";
import { deskMode, type DeskModeDecision } from "../desk-mode";
import { createFirstAdmin, createSetupLink, firstAdminFromEnv, hasStaff, type FirstAdmin } from "../setup/first-admin";
import { demoPasswords } from "./people";
import { demoCredentials, seedDemoWorkspace, type DemoCredential } from "./seed";
import { findDemoStore } from "./shoppers";

export interface PreparedDatabase {
  mode: DeskModeDecision;
  /** Demo mode: the demo store was created on this start. */
  seeded: boolean;
  /** Demo mode: the demo sign-ins to print (none when the database has no demo store). */
  credentials: DemoCredential[];
  /** Production: the admin DESK_ADMIN_EMAIL made on this start, or whose demo password it replaced. */
  envAdmin: { email: string; action: "created" | "password_replaced" } | null;
  /** Production with no staff yet: the token of a new one-time link that creates the first admin. */
  setupToken: string | null;
  /** Production on a database that holds the demo store, whose accounts cannot sign in here. */
  holdsDemoStore: boolean;
}

/** A start that must not go on (bad DESK_MODE or first-admin variables); the message says why. */
export class FirstStartRefused extends Error {}

async function hasPublishedDemoPassword(passwordHash: string): Promise<boolean> {
  for (const password of Object.values(demoPasswords)) if (await bcrypt.compare(password, passwordHash)) return true;
  return false;
}

/**
 * Production: the first workspace and admin from the environment, or a setup link while nobody
 * is on staff. An admin locked out because their account still has a published demo password
 * (a database that began as the demo) gets DESK_ADMIN_PASSWORD instead.
 */
async function prepareProduction(db: Db, admin: FirstAdmin | null): Promise<Pick<PreparedDatabase, "envAdmin" | "setupToken">> {
  if (!(await hasStaff(db))) {
    if (!admin) return { envAdmin: null, setupToken: await createSetupLink(db) };
    await db.$transaction((tx) => createFirstAdmin(tx, admin));
    return { envAdmin: { email: admin.email, action: "created" }, setupToken: null };
  }
  const user = admin ? await db.user.findUnique({ where: { email: admin.email } }) : null;
  if (admin && user?.role === "admin" && (await hasPublishedDemoPassword(user.passwordHash))) {
    await db.user.update({ where: { id: user.id }, data: { passwordHash: await bcrypt.hash(admin.password, 10) } });
    return { envAdmin: { email: admin.email, action: "password_replaced" }, setupToken: null };
  }
  return { envAdmin: null, setupToken: null };
}

/**
 * Run at every start: brings the schema up to date, then does the first start's work for the
 * mode (see lib/desk-mode.ts). Demo: the demo store on an empty database. Production: the first
 * admin. That work holds the database's first-start lock, so of several instances starting at
 * once on an empty database one does it and the others wait and find it done.
 */
export async function prepareDatabase(): Promise<PreparedDatabase> {
  const env = process.env;
  let mode: DeskModeDecision;
  try {
    mode = deskMode(env);
  } catch (error) {
    throw new FirstStartRefused((error as Error).message);
  }
  const fromEnv = mode.mode === "production" ? firstAdminFromEnv(env) : { admin: null };
  if (fromEnv.error) throw new FirstStartRefused(fromEnv.error);

  await applyMigrations();
  const db = await getDb();
  const prepared = await withDatabaseLock(FIRST_START_LOCK, async () => {
    if (mode.mode === "production") return { seeded: false, ...(await prepareProduction(db, fromEnv.admin)) };
    const seeded = (await db.workspace.count()) === 0;
    if (seeded) await seedDemoWorkspace(db);
    return { seeded, envAdmin: null, setupToken: null };
  });
  const demoStore = (await findDemoStore(db)) !== null;
  return {
    mode,
    ...prepared,
    credentials: mode.mode === "demo" && demoStore ? demoCredentials() : [],
    holdsDemoStore: mode.mode === "production" && demoStore,
  };
}
