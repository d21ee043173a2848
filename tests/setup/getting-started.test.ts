// After a production first start on an empty database, the first admin's checklist: everything
// to do in an empty workspace with no demo data, and each step done once the admin did it.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, test } from "node:test";

const dir = mkdtempSync(path.join(os.tmpdir(), "desk-getting-started-"));
const savedEnv = { ...process.env };
process.env.DATABASE_URL = `file:${path.join(dir, "desk.db")}`;
process.env.DESK_MODE = "production";
delete process.env.DESK_ADMIN_EMAIL;
delete process.env.DESK_ADMIN_PASSWORD;

const { prepareDatabase } = await import("../../lib/demo/prepare-database");
const { completeSetup } = await import("../../lib/setup/first-admin");
const { gettingStarted, stillSettingUp } = await import("../../lib/setup/getting-started");
const { inviteMember } = await import("../../lib/team/invitations");
const { settingsPatchSchema } = await import("../../lib/workspace/settings-sections");
const { updateWorkspaceSettings } = await import("../../lib/workspace/settings-update");
const { defaultBusinessHours } = await import("../../lib/workspace/settings");
const { getDb, disconnectDb } = await import("../../lib/db");

after(async () => {
  await disconnectDb();
  process.env = savedEnv;
  rmSync(dir, { recursive: true, force: true });
});

test("a new production workspace starts empty with every step to do, and each step is done when the admin did it", async () => {
  const start = await prepareDatabase();
  const db = await getDb();
  const setup = await completeSetup(db, start.setupToken!, { workspaceName: "Acme Outdoors", name: "Rita Vance", email: "rita@acme.test", password: "correct horse battery" });
  assert.ok(setup.ok);
  const admin = await db.user.findUniqueOrThrow({ where: { email: "rita@acme.test" } });
  const actor = { id: admin.id, workspaceId: admin.workspaceId };

  // No demo data: no articles, customers or orders; the checklist has everything to do.
  assert.deepEqual(await Promise.all([db.knowledgeArticle.count(), db.customer.count(), db.order.count()]), [0, 0, 0]);
  const empty = await gettingStarted(db, actor.workspaceId);
  assert.deepEqual(empty, { hoursSet: false, languagesSet: false, publishedArticles: 0, teamInvited: false });
  assert.equal(stillSettingUp(empty), true);

  await updateWorkspaceSettings(db, actor, settingsPatchSchema.parse({ timezone: "America/Denver", businessHours: { ...defaultBusinessHours, sun: [["10:00", "16:00"]] } }));
  await inviteMember(db, actor, { email: "sam@acme.test", role: "agent" }, "https://support.acme.test");
  await db.knowledgeArticle.create({ data: { workspaceId: actor.workspaceId, slug: "returns", title: "Returns", category: "returns", body: "Return within 30 days.", tags: [] } });

  const ready = await gettingStarted(db, actor.workspaceId);
  assert.deepEqual(ready, { hoursSet: true, languagesSet: false, publishedArticles: 1, teamInvited: true });
  assert.equal(stillSettingUp(ready), false);
});
