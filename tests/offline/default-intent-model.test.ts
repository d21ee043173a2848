import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync } from "node:fs";
import { defaultCacheDirectory, getIntentClassifier } from "../../lib/models/offline/default-intent-model";
import { extractEntities } from "../../lib/models/offline/entities";

test("the shipped model routes an order-status question with high confidence", async () => {
  const classifier = await getIntentClassifier();
  const text = "where is my order 4512";
  const prediction = classifier.classify(text);
  assert.equal(prediction.intent, "track_order");
  assert.ok(prediction.confidence > 0.7, `confidence ${prediction.confidence}`);
  assert.deepEqual(
    extractEntities(text).map(({ type, value }) => ({ type, value })),
    [{ type: "order_number", value: "4512" }],
  );
});

test("the shipped model is cached on disk and shared within the process", async () => {
  const first = await getIntentClassifier();
  assert.equal(await getIntentClassifier(), first);
  assert.ok(existsSync(defaultCacheDirectory()));
  assert.ok(readdirSync(defaultCacheDirectory()).some((file) => file.startsWith("intent-classifier-") && file.endsWith(".json")));
});

test("the shipped model recognises complaints, refunds and requests for a person", async () => {
  const classifier = await getIntentClassifier();
  assert.equal(classifier.classify("I want to file a complaint about your service").intent, "complaint");
  assert.equal(classifier.classify("I'd like a refund for my purchase").intent, "get_refund");
  assert.equal(classifier.classify("let me talk to a real person").intent, "contact_human_agent");
});
