import { test } from "node:test";
import assert from "node:assert/strict";
import { planToolCall } from "../../lib/models/offline/tool-planner";
import type { DeskCall } from "../../lib/models/desk-call";

type ReplyCall = Extract<DeskCall, { task: "reply" }>;

function call(intent: string, entities: ReplyCall["entities"] = []): ReplyCall {
  return {
    task: "reply",
    agent: "transactions",
    intent,
    entities,
    articles: [],
    customer: { firstName: "Ana", verified: true, language: "en" },
    offersMembership: false,
  };
}

const transactionTools = new Set(["lookupOrder", "requestRefund", "cancelOrder", "changeShippingAddress", "cancelSubscription", "changePlan"]);

test("a clear request becomes the matching action with the details the customer gave", () => {
  assert.deepEqual(planToolCall(call("get_refund", [{ type: "order_number", value: "4512", text: "4512" }]), "please refund order 4512", transactionTools), {
    toolName: "requestRefund",
    input: { orderNumber: "4512", amountCents: undefined, reason: "please refund order 4512" },
  });
  assert.equal(planToolCall(call("cancel_subscription"), "cancel my Lumen Plus membership", transactionTools)?.toolName, "cancelSubscription");
  assert.deepEqual(planToolCall(call("change_plan"), "downgrade me to basic please", transactionTools)?.input, { plan: "basic" });
});

test("an account is never changed on an intent the customer's words do not ask for", () => {
  // A complaint about a double charge that the classifier mistook for a cancellation.
  assert.equal(planToolCall(call("cancel_subscription"), "I was charged twice for my Lumen Plus membership this month", transactionTools), null);
  assert.equal(planToolCall(call("cancel_order"), "where is order 4512?", transactionTools), null);
  assert.equal(planToolCall(call("get_refund"), "the lamp arrived broken", transactionTools), null);
});

test("looking up an order needs no special words, and only offered tools are called", () => {
  assert.equal(planToolCall(call("track_order"), "any news?", transactionTools)?.toolName, "lookupOrder");
  assert.equal(planToolCall(call("track_order"), "any news?", new Set(["sendPasswordReset"])), null);
});

const order4518 = [{ type: "order_number", value: "4518", text: "4518" }];

test("politeness, thanks and typos do not hide the action the customer asks for", () => {
  // The classifier read these as another intent; the customer's words name the action.
  assert.deepEqual(planToolCall(call("change_order", order4518), "Please refund my order 4518", transactionTools), {
    toolName: "requestRefund",
    input: { orderNumber: "4518", reason: "Please refund my order 4518", amountCents: undefined },
  });
  assert.equal(planToolCall(call("change_order", order4518), "hi, can u refnud order 4518 pls", transactionTools)?.toolName, "requestRefund");
  assert.equal(planToolCall(call("get_refund", order4518), "hi, can u refnud order 4518 pls", transactionTools)?.toolName, "requestRefund");
  assert.equal(planToolCall(call("thanks", order4518), "Thanks! Where is my order 4518?", transactionTools)?.toolName, "lookupOrder");
  assert.equal(planToolCall(call("change_order", order4518), "could you cancle order 4518 please, thanks", transactionTools)?.toolName, "cancelOrder");
});

test("a named action needs an order number, and a refund asked about is looked up, not issued", () => {
  assert.equal(planToolCall(call("change_order"), "Please refund my order", transactionTools), null);
  assert.equal(planToolCall(call("change_order", order4518), "where is my refund for 4518?", transactionTools)?.toolName, "lookupOrder");
  assert.equal(planToolCall(call("change_order", order4518), "cancel my membership, order 4518 was the last straw", transactionTools), null);
});
