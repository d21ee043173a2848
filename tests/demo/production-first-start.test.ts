import { after, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";

// A production desk on an empty database: no demo store, no demo sign-ins, and a first admin made
// only through the environment or the one-time setup link printed at start.
const dir = mkdtempSync(path.join(os.tmpdir(), "desk-production-"));
const savedEnv = { ...process.env };
process.env.DATABASE_URL = `file:${path.join(dir, "desk.db")}`;
process.env.DESK_MODE = "production";
delete process.env.DESK_ADMIN_EMAIL;
delete process.env.DESK_ADMIN_PASSWORD;

const { prepareDatabase, FirstStartRefused } = await import("../../lib/demo/prepare-database");
const { completeSetup, isSetupLinkOpen } = await import("../../lib/setup/first-admin");
const { getDb, disconnectDb } = await import("../../lib/db");
const { parseWorkspaceSettings, defaultWidgetSettings, defaultAuthorityLimits } = await import("../../lib/workspace/settings");

// next-auth's providers are CommonJS; loaded the way Next's server bundle loads them.
const { verifyStaffCredentials, DemoPasswordRefused } = createRequire(import.meta.url)("../../lib/auth/options.ts") as typeof import("../../lib/auth/options");

/** A restart: the previous start's connection is closed before the next start prepares the database. */
async function start() {
  await disconnectDb();
  return prepareDatabase();
}
after(async () => {
  await disconnectDb();
  process.env = savedEnv;
  rmSync(dir, { recursive: true, force: true });
});

const admin = { workspaceName: "Acme Outdoors", name: "Rita Vance", email: "rita@acme.test", password: "correct horse battery" };

test("a production start with no admin variables creates no demo data and prints a setup link instead of sign-ins", async () => {
  const first = await start();
  assert.equal(first.mode.mode, "production");
  assert.equal(first.seeded, false);
  assert.deepEqual(first.credentials, []);
  assert.ok(first.setupToken, "a setup link is printed");
  const db = await getDb();
  assert.equal(await db.workspace.count(), 0);
  assert.equal(await db.user.count(), 0);
  assert.equal(await db.customer.count(), 0);
  assert.equal(await isSetupLinkOpen(db, first.setupToken!), true);
  const stored = await db.oneTimeLink.findMany();
  assert.ok(stored.every((l) => l.tokenHash !== first.setupToken), "only a hash of the token is stored");
});

test("two clicks on the setup link create one workspace and one admin, with the default settings", async () => {
  // Every start until the first admin exists prints a new link; the older one stays valid.
  const second = await start();
  const db = await getDb();
  assert.equal(await db.oneTimeLink.count({ where: { consumedAt: null } }), 2);
  assert.ok(second.setupToken);
  const token = second.setupToken!;
  const tooShort = await import("../../lib/setup/first-admin").then((m) => m.firstAdminSchema.safeParse({ ...admin, password: "short-pw" }));
  assert.equal(tooShort.success, false, "passwords under 12 characters are refused");
  const demoPassword = await import("../../lib/setup/first-admin").then((m) => m.firstAdminSchema.safeParse({ ...admin, password: "supervisor-demo-2026" }));
  assert.equal(demoPassword.success, false, "a published demo password is refused");

  const outcomes = await Promise.all([completeSetup(db, token, admin), completeSetup(db, token, { ...admin, email: "mallory@evil.test" })]);
  assert.equal(outcomes.filter((o) => o.ok).length, 1, "exactly one click wins");
  assert.equal(await db.workspace.count(), 1);
  const users = await db.user.findMany();
  assert.equal(users.length, 1);
  assert.equal(users[0].role, "admin");
  const workspace = await db.workspace.findFirstOrThrow();
  assert.equal(workspace.slug, "acme-outdoors");
  const settings = parseWorkspaceSettings(workspace);
  assert.deepEqual(settings.widget, defaultWidgetSettings);
  assert.deepEqual(settings.authority, defaultAuthorityLimits);

  // Every setup link is spent now, the older one too: nobody can make a second admin with one.
  assert.equal(await isSetupLinkOpen(db, token), false);
  assert.equal(await db.oneTimeLink.count({ where: { consumedAt: null } }), 0);
  const third = await start();
  assert.equal(third.seeded, false);
  assert.equal(third.setupToken, null, "no link once an admin exists");
});

test("production sign-in refuses the published demo passwords and lets the real admin in", async () => {
  const staff = await verifyStaffCredentials({ email: admin.email, password: admin.password }, "203.0.113.9");
  assert.equal(staff?.email, admin.email);
  await assert.rejects(verifyStaffCredentials({ email: "admin@lumen.example", password: "admin-demo-2026" }, "203.0.113.9"), DemoPasswordRefused);
});

test("admin variables that are unusable stop a production start with a clear message", async () => {
  process.env.DESK_ADMIN_EMAIL = "ops@acme.test";
  process.env.DESK_ADMIN_PASSWORD = "short";
  await assert.rejects(start(), (e: Error) => e instanceof FirstStartRefused && /at least 12 characters/.test(e.message));
  process.env.DESK_ADMIN_PASSWORD = "admin-demo-2026";
  await assert.rejects(start(), (e: Error) => e instanceof FirstStartRefused && /published demo password/.test(e.message));
  delete process.env.DESK_ADMIN_PASSWORD;
  await assert.rejects(start(), /both DESK_ADMIN_EMAIL and DESK_ADMIN_PASSWORD/);
  delete process.env.DESK_ADMIN_EMAIL;
});
