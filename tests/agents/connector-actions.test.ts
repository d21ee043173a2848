// The AI acting on a business's own systems through the HTTP connector: a real shop on a local
// port answers (or fails on purpose), and conversations run through the pipeline against it.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import type { Db } from "../../lib/db";
import { handleCustomerMessage } from "../../lib/agents/pipeline";
import type { HandoffBrief } from "../../lib/handoff/brief";
import { exampleShopConnector, startExampleShop, type ExampleShop } from "../../scripts/example-shop";
import { getModel, openAICompatibleChoice, setModel } from "../../lib/models/provider";
import { isTriageRequest, startFakeModelServer } from "../support/openai-compatible-server";
import { openDemoDatabase, startTestConversation } from "./pipeline-harness";

const TOKEN = "shop-secret-for-tests";
const SECRET_ENV = "DESK_TEST_SHOP_TOKEN";

let db: Db;
let workspaceId: string;
let close: () => Promise<void>;
let shop: ExampleShop;

before(async () => {
  ({ db, workspaceId, close } = await openDemoDatabase());
  shop = await startExampleShop({ token: TOKEN, orders: [] });
  process.env[SECRET_ENV] = TOKEN;
  // A short timeout keeps the hanging shop's three attempts quick; the shop never answers them at all.
  const settings = exampleShopConnector(shop.baseURL, SECRET_ENV, { timeoutMs: 400, retries: 2 });
  await db.workspace.update({ where: { id: workspaceId }, data: { connectorSettings: settings as never } });
});
after(async () => {
  await shop.close();
  await close();
});

let cases = 0;

/** A verified customer of the desk with one delivered order in the shop; a new customer each time, so no test looks like another's repeat contact. */
async function customerWithShopOrder(totalCents = 60_00) {
  const n = cases++;
  const customer = await db.customer.findFirstOrThrow({ where: { workspaceId }, orderBy: { createdAt: "asc" }, skip: 20 + n });
  const number = String(81_000 + n);
  shop.orders.set(number, {
    id: number,
    customer_email: customer.email,
    state: "delivered",
    total_cents: totalCents,
    refunded_cents: 0,
    placed_at: new Date(Date.now() - 5 * 24 * 3600 * 1000).toISOString(),
    lines: ["Walnut desk organiser"],
    tracking: "1Z999AA10123456784",
  });
  const conversation = await startTestConversation(db, workspaceId, customer.id, true);
  return { customer, number, conversation };
}

async function say(conversationId: string, body: string) {
  const sent = await handleCustomerMessage({ conversationId, body });
  return sent.turn;
}

async function transcript(conversationId: string) {
  return db.message.findMany({ where: { conversationId, author: { in: ["ai", "system"] } }, orderBy: { seq: "asc" } });
}

async function briefOf(conversationId: string): Promise<HandoffBrief> {
  const event = await db.conversationEvent.findFirstOrThrow({ where: { conversationId, type: "handoff_brief" } });
  return (event.payload as unknown as { brief: HandoffBrief }).brief;
}

const refundRequests = (number: string) => shop.requests.filter((r) => r.path === "/api/refunds" && (r.body as { order?: string }).order === number);

test("an order lookup reads the shop's order, with its token, in the shop's own field names", async () => {
  const { number, conversation } = await customerWithShopOrder();
  await say(conversation.id, `where is my order ${number}?`);
  const [reply] = await transcript(conversation.id);
  assert.match(reply!.body, new RegExp(`order ${number} \\(Walnut desk organiser\\)`));
  assert.match(reply!.body, /1Z999AA10123456784/);
  const lookup = shop.requests.find((r) => r.path === `/api/orders/${number}`);
  assert.ok(lookup, "the shop was asked");
  assert.equal(await db.order.count({ where: { number } }), 0, "the desk's demo tables were not involved");
});

test("a refund within the AI's authority is paid by the shop once, and the customer hears it is done", async () => {
  const { number, conversation } = await customerWithShopOrder(60_00);
  const outcome = await say(conversation.id, `I'd like a refund for order ${number}, it arrived broken`);
  assert.equal(outcome?.decision.escalate, false);
  const [reply] = await transcript(conversation.id);
  assert.match(reply!.body, /refunded/);
  assert.equal(shop.orders.get(number)!.state, "refunded");
  assert.equal(refundRequests(number).length, 1);
  assert.equal((refundRequests(number)[0]!.body as { amount_cents: number }).amount_cents, 60_00);
});

