import { test } from "node:test";
import assert from "node:assert/strict";
import { scoreSentiment } from "../../lib/signals/sentiment";
import { defaultEscalationPolicy } from "../../lib/workspace/settings";

const floor = defaultEscalationPolicy.sentimentFloor;

test("a customer who no longer trusts the shop is upset, in any of the desk's languages", () => {
  for (const text of [
    "honestly I've lost all faith in you",
    "I can't trust you anymore",
    "sinceramente ya no me fío de ustedes",
    "franchement je n'ai plus confiance en vous",
    "ehrlich gesagt vertraue ich Ihrem Shop nicht mehr",
  ]) {
    assert.ok(scoreSentiment(text).score <= floor, text);
  }
  // Distrust of a kind of product, or doubt about a date, is a question, not a broken relationship.
  for (const text of ["I don't trust cheap chargers, is the one with the lamp certified?", "no confío en que llegue a tiempo, ¿hay envío urgente?"]) {
    assert.ok(scoreSentiment(text).score > floor, text);
  }
});

test("being fed up with the shop weighs more than being fed up with a product", () => {
  assert.ok(scoreSentiment("I am genuinely fed up with you lot").score <= floor);
  assert.ok(scoreSentiment("I'm fed up with my old kettle, it takes ages").score > floor);
});

test("a customer who has run out of things to try is upset", () => {
  for (const text of ["I really don't know what else to do anymore", "I honestly don't know what to say anymore", "ya no sé qué más hacer", "je ne sais plus quoi faire", "ich weiß nicht mehr weiter"]) {
    assert.ok(scoreSentiment(text).score <= floor, text);
  }
  assert.ok(scoreSentiment("I don't know what to do, the app says delivered").score > floor);
});

test("a fault named in Spanish, French or German weighs like its English word: the topic, not the mood", () => {
  for (const [english, other] of [
    ["my order arrived broken", "mi pedido llegó roto"],
    ["my order arrived broken", "ma commande est arrivée cassée"],
    ["the mixer arrived defective", "der Mixer ist defekt angekommen"],
  ]) {
    const score = scoreSentiment(other).score;
    assert.ok(score < 0 && score > -0.4, other);
    assert.ok(Math.abs(score - scoreSentiment(english).score) < 0.05, other);
  }
  // With the customer's disappointment it is an upset customer, as in English.
  assert.ok(scoreSentiment("Je suis vraiment déçue, c'est la deuxième commande qui arrive abîmée").score <= floor);
  assert.ok(scoreSentiment("ich bin wirklich enttäuscht, die Lieferung ist wieder defekt angekommen").score <= floor);
});
