// A refund above the AI's authority, approved by a person, is paid through the workspace's
// connector: a real shop on a local port pays it (or fails on purpose).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import type { Db } from "../../lib/db";
import { handleCustomerMessage } from "../../lib/agents/pipeline";
import { decideApproval } from "../../lib/console/approval-decisions";
import { StaffActionError, type StaffMember } from "../../lib/console/staff-actions";
import { exampleShopConnector, startExampleShop, type ExampleShop } from "../../scripts/example-shop";
import { demoStaffMembers, openDemoDatabase, startTestConversation } from "./pipeline-harness";

const TOKEN = "shop-secret-for-approvals";
const SECRET_ENV = "DESK_TEST_APPROVAL_SHOP_TOKEN";

let db: Db;
let workspaceId: string;
let close: () => Promise<void>;
let shop: ExampleShop;
let supervisor: StaffMember;

before(async () => {
  ({ db, workspaceId, close } = await openDemoDatabase());
  ({ supervisor } = await demoStaffMembers(db, workspaceId));
  shop = await startExampleShop({ token: TOKEN, orders: [] });
  process.env[SECRET_ENV] = TOKEN;
  const settings = exampleShopConnector(shop.baseURL, SECRET_ENV, { timeoutMs: 400, retries: 1 });
  await db.workspace.update({ where: { id: workspaceId }, data: { connectorSettings: settings as never } });
});
after(async () => {
  await shop.close();
  await close();
});

let cases = 0;

/** A verified customer whose 250-dollar order is in the shop only, asking for more than the AI may refund. */
async function approvalWaitingAtShop() {
  const n = cases++;
  const customer = await db.customer.findFirstOrThrow({ where: { workspaceId }, orderBy: { createdAt: "asc" }, skip: 40 + n });
  const number = String(82_000 + n);
  shop.orders.set(number, {
    id: number,
    customer_email: customer.email,
    state: "delivered",
    total_cents: 250_00,
    refunded_cents: 0,
    placed_at: new Date(Date.now() - 5 * 24 * 3600 * 1000).toISOString(),
    lines: ["Oak standing desk"],
    tracking: "1Z999AA10123456785",
  });
  const conversation = await startTestConversation(db, workspaceId, customer.id, true);
  await (await handleCustomerMessage({ conversationId: conversation.id, body: `please refund $250 on order ${number}, it arrived broken` })).turn;
  const request = await db.conversationEvent.findFirstOrThrow({ where: { conversationId: conversation.id, type: "approval_requested" } });
  return { number, conversation, approval: { conversationId: conversation.id, approvalEventId: request.id, decision: "approve" as const, reason: null } };
}

const refundRequests = (number: string) => shop.requests.filter((r) => r.path === "/api/refunds" && (r.body as { order?: string }).order === number);
const toCustomer = async (conversationId: string) =>
  (await db.message.findMany({ where: { conversationId, author: { in: ["ai", "system"] } }, orderBy: { seq: "asc" } })).map((m) => m.body);

test("an approved refund is paid by the shop, once, however often it is approved, and the customer hears it is done", async () => {
  const { number, conversation, approval } = await approvalWaitingAtShop();
  assert.equal(refundRequests(number).length, 0, "nothing reached the shop before a person decided");

  const decided = await decideApproval(db, supervisor, approval);
  assert.equal(decided.decision, "approved");
  assert.match(decided.outcome, new RegExp(`\\$250\\.00 on order ${number} completed by the shop`));
  assert.equal(shop.orders.get(number)!.refunded_cents, 250_00);
  assert.equal(await db.order.count({ where: { number } }), 0, "the demo store's tables were not involved");

  const again = await decideApproval(db, supervisor, { ...approval, decision: "deny", reason: "second click" });
  assert.deepEqual(again, decided, "the first decision stands");
  assert.equal(refundRequests(number).length, 1);
  assert.equal((refundRequests(number)[0]!.body as { amount_cents: number }).amount_cents, 250_00);

  const said = (await toCustomer(conversation.id)).at(-1)!;
  assert.match(said, /approved your refund, and I've refunded \$250\.00 for order/);
  const events = await db.conversationEvent.findMany({ where: { conversationId: conversation.id, type: "approval_decided" } });
  assert.equal(events.length, 1);
});

test("a shop failing after approval: the approver sees the error, the customer hears nothing is refunded yet, and a retry pays once with the same key", async () => {
  const { number, conversation, approval } = await approvalWaitingAtShop();
  shop.failNext("/api/refunds", "http_500", "http_500");

  await assert.rejects(decideApproval(db, supervisor, approval), (error: unknown) => error instanceof StaffActionError && /did not confirm the refund: .*HTTP 500.*after 2 attempts.*Nothing was refunded/.test(error.message));
  assert.equal(shop.orders.get(number)!.refunded_cents, 0);
  assert.equal(await db.conversationEvent.count({ where: { conversationId: conversation.id, type: "approval_decided" } }), 0, "still waiting for a decision");
  const said = (await toCustomer(conversation.id)).join("\n");
  assert.match(said, /nothing has been refunded yet/);
  assert.doesNotMatch(said, /I've refunded/);
  const status = (await db.conversation.findUniqueOrThrow({ where: { id: conversation.id } })).status;
  assert.ok(status === "waiting_human" || status === "with_human", `stays with a person (${status})`);
  const actions = await db.conversationEvent.findMany({ where: { conversationId: conversation.id, type: "action_taken" } });
  const failed = actions.map((e) => e.payload as { result: string; output?: { error?: string } }).filter((p) => p.result === "failed");
  assert.match(failed.at(-1)?.output?.error ?? "", /HTTP 500/, "the timeline records the shop's error");

  const decided = await decideApproval(db, supervisor, approval);
  assert.equal(decided.decision, "approved");
  assert.equal(shop.orders.get(number)!.refunded_cents, 250_00);
  const keys = new Set(refundRequests(number).map((r) => r.idempotencyKey));
  assert.equal(refundRequests(number).length, 3);
  assert.equal(keys.size, 1, "every attempt, before and after the failure, carried one key");
});

test("a shop refusing the refund: nothing is recorded as approved and the approver reads the shop's reason", async () => {
  const { number, conversation, approval } = await approvalWaitingAtShop();
  shop.failNext("/api/refunds", "http_422");
  await assert.rejects(decideApproval(db, supervisor, approval), (error: unknown) => error instanceof StaffActionError && /HTTP 422/.test(error.message));
  assert.equal(shop.orders.get(number)!.refunded_cents, 0);
  assert.equal(await db.conversationEvent.count({ where: { conversationId: conversation.id, type: "approval_decided" } }), 0);
});
