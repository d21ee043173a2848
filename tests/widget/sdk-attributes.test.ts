// What the SDK's boot/update tell the desk about a signed-in customer: stored on the customer
// within limits, only for an identity the site signed, and put in front of the person who takes
// the handoff.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { createDb, type Db } from "../../lib/db/index";
import { escalateToHuman } from "../../lib/handoff/escalate";
import { MAX_ATTRIBUTES, mergeAttributes } from "../../lib/widget/attributes";
import { identityHash } from "../../lib/widget/identity";
import { openWidgetSession } from "../../lib/widget/session";
import { parseWorkspaceSettings } from "../../lib/workspace/settings";
import { widgetSessionBody } from "../../app/api/widget/session/schema";
import { createWorkspace, sqliteDatabase, type TestDatabase } from "../fixtures/test-database";

const SECRET = "sdk-attributes-secret";
const SLUG = "sdk-shop";
const WIDGET_SECRET = `${SLUG}-widget-secret`;
let database: TestDatabase;
let db: Db;
let workspaceId: string;

before(async () => {
  database = await sqliteDatabase();
  db = await createDb(database.url);
  workspaceId = (await createWorkspace(db, SLUG)).id;
  await db.customer.create({ data: { workspaceId, externalId: "cus_ada", name: "Ada Park", email: "ada@example.com" } });
});
after(async () => {
  await db?.$disconnect();
  await database?.drop();
});

const signed = (userId: string) => ({ userId, userHash: identityHash(userId, WIDGET_SECRET) });

test("boot's attributes are stored on the signed-in customer and update merges into them", async () => {
  const booted = await openWidgetSession(db, { workspace: SLUG, ...signed("cus_ada"), attributes: { plan: "pro", seats: 12, beta: true } }, SECRET);
  assert.ok(booted.ok);
  const resume = { conversationId: booted.session.conversationId, token: booted.session.token };
  const updated = await openWidgetSession(db, { workspace: SLUG, ...signed("cus_ada"), resume, attributes: { seats: 14, beta: null, company: "Acme" } }, SECRET);
  assert.ok(updated.ok && updated.session.resumed);
  const customer = await db.customer.findUniqueOrThrow({ where: { workspaceId_externalId: { workspaceId, externalId: "cus_ada" } } });
  assert.deepEqual(customer.attributes, { plan: "pro", seats: 14, company: "Acme" });
});

test("the attributes reach the handoff brief", async () => {
  const opened = await openWidgetSession(db, { workspace: SLUG, ...signed("cus_ada"), attributes: { plan: "enterprise" } }, SECRET);
  assert.ok(opened.ok);
  const workspace = await db.workspace.findUniqueOrThrow({ where: { id: workspaceId } });
  const escalation = await escalateToHuman(db, opened.session.conversationId, 0, parseWorkspaceSettings(workspace), "UTC", { type: "customer" }, new Date());
  assert.ok(escalation);
  assert.equal(escalation.brief.customer.name, "Ada Park");
  assert.equal(escalation.brief.customer.attributes.plan, "enterprise");
  assert.equal(escalation.brief.customer.attributes.company, "Acme");
});

test("a site's signed-in customer the desk has not met is created from boot's name and email", async () => {
  const opened = await openWidgetSession(db, { workspace: SLUG, ...signed("cus_new"), name: "Bo Lind", email: "Bo@Example.com", attributes: { plan: "free" } }, SECRET);
  assert.ok(opened.ok);
  assert.deepEqual(opened.session.customer, { name: "Bo", verified: true });
  const customer = await db.customer.findUniqueOrThrow({ where: { workspaceId_externalId: { workspaceId, externalId: "cus_new" } } });
  assert.equal(customer.email, "bo@example.com");
  assert.deepEqual(customer.attributes, { plan: "free" });
});

test("an email that belongs to another customer is not taken over by a new id", async () => {
  const opened = await openWidgetSession(db, { workspace: SLUG, ...signed("cus_mallory"), email: "ada@example.com", attributes: { plan: "free" } }, SECRET);
  assert.ok(opened.ok);
  assert.deepEqual(opened.session.customer, { verified: false });
  const ada = await db.customer.findFirstOrThrow({ where: { workspaceId, email: "ada@example.com" } });
  assert.equal(ada.externalId, "cus_ada");
  assert.equal((ada.attributes as Record<string, unknown>).plan, "enterprise");
});

test("attributes without a valid identity hash are not stored anywhere", async () => {
  const before = await db.customer.count();
  const opened = await openWidgetSession(db, { workspace: SLUG, userId: "cus_ada", userHash: "0".repeat(64), attributes: { plan: "free" } }, SECRET);
  assert.ok(opened.ok);
  assert.deepEqual(opened.session.customer, { verified: false });
  assert.equal(await db.customer.count(), before);
  const ada = await db.customer.findFirstOrThrow({ where: { workspaceId, externalId: "cus_ada" } });
  assert.equal((ada.attributes as Record<string, unknown>).plan, "enterprise");
});

test("an update that would take a customer over the limits is refused whole, with the reason", async () => {
  const many = Object.fromEntries(Array.from({ length: MAX_ATTRIBUTES }, (_, i) => [`k${i}`, i]));
  const stored = (await db.customer.findFirstOrThrow({ where: { workspaceId, externalId: "cus_ada" } })).attributes;
  const refused = await openWidgetSession(db, { workspace: SLUG, ...signed("cus_ada"), attributes: many }, SECRET);
  assert.deepEqual(refused, { ok: false, status: 400, error: `A customer can have at most ${MAX_ATTRIBUTES} attributes.` });
  const ada = await db.customer.findFirstOrThrow({ where: { workspaceId, externalId: "cus_ada" } });
  assert.deepEqual(ada.attributes, stored, "nothing of the refused update was stored");

  const big = mergeAttributes({}, Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`note${i}`, "x".repeat(500)])));
  assert.deepEqual(big, { ok: false, error: "A customer's attributes are limited to 8 KB in all." });
});

test("the session request refuses malformed attributes with a helpful message", () => {
  const badKey = widgetSessionBody.safeParse({ workspace: SLUG, attributes: { "has space": 1 } });
  assert.ok(!badKey.success);
  assert.match(badKey.error.issues[0]!.message, /"has space": attribute names start with a letter/);
  const nested = widgetSessionBody.safeParse({ workspace: SLUG, attributes: { plan: { tier: "pro" } } });
  assert.ok(!nested.success);
  const long = widgetSessionBody.safeParse({ workspace: SLUG, attributes: { bio: "x".repeat(501) } });
  assert.ok(!long.success);
  assert.ok(long.error.issues.some((i) => /limited to 500 characters/.test(i.message) || i.code === "invalid_union"));
  assert.ok(widgetSessionBody.safeParse({ workspace: SLUG, attributes: { plan: "pro", seats: 3, beta: false, old: null } }).success);
});
