// What the people helping a customer read about their orders (the console's account panel, the
// handoff brief) comes from the business's own shop when order lookups go there: a real shop on a
// local port answers, or fails on purpose.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import type { Db } from "../../lib/db";
import { handleCustomerMessage } from "../../lib/agents/pipeline";
import { recentOrders } from "../../lib/business/recent-orders";
import type { HandoffBrief } from "../../lib/handoff/brief";
import { exampleShopConnector, startExampleShop, type ExampleShop } from "../../scripts/example-shop";
import { openDemoDatabase, startTestConversation } from "./pipeline-harness";

const TOKEN = "shop-secret-for-reads";
const SECRET_ENV = "DESK_TEST_READS_SHOP_TOKEN";

let db: Db;
let workspaceId: string;
let close: () => Promise<void>;
let shop: ExampleShop;
let settings: ReturnType<typeof exampleShopConnector>;

before(async () => {
  ({ db, workspaceId, close } = await openDemoDatabase());
  shop = await startExampleShop({ token: TOKEN, orders: [] });
  process.env[SECRET_ENV] = TOKEN;
  settings = exampleShopConnector(shop.baseURL, SECRET_ENV, { timeoutMs: 400, retries: 1 });
  await db.workspace.update({ where: { id: workspaceId }, data: { connectorSettings: settings as never } });
});
after(async () => {
  await shop.close();
  await close();
});

/** A demo customer who has orders in the desk's demo tables, and one different order in the shop. */
async function customerKnownToBoth(skip: number) {
  const row = await db.customer.findFirstOrThrow({ where: { workspaceId, orders: { some: {} }, conversations: { none: {} } }, orderBy: { createdAt: "asc" }, skip });
  const number = String(83_000 + skip);
  shop.orders.set(number, { id: number, customer_email: row.email, state: "shipped", total_cents: 77_00, refunded_cents: 0, placed_at: new Date().toISOString(), lines: ["Lamp"], tracking: null });
  return { row, number, customer: { id: row.id, externalId: row.externalId, email: row.email, name: row.name } };
}

test("the account panel's orders are the shop's when order lookups go to it, and the demo tables' when they do not", async () => {
  const { row, number, customer } = await customerKnownToBoth(0);
  const fromShop = await recentOrders(db, { workspaceId, customer, stored: settings, take: 5, now: new Date() });
  assert.deepEqual(fromShop.orders.map((o) => [o.number, o.status, o.totalCents]), [[number, "shipped", 77_00]]);
  assert.equal(fromShop.unreachable, null);

  const fromDemo = await recentOrders(db, { workspaceId, customer, stored: null, take: 5, now: new Date() });
  const demoNumbers = (await db.order.findMany({ where: { customerId: row.id }, orderBy: { placedAt: "desc" }, take: 5 })).map((o) => o.number);
  assert.deepEqual(fromDemo.orders.map((o) => o.number), demoNumbers);
  assert.ok(!demoNumbers.includes(number));
});

test("a shop that fails is said to be unreachable, with its reason, instead of showing the desk's own orders", async () => {
  const { customer } = await customerKnownToBoth(1);
  shop.failNext("/api/orders/", "http_503", "http_503");
  const failed = await recentOrders(db, { workspaceId, customer, stored: settings, take: 5, now: new Date() });
  assert.deepEqual(failed.orders, []);
  assert.match(failed.unreachable ?? "", /HTTP 503.*after 2 attempts/);
});

async function briefAfterAskingForAPerson(customerId: string): Promise<HandoffBrief> {
  const conversation = await startTestConversation(db, workspaceId, customerId, true);
  await (await handleCustomerMessage({ conversationId: conversation.id, body: "I want to talk to a human agent please" })).turn;
  const event = await db.conversationEvent.findFirstOrThrow({ where: { conversationId: conversation.id, type: "handoff_brief" } });
  return (event.payload as unknown as { brief: HandoffBrief }).brief;
}

test("the handoff brief lists the shop's orders, or says the shop could not be reached", async () => {
  const reached = await customerKnownToBoth(2);
  const brief = await briefAfterAskingForAPerson(reached.row.id);
  assert.deepEqual(brief.context.recent_orders.map((o) => [o.number, o.total]), [[reached.number, 77]]);
  assert.equal(brief.context.recent_orders_unavailable, null);

  const unreached = await customerKnownToBoth(3);
  shop.failNext("/api/orders/", "http_500", "http_500");
  const without = await briefAfterAskingForAPerson(unreached.row.id);
  assert.deepEqual(without.context.recent_orders, [], "no stale orders from the desk's tables");
  assert.match(without.context.recent_orders_unavailable ?? "", /^Could not reach the shop: GET .*HTTP 500.*after 2 attempts/);
});
