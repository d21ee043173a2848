// Connector settings as an admin saves and tests them: what the schema refuses, how a shop's
// answer is mapped, and "test this action" against a real local shop.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import type { Db } from "../../lib/db";
import { connectorSettingsBody } from "../../app/api/admin/connectors/schema";
import { connectorTestBody } from "../../app/api/admin/connectors/test/schema";
import { readConnectorSettings, routeOf } from "../../lib/business/connector-settings";
import { ConnectorFailure } from "../../lib/business/connector";
import { testConnectorAction } from "../../lib/business/connector-test";
import { workspaceConnector } from "../../lib/business/workspace-connector";
import { fillTemplate, fillUrl, mapResponse } from "../../lib/business/json-mapping";
import { exampleShopConnector, startExampleShop, type ExampleShop } from "../../scripts/example-shop";
import { openDemoDatabase } from "../agents/pipeline-harness";

const SECRET_ENV = "DESK_SETTINGS_TEST_SHOP_TOKEN";
let db: Db;
let workspaceId: string;
let close: () => Promise<void>;
let shop: ExampleShop;

before(async () => {
  ({ db, workspaceId, close } = await openDemoDatabase());
  shop = await startExampleShop({ token: "t0ken", orders: [{ id: "91001", customer_email: "pat@example.net", state: "paid", total_cents: 20_00, refunded_cents: 0, placed_at: new Date().toISOString(), lines: ["Mug"], tracking: null }] });
  process.env[SECRET_ENV] = "t0ken";
  // The test shop runs on this machine, which the desk calls only when the workspace allows it.
  await allowPrivateNetworks(true);
});
after(async () => {
  await shop.close();
  await close();
});

async function allowPrivateNetworks(allowed: boolean) {
  await db.workspace.update({ where: { id: workspaceId }, data: { connectorSettings: { actions: {}, allowPrivateNetworks: allowed } } });
}

function issues(value: unknown): string {
  const parsed = connectorSettingsBody.safeParse(value);
  assert.equal(parsed.success, false, `accepted ${JSON.stringify(value)}`);
  return parsed.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
}

const endpoint = { type: "http", url: "https://shop.example/api/orders/{{orderNumber}}", method: "GET" };

test("the example shop's settings are valid, and what is left out goes to the demo store", () => {
  const parsed = connectorSettingsBody.parse({ settings: exampleShopConnector("http://127.0.0.1:4010", "SHOP_API_TOKEN") });
  assert.equal(routeOf(parsed.settings, "refund").type, "http");
  assert.equal(routeOf(parsed.settings, "emailChange").type, "demo");
});

