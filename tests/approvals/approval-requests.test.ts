import { test } from "node:test";
import assert from "node:assert/strict";
import { approvalRequests, pendingApprovals } from "../../lib/approvals/approval-requests";
import { approvalReply } from "../../lib/approvals/approval-replies";

const at = (seconds: number) => new Date(Date.UTC(2026, 10, 24, 12, 0, seconds));
const messages = [
  { id: "m1", author: "customer", body: "My lamp arrived broken.", createdAt: at(0) },
  { id: "m2", author: "customer", body: "I want a refund of $150 for order 4512", createdAt: at(10) },
  { id: "m3", author: "customer", body: "refund order 4530 please", createdAt: at(20) },
];
const routerRequest = { id: "e1", type: "approval_requested", createdAt: at(10), actorId: "transactions", payload: { messageId: "m2", action: "refund", amountCents: 15000, limitCents: 10000, reason: "the refund of $150.00 is above the AI's $100.00 limit", entities: [{ type: "money", value: "150" }, { type: "order_number", value: "4512" }] } };
const toolRequest = { id: "e2", type: "approval_requested", createdAt: at(21), actorId: "transactions", payload: { action: "refund", refundId: "r1", orderNumber: "4530", amountCents: 12900, limitCents: 10000 } };
const decided = { id: "e3", type: "approval_decided", createdAt: at(30), payload: { approvalEventId: "e1", action: "refund", decision: "approved", reason: null, decidedBy: { userId: "sam", name: "Sam Lee" }, at: at(30).toISOString(), outcome: "Refund of $150.00 on order 4512 completed." } };

test("each request carries its order, amount against the limit, reason and the customer's own words", () => {
  const [router, tool] = approvalRequests([routerRequest, toolRequest], messages);
  assert.deepEqual(
    { order: router!.orderNumber, words: router!.customerWords, refund: router!.refundId, reason: router!.reason },
    { order: "4512", words: "I want a refund of $150 for order 4512", refund: null, reason: "the refund of $150.00 is above the AI's $100.00 limit" },
  );
  // The refund tool names no message: the customer's latest words before the request stand in.
  assert.deepEqual({ order: tool!.orderNumber, words: tool!.customerWords, refund: tool!.refundId }, { order: "4530", words: "refund order 4530 please", refund: "r1" });
  assert.match(tool!.reason, /\$129\.00 is above the AI's \$100\.00 limit/);
});

test("a decision closes its request and only its request", () => {
  const requests = approvalRequests([routerRequest, toolRequest, decided], messages);
  assert.equal(requests[0]!.decision?.decidedBy.name, "Sam Lee");
  assert.equal(requests[1]!.decision, null);
  assert.equal(pendingApprovals([routerRequest, toolRequest, decided]), 1);
  assert.equal(pendingApprovals([routerRequest, toolRequest]), 2);
});

test("the customer hears what was done, and a denial's reason", () => {
  const base = { amountCents: 15000, currency: "USD", orderNumber: "4512", deciderFirstName: "Sam", reason: null };
  assert.match(approvalReply({ ...base, action: "refund", verdict: "approved" }), /Sam from our team approved your refund, and I've refunded \$150\.00 for order 4512/);
  const denied = approvalReply({ ...base, action: "refund", verdict: "denied", reason: "the item was used for three months" });
  assert.match(denied, /couldn't approve the refund of \$150\.00 for order 4512\. The reason they gave: the item was used for three months\./);
  // There is no credit ledger, so the reply never claims the credit is already on the account.
  const credit = approvalReply({ ...base, orderNumber: null, action: "goodwill_credit", verdict: "approved" });
  assert.match(credit, /can't add credit to an account automatically/);
});

test("the customer hears the decision in the conversation's language", () => {
  const base = { amountCents: 15000, currency: "EUR", orderNumber: "4512", deciderFirstName: "Sam", reason: null };
  assert.match(approvalReply({ ...base, action: "refund", verdict: "approved" }, "es"), /Sam, de nuestro equipo, ha aprobado tu reembolso y te he reembolsado 150,00\s€ del pedido 4512/);
  assert.match(approvalReply({ ...base, action: "refund", verdict: "denied", reason: "usado tres meses" }, "fr"), /n'a pas pu approuver le remboursement de 150,00\s€ pour la commande 4512\. Motif indiqué : usado tres meses\./);
  assert.match(approvalReply({ ...base, orderNumber: null, action: "goodwill_credit", verdict: "approved" }, "de"), /Kulanzgutschrift von 150,00\s€/);
});
