import { test } from "node:test";
import assert from "node:assert/strict";
import { chooseSpecialist, routeConfidence, type RoutingEvidence } from "../../lib/agents/specialists";
import { asksDeskToAct, asksHowTo, asksSomething } from "../../lib/signals/request-form";
import { extractEntities } from "../../lib/models/offline/entities";

const FLOOR = 0.7;

/** The routing evidence for a message as the pipeline gathers it, with the intent and article match given. */
function evidence(text: string, intent: string, helpCentreConfidence: number): RoutingEvidence {
  return {
    intent,
    routeConfidence: routeConfidence(intent, 0.95, []),
    asksSomething: asksSomething(text),
    asksHowTo: asksHowTo(text),
    asksToAct: asksDeskToAct(text),
    namesOrder: extractEntities(text).some((e) => e.type === "order_number"),
    helpCentreConfidence,
    confidenceFloor: FLOOR,
  };
}

test("a question about how something is done, with a confident article, is answered by the knowledge agent", () => {
  for (const [text, intent] of [
    ["how do I cancel Lumen Plus", "cancel_subscription"],
    ["how do I return an item?", "get_refund"],
    ["¿Cómo puedo rastrear mi pedido?", "track_order"],
    ["Comment puis-je changer mon adresse de livraison ?", "change_shipping_address"],
    ["Wie kann ich mein Passwort zurücksetzen?", "recover_password"],
    ["How long does a refund take?", "track_refund"],
  ] as const) {
    const route = chooseSpecialist(evidence(text, intent, 0.9));
    assert.equal(route.specialist, "knowledge", text);
    assert.match(route.reason, /how this is done/, text);
  }
});

test("an action request, or a question naming an order, still goes to the specialist who can act", () => {
  for (const [text, intent, specialist] of [
    ["Please refund my order 4518", "get_refund", "transactions"],
    ["Thanks! Where is my order 4519?", "track_order", "transactions"],
    ["how do I get a refund for order 4518?", "get_refund", "transactions"],
    ["cancel my Lumen Plus membership", "cancel_subscription", "transactions"],
    ["reset my password please", "recover_password", "account"],
  ] as const) {
    const route = chooseSpecialist(evidence(text, intent, 0.9));
    assert.equal(route.specialist, specialist, text);
    assert.match(route.reason, new RegExp(`${intent} is handled by the ${specialist} agent`), text);
  }
});

test("a how-to question without a confident article stays with the specialist, who can ask or act", () => {
  assert.equal(chooseSpecialist(evidence("how do I cancel Lumen Plus", "cancel_subscription", 0.4)).specialist, "transactions");
});

test("how-to questions are told from requests and from other questions", () => {
  for (const text of ["how do I cancel Lumen Plus", "How can I return something", "how to change my address", "¿Cómo puedo rastrear mi pedido?", "comment faire un retour", "Wie lange dauert der Versand?"]) {
    assert.ok(asksHowTo(text), text);
  }
  for (const text of ["Please refund my order 4518", "Where is my order 4519?", "cancel my membership", "how are you?", "Quiero cancelar mi pedido"]) {
    assert.ok(!asksHowTo(text), text);
  }
});

test("a question about the shop's rules or a problem described, naming no order, is answered from its article", () => {
  for (const [text, intent] of [
    ["when will I get my refund?", "track_refund"],
    ["can I cancel a pre-order", "cancel_order"],
    ["my package is late", "track_order"],
    ["I forgot my password", "recover_password"],
    ["can I pause my membership", "change_plan"],
  ] as const) {
    const route = chooseSpecialist(evidence(text, intent, 0.9));
    assert.equal(route.specialist, "knowledge", text);
    assert.match(route.reason, /names no order and asks for no action/, text);
  }
  // Without an article that fits, the specialist still takes it: it can ask which order, or act.
  assert.equal(chooseSpecialist(evidence("when will I get my refund?", "track_refund", 0.3)).specialist, "transactions");
});

test("a problem stated without a question mark is answered when the help centre knows it, but small talk stays small talk", () => {
  const unsure = (text: string, intent: string, help: number): RoutingEvidence => ({ ...evidence(text, intent, help), routeConfidence: 0.3 });
  assert.equal(chooseSpecialist(unsure("no order confirmation received", "acknowledgement", 0.95)).specialist, "knowledge");
  assert.equal(chooseSpecialist(evidence("thanks, that's all", "thanks", 0.95)).specialist, "engagement");
});

test("requests to act are told from questions about acting", () => {
  for (const text of ["Please refund my order 4518", "cancel my Lumen Plus membership", "reset my password please", "can you resend my receipt", "I'd like to change my delivery address", "update the email on my account", "Quiero cancelar mi pedido", "Ich möchte meine Bestellung stornieren"]) {
    assert.ok(asksDeskToAct(text), text);
  }
  for (const text of ["can I cancel a pre-order", "when will I get my refund?", "my package is late", "can I get store credit instead of a refund", "what do I get with Lumen Plus?", "how do I cancel Lumen Plus"]) {
    assert.ok(!asksDeskToAct(text), text);
  }
});

test("an unsure technical reading of a question another article answers goes to the knowledge agent, which reads every article", () => {
  const unsure: RoutingEvidence = { ...evidence("I'd like to exchange the lamp for another size", "technical_issue", 0.84), routeConfidence: 0.4 };
  assert.equal(chooseSpecialist(unsure).specialist, "knowledge");
  assert.equal(chooseSpecialist({ ...unsure, routeConfidence: 0.9 }).specialist, "technical");
});
