// Admin-edited workspace settings against a fresh database: what the form and the API refuse,
// the audit row of every save, and that a save changes what customers get on the next request
// (opening hours for routing and the widget, allowed sites for the widget's loader and chat).
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { disconnectDb, getDb, type Db } from "../../lib/db/index";
import { routeToHuman } from "../../lib/handoff/routing";
import { inviteMember } from "../../lib/team/invitations";
import { siteAllowed } from "../../lib/widget/allowed-sites";
import { openWidgetSession } from "../../lib/widget/session";
import { parseWorkspaceSettings, defaultBusinessHours, defaultWidgetSettings } from "../../lib/workspace/settings";
import { settingsPatchSchema } from "../../lib/workspace/settings-sections";
import { updateWorkspaceSettings } from "../../lib/workspace/settings-update";
import { createWorkspace, sqliteDatabase, type TestDatabase } from "../fixtures/test-database";

// Saturday 28 November 2026, 16:00 in Berlin (15:00 UTC).
const SATURDAY_AFTERNOON = new Date("2026-11-28T15:00:00Z");

const refusal = (value: unknown) => {
  const parsed = settingsPatchSchema.safeParse(value);
  assert.equal(parsed.success, false, `expected ${JSON.stringify(value)} to be refused`);
  return parsed.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
};

test("the settings schema refuses what would break the desk, saying which field and why", () => {
  assert.match(refusal({ widget: { ...defaultWidgetSettings, color: "red" } }), /widget\.color/);
  assert.match(refusal({ widget: { ...defaultWidgetSettings, allowedSites: ["https://shop.example/checkout"] } }), /without a path/);
  assert.match(refusal({ widget: { ...defaultWidgetSettings, surprise: true } }), /surprise/);
  assert.match(refusal({ timezone: "Mars/Olympus" }), /IANA time zone/);
  assert.match(refusal({ businessHours: { ...defaultBusinessHours, holidays: ["25/12/2026"] } }), /2026-12-25/);
  assert.match(refusal({ businessHours: { ...defaultBusinessHours, mon: [["18:00", "09:00"]] } }), /businessHours\.mon\.0: A range closes after it opens/);
  assert.match(refusal({ businessHours: { ...defaultBusinessHours, tue: [["9", "17:00"]] } }), /HH:MM/);
  assert.match(refusal({ email: { replyTo: "not an address" } }), /reply-to/);
  assert.match(refusal({ retention: { resolvedConversationDays: 0 } }), /retention\.resolvedConversationDays/);
  assert.match(refusal({ sla: { free: { firstResponseSeconds: -1, resolutionSeconds: 60 }, pro: { firstResponseSeconds: 1, resolutionSeconds: 1 }, premium: { firstResponseSeconds: 1, resolutionSeconds: 1 }, enterprise: { firstResponseSeconds: 1, resolutionSeconds: 1 } } }), /sla\.free\.firstResponseSeconds/);
  assert.equal(settingsPatchSchema.safeParse({ widget: { ...defaultWidgetSettings, allowedSites: ["https://*.shop.example", "http://localhost:3000"] } }).success, true);
});

test("allowed sites admit the listed origins and their wildcard subdomains, and always the desk itself", () => {
  const sites = ["https://shop.example", "https://*.brand.example"];
  assert.equal(siteAllowed([], "https://anyone.example"), true);
  assert.equal(siteAllowed(sites, "https://shop.example"), true);
  assert.equal(siteAllowed(sites, "https://shop.example/cart?x=1"), true);
  assert.equal(siteAllowed(sites, "http://shop.example"), false);
  assert.equal(siteAllowed(sites, "https://shop.example:8443"), false);
  assert.equal(siteAllowed(sites, "https://evil-shop.example"), false);
  assert.equal(siteAllowed(sites, "https://eu.brand.example"), true);
  assert.equal(siteAllowed(sites, "https://brand.example.evil.test"), false);
  assert.equal(siteAllowed(sites, null), false);
  assert.equal(siteAllowed(sites, "https://desk.example/demo", ["https://desk.example"]), true);
});

