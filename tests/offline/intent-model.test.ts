import { test } from "node:test";
import assert from "node:assert/strict";
import { IntentModel, SEMANTIC_STAGE_BELOW, trainIntentModel } from "../../lib/models/offline/intent-model";

const examples = [
  ["where is my order", "track_order"],
  ["track my order", "track_order"],
  ["has my order shipped yet", "track_order"],
  ["what is the status of my order", "track_order"],
  ["I want a refund", "get_refund"],
  ["give me my money back", "get_refund"],
  ["can I get a refund", "get_refund"],
  ["please refund my purchase", "get_refund"],
  ["cancel my membership", "cancel_subscription"],
  ["stop my subscription", "cancel_subscription"],
  ["I want to cancel the plan", "cancel_subscription"],
  ["end my subscription please", "cancel_subscription"],
].map(([text, label]) => ({ text: text!, label: label! }));

const model = trainIntentModel(examples, { minDocumentFrequency: 1, epochs: 30 });

test("a sure lexical answer is given without consulting the sentence encoder", async () => {
  const prediction = await (await model).classify("where is my order");
  assert.equal(prediction.intent, "track_order");
  assert.equal(prediction.stage, "lexical");
  assert.ok(prediction.confidence >= SEMANTIC_STAGE_BELOW);
});

test("a paraphrase sharing no word with the examples is recognised by the sentence stage", async () => {
  const trained = await model;
  const text = "when will the parcel arrive";
  assert.ok(trained.lexical.classify(text).confidence < SEMANTIC_STAGE_BELOW, "the lexical stage should be unsure");
  const prediction = await trained.classify(text);
  assert.equal(prediction.stage, "semantic");
  assert.equal(prediction.intent, "track_order");
  assert.equal((await trained.classify("I no longer wish to be a member")).intent, "cancel_subscription");
});

test("classifying in a batch gives the same answers as one at a time", async () => {
  const trained = await model;
  const texts = ["track my order", "when will the parcel arrive", "money back please", "I no longer wish to be a member"];
  const batch = await trained.classifyAll(texts);
  for (const [i, text] of texts.entries()) assert.equal(batch[i]!.intent, (await trained.classify(text)).intent, text);
});

test("a stored model answers exactly as the trained one", async () => {
  const trained = await model;
  const restored = IntentModel.fromJSON(JSON.parse(JSON.stringify(trained.toJSON())));
  for (const text of ["where is my order", "when will the parcel arrive", "stop charging me every month"]) {
    assert.deepEqual(await restored.classify(text), await trained.classify(text));
  }
});
