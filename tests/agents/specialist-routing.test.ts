import { test } from "node:test";
import assert from "node:assert/strict";
import { chooseSpecialist, routeConfidence, type RoutingEvidence } from "../../lib/agents/specialists";
import { asksHowTo, asksSomething } from "../../lib/signals/request-form";
import { extractEntities } from "../../lib/models/offline/entities";

const FLOOR = 0.7;

/** The routing evidence for a message as the pipeline gathers it, with the intent and article match given. */
function evidence(text: string, intent: string, helpCentreConfidence: number): RoutingEvidence {
  return {
    intent,
    routeConfidence: routeConfidence(intent, 0.95, []),
    asksSomething: asksSomething(text),
    asksHowTo: asksHowTo(text),
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