describe("saving settings", () => {
  let database: TestDatabase;
  let db: Db;

  before(async () => {
    database = await sqliteDatabase();
    process.env.DATABASE_URL = database.url;
    process.env.AUTH_SECRET = "settings-editing-secret";
    db = await getDb();
  });
  after(async () => {
    await disconnectDb();
    await database?.drop();
  });

  async function adminOf(slug: string) {
    const workspace = await createWorkspace(db, slug);
    const admin = await db.user.create({ data: { workspaceId: workspace.id, email: `admin@${slug}.example`, name: "Ada", passwordHash: "x", role: "admin", skills: [], languages: ["en"] } });
    return { workspace, actor: { id: admin.id, workspaceId: workspace.id } };
  }

  test("Saturday afternoon hours open the desk then, for routing and the widget, with one audit row per part", async () => {
    const { workspace, actor } = await adminOf("hours");
    const agents = [{ id: "a1", name: "Olga Online", skills: ["orders"], languages: ["en"], seniority: "senior" as const, presence: "online" as const, activeChats: 0, maxConcurrentChats: 3 }];
    const route = async () => {
      const row = await db.workspace.findUniqueOrThrow({ where: { id: workspace.id } });
      return routeToHuman({ intent: null, category: null, tier: null, language: "en", hours: { businessHours: parseWorkspaceSettings(row).businessHours, timezone: row.timezone } }, agents, SATURDAY_AFTERNOON);
    };
    assert.match((await route()).reason, /Outside business hours/);
    const widgetOpen = async () => {
      const opened = await openWidgetSession(db, { workspace: "hours" }, "settings-editing-secret", SATURDAY_AFTERNOON);
      assert.ok(opened.ok);
      return opened.session.availability.withinHours;
    };
    assert.equal(await widgetOpen(), false);

    await updateWorkspaceSettings(db, actor, settingsPatchSchema.parse({ timezone: "Europe/Berlin", businessHours: { ...defaultBusinessHours, sat: [["10:00", "18:00"]] } }));
    const open = await route();
    assert.equal(open.agentId, "a1");
    assert.equal(await widgetOpen(), true);

    const audits = await db.auditLog.findMany({ where: { workspaceId: workspace.id, action: "workspace.hours_changed" } });
    assert.deepEqual(audits.map((a) => (a.detail as { setting: string }).setting).sort(), ["businessHours", "timezone"]);
    assert.equal((audits.find((a) => (a.detail as { setting: string }).setting === "timezone")!.detail as { before: string }).before, "UTC");

    // A holiday closes the same Saturday again.
    await updateWorkspaceSettings(db, actor, settingsPatchSchema.parse({ businessHours: { ...defaultBusinessHours, sat: [["10:00", "18:00"]], holidays: ["2026-11-28"] } }));
    assert.match((await route()).reason, /Outside business hours/);
  });

  test("allowed sites refuse the widget's loader and chat session elsewhere, from the next request on", async () => {
    const { actor } = await adminOf("sites");
    const { GET } = await import("../../app/api/widget/config/route");
    const { POST } = await import("../../app/api/widget/session/route");
    const { NextRequest } = await import("next/server");
    const config = (origin: string) => GET(new NextRequest("http://desk.test/api/widget/config?workspace=sites", { headers: { origin } }));
    const session = (pageUrl: string) =>
      POST(new Request("http://desk.test/api/widget/session", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ workspace: "sites", pageUrl }) }));

    assert.equal((await config("https://copycat.example")).status, 200);
    await updateWorkspaceSettings(db, actor, settingsPatchSchema.parse({ widget: { ...defaultWidgetSettings, allowedSites: ["https://shop.example"] } }));

    const refused = await config("https://copycat.example");
    assert.equal(refused.status, 403);
    assert.match(((await refused.json()) as { error: string }).error, /not available on this site/);
    assert.equal((await config("https://shop.example")).status, 200);
    assert.equal((await session("https://copycat.example/product/1")).status, 403);
    assert.equal((await session("https://shop.example/product/1")).status, 200);
    assert.equal(await db.auditLog.count({ where: { workspaceId: actor.workspaceId, action: "workspace.widget_changed" } }), 1);
  });

  test("email sender and retention saves are stored, audited and read back", async () => {
    const { workspace, actor } = await adminOf("mail");
    const changed = await updateWorkspaceSettings(db, actor, settingsPatchSchema.parse({ email: { senderName: "Acme Support", replyTo: "help@acme.example" }, retention: { resolvedConversationDays: 30, sentEmailDays: 7 } }));
    assert.deepEqual(changed.sort(), ["email", "retention"]);
    const settings = parseWorkspaceSettings(await db.workspace.findUniqueOrThrow({ where: { id: workspace.id } }));
    assert.deepEqual(settings.email, { senderName: "Acme Support", replyTo: "help@acme.example" });
    assert.deepEqual(settings.retention, { resolvedConversationDays: 30, sentEmailDays: 7 });
    assert.equal(await db.auditLog.count({ where: { workspaceId: workspace.id, action: { in: ["workspace.email_changed", "workspace.retention_changed"] } } }), 2);

    // The next email goes out as the new sender.
    await inviteMember(db, actor, { email: "new@mail.example", role: "agent" }, "https://desk.example");
    const mail = await db.outboundEmail.findFirstOrThrow({ where: { workspaceId: workspace.id, to: "new@mail.example" } });
    assert.match(mail.sender ?? "", /^"Acme Support" </);
    assert.equal(mail.replyTo, "help@acme.example");
  });
});