test("a refund the shop fails once (503) is retried with the same idempotency key and paid once", async () => {
  const { number, conversation } = await customerWithShopOrder(45_00);
  shop.failNext("/api/refunds", "http_503");
  await say(conversation.id, `I'd like a refund for order ${number}, it arrived broken`);
  const attempts = refundRequests(number);
  assert.equal(attempts.length, 2, "one failure, one retry");
  assert.ok(attempts[0]!.idempotencyKey, "the first attempt carries a key");
  assert.equal(attempts[1]!.idempotencyKey, attempts[0]!.idempotencyKey, "the retry carries the same key");
  assert.equal([...shop.refunds.values()].filter((r) => r.order === number).length, 1);
  assert.match((await transcript(conversation.id))[0]!.body, /refunded/);
});

test("a refund asked for again in the same chat reaches the shop with the same key and is not paid twice", async () => {
  const { number, conversation } = await customerWithShopOrder(30_00);
  shop.orders.get(number)!.total_cents = 90_00;
  await say(conversation.id, `please refund 30 dollars on order ${number}, one item arrived broken`);
  await say(conversation.id, `please refund 30 dollars on order ${number}, one item arrived broken`);
  assert.equal(refundRequests(number).length, 2, "both requests reached the shop");
  const keys = new Set(refundRequests(number).map((r) => r.idempotencyKey));
  assert.equal(keys.size, 1, "both requests carried one key");
  assert.equal(shop.orders.get(number)!.refunded_cents, 30_00, "the shop paid once");
});

