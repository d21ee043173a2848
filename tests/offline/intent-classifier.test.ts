import { test } from "node:test";
import assert from "node:assert/strict";
import { IntentClassifier, trainIntentClassifier } from "../../lib/models/offline/intent-classifier";
import { bitextHeldOut, bitextTrain, sampleEvery } from "./bitext-fixture";

const small = trainIntentClassifier(sampleEvery(bitextTrain, 4), { epochs: 8 });

test("recognises unseen paraphrases of the store intents", () => {
  const unseen = sampleEvery(bitextHeldOut, 5);
  const correct = unseen.filter((example) => small.classify(example.text).intent === example.label).length;
  assert.ok(correct / unseen.length >= 0.95, `accuracy ${(correct / unseen.length).toFixed(3)} on ${unseen.length} held-out rows`);
});

test("gives a probability for every intent that sums to one, most likely first", () => {
  const prediction = small.classify("I want my money back for the broken blender");
  assert.equal(prediction.scores.length, small.labels.length);
  const total = prediction.scores.reduce((sum, score) => sum + score.probability, 0);
  assert.ok(Math.abs(total - 1) < 1e-9);
  assert.equal(prediction.intent, prediction.scores[0]!.label);
  assert.equal(prediction.confidence, prediction.scores[0]!.probability);
  assert.ok(prediction.scores.every((score, i) => i === 0 || score.probability <= prediction.scores[i - 1]!.probability));
  assert.equal(prediction.intent, "get_refund");
});

test("is less confident about gibberish than about a clear request", () => {
  const clear = small.classify("how do I cancel my order?");
  const gibberish = small.classify("purple elephant xylophone");
  assert.equal(clear.intent, "cancel_order");
  assert.ok(gibberish.confidence < clear.confidence);
});

test("survives a JSON round trip with identical predictions", () => {
  const restored = IntentClassifier.fromJSON(JSON.parse(JSON.stringify(small.toJSON())));
  for (const text of ["where is my parcel", "I need an invoice for order 123", "delete my account now", "???"]) {
    assert.deepEqual(restored.classify(text), small.classify(text));
  }
});

test("training is deterministic for a given seed", () => {
  const examples = sampleEvery(bitextTrain, 40);
  const first = trainIntentClassifier(examples, { seed: 7, epochs: 3 });
  const second = trainIntentClassifier(examples, { seed: 7, epochs: 3 });
  assert.deepEqual(first.toJSON(), second.toJSON());
});

test("a business can retrain it on its own labelled examples", () => {
  const examples = [
    ...["is the gym open today", "what time does the gym open", "gym opening hours", "can I use the gym at night"].map((text) => ({ text, label: "gym_hours" })),
    ...["I lost my locker key", "my locker key is missing", "locker key lost", "can't find my locker key"].map((text) => ({ text, label: "lost_key" })),
    ...["cancel my membership", "I want to end my membership", "stop my membership please", "how do I quit the membership"].map((text) => ({ text, label: "cancel_membership" })),
  ];
  const custom = trainIntentClassifier(examples, { minDocumentFrequency: 1, epochs: 30 });
  assert.deepEqual([...custom.labels], ["cancel_membership", "gym_hours", "lost_key"]);
  assert.equal(custom.classify("when does the gym open on sunday").intent, "gym_hours");
  assert.equal(custom.classify("I think I lost the key of my locker").intent, "lost_key");
  assert.equal(custom.classify("please cancel the membership").intent, "cancel_membership");
});

test("refuses training data it cannot learn from", () => {
  assert.throws(() => trainIntentClassifier([]));
  assert.throws(() => trainIntentClassifier([{ text: "hello", label: "greet" }]));
});