test("settings that would store a secret, call a non-web address or carry unknown keys are refused with a reason", () => {
  assert.match(issues({ settings: { actions: { lookupOrder: { ...endpoint, auth: { header: "Authorization", secretEnv: "sk_live_abc123" } } } } }), /environment variable/);
  assert.match(issues({ settings: { actions: { lookupOrder: { ...endpoint, url: "file:///etc/passwd" } } } }), /http:\/\/ or https:\/\//);
  assert.match(issues({ settings: { actions: { lookupOrder: { ...endpoint, token: "abc" } } } }), /token/);
  assert.match(issues({ settings: { actions: { teleport: { type: "demo" } } } }), /teleport/);
  assert.match(issues({ settings: { actions: { refund: { ...endpoint, timeoutMs: 120_000 } } } }), /timeoutMs/);
  assert.match(issues({ settings: { actions: { lookupOrder: { ...endpoint, request: { order: "{{orderNumber}}" } } } } }), /sends no body/);
});

test("stored settings that no longer read send no action anywhere, rather than to the demo store", () => {
  const { settings, problem } = readConnectorSettings({ actions: { refund: { type: "http", url: "nope" } } });
  assert.ok(problem);
  assert.equal(routeOf(settings, "refund").type, "none");
  assert.equal(routeOf(settings, "lookupOrder").type, "none");
  assert.deepEqual(readConnectorSettings(null), { settings: { actions: {}, allowPrivateNetworks: false }, problem: null });
});

test("request templates keep types, URLs encode what they carry, and answers are mapped to the desk's fields", () => {
  const input = { orderNumber: "12/3", amountCents: 1500, customer: { email: "a+b@example.net" } };
  assert.deepEqual(fillTemplate({ amount: "{{amountCents}}", note: "order {{orderNumber}}", fixed: true }, input), { amount: 1500, note: "order 12/3", fixed: true });
  assert.equal(fillUrl("https://shop.example/orders/{{orderNumber}}?email={{customer.email}}", input), "https://shop.example/orders/12%2F3?email=a%2Bb%40example.net");
  const mapping = { outcome: { from: "{{data.state}}", map: { ok: "refunded", no: "refused" }, otherwise: "unknown" }, amountCents: "{{data.cents}}", "detail.why": "{{data.msg}}" };
  assert.deepEqual(mapResponse(mapping, { data: { state: "ok", cents: 900 } }), { outcome: "refunded", amountCents: 900 });
  assert.deepEqual(mapResponse(mapping, { data: { state: "??", msg: "x" } }), { outcome: "unknown", detail: { why: "x" } });
  assert.deepEqual(mapResponse({}, { as: "is" }), { as: "is" });
});

test("'test this action' reads the shop through the drafted settings and shows what the desk understood", async () => {
  const route = exampleShopConnector(shop.baseURL, SECRET_ENV).actions.lookupOrder!;
  const body = connectorTestBody.parse({ action: "lookupOrder", route, sample: { customerEmail: "pat@example.net", orderNumber: "91001" } });
  const outcome = await testConnectorAction(db, { workspaceId, userId: "admin", ...body });
  assert.equal(outcome.ok, true);
  const { order } = (outcome as { result: { order: { number: string; status: string; totalCents: number; items: string[] } } }).result;
  assert.deepEqual([order.number, order.status, order.totalCents, order.items], ["91001", "paid", 20_00, ["Mug"]]);
});

test("'test this action' names what went wrong: a missing example field, a wrong token, an answer of the wrong shape", async () => {
  const settings = exampleShopConnector(shop.baseURL, SECRET_ENV, { retries: 0 });
  const refund = connectorTestBody.parse({ action: "refund", route: settings.actions.refund, sample: { customerEmail: "pat@example.net", orderNumber: "91001" } });
  assert.deepEqual(await testConnectorAction(db, { workspaceId, userId: "admin", ...refund }), { ok: false, kind: "invalid_example", detail: "An amount is needed to test this action.", attempts: 0 });

  process.env[SECRET_ENV] = "wrong";
  try {
    const lookup = connectorTestBody.parse({ action: "lookupOrder", route: settings.actions.lookupOrder, sample: { customerEmail: "pat@example.net", orderNumber: "91001" } });
    const refused = await testConnectorAction(db, { workspaceId, userId: "admin", ...lookup });
    assert.equal(refused.ok, false);
    assert.match((refused as { detail: string }).detail, /HTTP 401/);
  } finally {
    process.env[SECRET_ENV] = "t0ken";
  }

  // The lookup endpoint answered for a cancellation: its fields are not a cancellation's.
  const wrongShape = connectorTestBody.parse({ action: "cancelOrder", route: { ...settings.actions.lookupOrder, response: {} }, sample: { customerEmail: "pat@example.net", orderNumber: "91001" } });
  const misread = await testConnectorAction(db, { workspaceId, userId: "admin", ...wrongShape });
  assert.equal(misread.ok, false);
  assert.equal((misread as { kind: string }).kind, "invalid_response");
  assert.equal(shop.orders.get("91001")!.state, "paid", "nothing was cancelled");
});

test("the desk never calls a link-local or cloud-metadata address, and a private one only when the workspace allows it", async () => {
  const lookup = exampleShopConnector(shop.baseURL, SECRET_ENV, { retries: 0 }).actions.lookupOrder!;
  if (lookup.type !== "http") throw new Error("the example shop's order lookup is an HTTP endpoint");
  const sample = { customerEmail: "pat@example.net", orderNumber: "91001" };
  const tryRoute = (url: string) => testConnectorAction(db, { workspaceId, userId: "admin", ...connectorTestBody.parse({ action: "lookupOrder", route: { ...lookup, url }, sample }) });

  for (const url of ["http://169.254.169.254/latest/meta-data/{{orderNumber}}", "http://[fd00:ec2::254]/{{orderNumber}}", "http://[::ffff:169.254.169.254]/{{orderNumber}}"]) {
    const refused = await tryRoute(url);
    assert.equal(refused.ok, false, url);
    assert.match((refused as { detail: string }).detail, /was not called: .*link-local or cloud-metadata/, url);
  }

  const before = shop.requests.length;
  await allowPrivateNetworks(false);
  try {
    const refused = await tryRoute(lookup.url);
    assert.match((refused as { detail: string }).detail, /127\.0\.0\.1 is on a private network or this machine; allow private networks/);
    const viaName = await tryRoute(lookup.url.replace("127.0.0.1", "localhost"));
    assert.match((viaName as { detail: string }).detail, /localhost resolves to (127\.0\.0\.1|::1), on a private network/);
    assert.equal(shop.requests.length, before, "the shop on this machine was not called");

    // The AI's own calls go through the same connector and are refused the same way.
    const connector = workspaceConnector({ db, workspaceId, actor: { type: "ai", id: "transactions" }, now: new Date(), stored: { actions: { lookupOrder: lookup } } });
    await assert.rejects(
      connector.run("lookupOrder", { customer: { id: "c", externalId: null, email: "pat@example.net", name: "Pat" }, input: { orderNumber: "91001" }, idempotencyKey: "k" }),
      (error: unknown) => error instanceof ConnectorFailure && error.kind === "not_configured" && /private network/.test(error.detail),
    );
    assert.equal(shop.requests.length, before);
  } finally {
    await allowPrivateNetworks(true);
  }
  assert.equal((await tryRoute(lookup.url)).ok, true, "allowed again, the shop answers");
});