for (const fault of [
  { name: "a shop that never answers", faults: ["hang", "hang", "hang"] as const, attempts: 3, evidence: /no answer within 400 ms after 3 attempts/ },
  { name: "a shop failing with 500 every time", faults: ["http_500", "http_500", "http_500"] as const, attempts: 3, evidence: /HTTP 500.*after 3 attempts/ },
  { name: "a shop refusing the request (422)", faults: ["http_422"] as const, attempts: 1, evidence: /HTTP 422/ },
  { name: "a shop answering garbage", faults: ["garbage"] as const, attempts: 1, evidence: /not JSON/ },
]) {
  test(`${fault.name}: the customer is told nothing was done and a person takes over with the error in the brief`, async () => {
    const { number, conversation } = await customerWithShopOrder(40_00);
    shop.failNext("/api/refunds", ...fault.faults);
    const outcome = await say(conversation.id, `I'd like a refund for order ${number}, it arrived broken`);

    const attempts = refundRequests(number);
    assert.equal(attempts.length, fault.attempts, "retried only what may be retried");
    assert.equal(new Set(attempts.map((a) => a.idempotencyKey)).size, 1, "every attempt had the same key");
    assert.equal(shop.orders.get(number)!.refunded_cents, 0);

    const said = (await transcript(conversation.id)).map((m) => m.body).join("\n");
    assert.match(said, /nothing has been changed/);
    assert.doesNotMatch(said, /I've refunded|has been refunded|is refunded/);

    assert.equal(outcome?.decision.primaryTrigger, "action_failed");
    const status = (await db.conversation.findUniqueOrThrow({ where: { id: conversation.id } })).status;
    assert.ok(status === "waiting_human" || status === "with_human", `handed over (${status})`);
    const brief = await briefOf(conversation.id);
    const refund = brief.actions_taken.find((a) => a.action === "requestRefund");
    assert.equal(refund?.result, "failed");
    assert.match(refund!.detail, fault.evidence);
    assert.equal(brief.escalation.trigger, "action_failed");
    assert.doesNotMatch(JSON.stringify(brief), new RegExp(TOKEN), "the secret is never in the brief");
  });
}

test("a refund above the AI's authority is not sent to the shop; the customer hears so and a person takes over", async () => {
  const { number, conversation } = await customerWithShopOrder(250_00);
  const outcome = await say(conversation.id, `I'd like a refund for order ${number}, it arrived broken`);
  assert.equal(refundRequests(number).length, 0);
  assert.equal(outcome?.decision.escalate, true);
  const said = (await transcript(conversation.id)).map((m) => m.body).join("\n");
  assert.match(said, /can't refund your order myself/);
  assert.doesNotMatch(said, /I've refunded/);
  const refund = (await briefOf(conversation.id)).actions_taken.find((a) => a.action === "requestRefund");
  assert.match(refund!.detail, /above the \$100\.00 the AI may refund/);
});

test("without the secret in the environment nothing reaches the shop, and the brief says which variable is missing", async () => {
  const { number, conversation } = await customerWithShopOrder();
  delete process.env[SECRET_ENV];
  try {
    const before = shop.requests.length;
    await say(conversation.id, `where is my order ${number}?`);
    assert.equal(shop.requests.length, before, "no request without its token");
    assert.match((await transcript(conversation.id))[0]!.body, /can't look up your order myself/);
    const lookup = (await briefOf(conversation.id)).actions_taken.find((a) => a.action === "lookupOrder");
    assert.equal(lookup?.result, "failed");
    assert.match(lookup!.detail, new RegExp(`${SECRET_ENV}.*not set`));
  } finally {
    process.env[SECRET_ENV] = TOKEN;
  }
});

test("a happy customer hears of Lumen Plus only when the business system says they do not have it", async () => {
  const member = await db.customer.findFirstOrThrow({ where: { workspaceId, subscriptions: { some: { status: "active" } }, conversations: { none: {} } } });
  const nonMember = await db.customer.findFirstOrThrow({ where: { workspaceId, subscriptions: { none: {} }, conversations: { none: {} } } });
  const replies: Record<string, string> = {};
  for (const [who, customer] of [["member", member], ["non-member", nonMember]] as const) {
    const conversation = await startTestConversation(db, workspaceId, customer.id, true);
    const outcome = await say(conversation.id, "Thank you so much, that was really helpful, great service!");
    assert.equal(outcome?.specialist, "engagement", who);
    replies[who] = (await transcript(conversation.id))[0]!.body;
  }
  assert.match(replies["non-member"]!, /Lumen Plus/);
  assert.doesNotMatch(replies.member!, /Lumen Plus/);
});

test("with a hosted model the same holds: its refund call fails at the shop, it is told nothing was done, and a person takes over", async () => {
  const { number, conversation } = await customerWithShopOrder(35_00);
  shop.failNext("/api/refunds", "http_500", "http_500", "http_500");
  const model = await startFakeModelServer({ triage: () => ({}), reply: () => "" });
  model.plan((request) => {
    if (isTriageRequest(request)) return { text: JSON.stringify({ intent: "get_refund", confidence: 0.97, alternatives: [] }) };
    const toolAnswered = request.messages.some((m) => m.role === "tool");
    return toolAnswered
      ? { text: "I couldn't complete that refund, so nothing has been changed. A colleague will take over." }
      : { toolCall: { name: "requestRefund", arguments: { orderNumber: number, reason: "arrived broken" } } };
  });
  const offline = getModel();
  setModel(openAICompatibleChoice(model.baseURL, "shop-test-model"));
  try {
    const outcome = await say(conversation.id, `I'd like a refund for order ${number}, it arrived broken`);
    const toolResult = model.requests.map((r) => r.body.messages.find((m) => m.role === "tool")).find(Boolean);
    assert.match(JSON.stringify(toolResult?.content), /action_failed/, "the model read that the action failed");
    assert.equal(refundRequests(number).length, 3);
    assert.equal(shop.orders.get(number)!.refunded_cents, 0);
    assert.equal(outcome?.decision.primaryTrigger, "action_failed");
    assert.equal((await briefOf(conversation.id)).actions_taken.find((a) => a.action === "requestRefund")?.result, "failed");
  } finally {
    setModel(offline);
    await model.close();
  }
});

test("the supervisor's what-if re-decides a turn whose action was not done as it was decided: handed over", async () => {
  const { loadStoredTurns } = await import("../../lib/analytics/load");
  const { disagreementsWithStored } = await import("../../lib/analytics/what-if");
  const failed = (await loadStoredTurns(db, workspaceId, new Date(0))).filter((t) => t.stored.primaryTrigger === "action_failed");
  assert.ok(failed.length >= 4, `${failed.length} turns`);
  assert.deepEqual(disagreementsWithStored(failed), []);
});
