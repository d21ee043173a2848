import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync } from "node:fs";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  defaultCacheDirectory,
  defaultTrainingFile,
  deskIntentsFile,
  getIntentClassifier,
  loadIntentClassifier,
  loadTrainingExamples,
} from "../../lib/models/offline/default-intent-model";
import { extractEntities } from "../../lib/models/offline/entities";
import { isHeldOut } from "../../lib/models/offline/holdout";
import { trainIntentClassifier, type LabelledExample } from "../../lib/models/offline/intent-classifier";
import { MIN_SEMANTIC_GAIN } from "../../lib/models/offline/intent-model";

const DESK_INTENTS = ["greeting", "thanks", "goodbye", "small_talk", "acknowledgement", "technical_issue", "cancel_subscription", "change_plan"];

test("the shipped model routes an order-status question with high confidence", async () => {
  const classifier = await getIntentClassifier();
  const text = "where is my order 4512";
  const prediction = await classifier.classify(text);
  assert.equal(prediction.intent, "track_order");
  assert.ok(prediction.confidence > 0.7, `confidence ${prediction.confidence}`);
  assert.deepEqual(
    extractEntities(text).map(({ type, value }) => ({ type, value })),
    [{ type: "order_number", value: "4512" }],
  );
});

// The Spanish, French and German rows leave the n-grams more held-out errors than the gain asked of
// the second stage, so the encoder stage is measured at training; it fixes almost none of them.
test("the shipped model answers from n-grams alone: on held-out rows the sentence-encoder stage does not add enough to keep", async () => {
  const classifier = await getIntentClassifier();
  assert.deepEqual(classifier.stages, ["lexical"]);
  assert.ok(classifier.validation && classifier.validation.n > 1000);
  const { lexicalAccuracy, stagedAccuracy } = classifier.validation;
  assert.ok(lexicalAccuracy >= 0.99, `lexical ${lexicalAccuracy}`);
  assert.ok(stagedAccuracy !== null && stagedAccuracy - lexicalAccuracy < MIN_SEMANTIC_GAIN, `lexical ${lexicalAccuracy}, staged ${stagedAccuracy}`);
});

test("the shipped model is cached on disk and shared within the process", async () => {
  const first = await getIntentClassifier();
  assert.equal(await getIntentClassifier(), first);
  assert.ok(existsSync(defaultCacheDirectory()));
  assert.ok(readdirSync(defaultCacheDirectory()).some((file) => file.startsWith("intent-model-") && file.endsWith(".json")));
});

test("the shipped model recognises complaints, refunds and requests for a person", async () => {
  const classifier = await getIntentClassifier();
  assert.equal((await classifier.classify("I want to file a complaint about your service")).intent, "complaint");
  assert.equal((await classifier.classify("I'd like a refund for my purchase")).intent, "get_refund");
  assert.equal((await classifier.classify("let me talk to a real person")).intent, "contact_human_agent");
});

test("the shipped model knows the 27 retail intents and the desk's own intents", async () => {
  const classifier = await getIntentClassifier();
  assert.equal(classifier.labels.length, 27 + DESK_INTENTS.length);
  for (const intent of [...DESK_INTENTS, "cancel_order", "newsletter_subscription", "track_order"]) {
    assert.ok(classifier.labels.includes(intent), `missing ${intent}`);
  }
});

test("the shipped model recognises greetings, thanks, goodbyes and small talk", async () => {
  const classifier = await getIntentClassifier();
  const cases: Array<[string, string]> = [
    ["hi", "greeting"],
    ["hello there", "greeting"],
    ["good morning", "greeting"],
    ["hey, anyone there?", "greeting"],
    ["hola", "greeting"],
    ["thanks!", "thanks"],
    ["great, that solved it, thank you", "thanks"],
    ["perfect, cheers", "thanks"],
    ["merci", "thanks"],
    ["danke", "thanks"],
    ["bye", "goodbye"],
    ["that's all, have a nice day", "goodbye"],
    ["how are you?", "small_talk"],
    ["are you a bot?", "small_talk"],
    ["what's your name", "small_talk"],
    ["lol ok", "small_talk"],
  ];
  for (const [text, intent] of cases) assert.equal((await classifier.classify(text)).intent, intent, text);
});

test("the shipped model recognises product and app troubleshooting", async () => {
  const classifier = await getIntentClassifier();
  for (const text of [
    "my smart lamp won't connect to wifi",
    "my lamp won't connect",
    "the grinder doesn't turn on",
    "app keeps logging me out",
    "firmware update failed",
    "checkout page shows an error",
    "promo code isn't working",
  ]) {
    assert.equal((await classifier.classify(text)).intent, "technical_issue", text);
  }
});

test("the shipped model tells the membership apart from orders, accounts and the newsletter", async () => {
  const classifier = await getIntentClassifier();
  const cases: Array<[string, string]> = [
    ["cancel my Lumen Plus", "cancel_subscription"],
    ["cancel my Lumen Plus membership", "cancel_subscription"],
    ["stop my subscription", "cancel_subscription"],
    ["downgrade me to basic", "change_plan"],
    ["upgrade to premium plan", "change_plan"],
    ["pause my membership", "change_plan"],
    ["cancel my order 4512", "cancel_order"],
    ["unsubscribe me from the newsletter", "newsletter_subscription"],
    ["I'd like to cancel my account", "delete_account"],
    ["I want to change my order", "change_order"],
  ];
  for (const [text, intent] of cases) assert.equal((await classifier.classify(text)).intent, intent, text);
  assert.ok(["thanks", "goodbye"].includes((await classifier.classify("thanks, bye")).intent));
});

test("on held-out rows, adding the desk intents keeps Bitext accuracy and learns the new intents", async (t) => {
  // The same 80/20 hash split as `npm run eval -- --holdout 20`, applied to both files.
  const bitext = await loadTrainingExamples([defaultTrainingFile()]);
  const desk = await loadTrainingExamples([deskIntentsFile()]);
  const classifier = trainIntentClassifier([...bitext, ...desk].filter((example) => !isHeldOut(example.text, 20)));
  const accuracy = (examples: readonly LabelledExample[]) => {
    const heldOut = examples.filter((example) => isHeldOut(example.text, 20));
    const correct = heldOut.filter((example) => classifier.classify(example.text).intent === example.label).length;
    return { accuracy: correct / heldOut.length, n: heldOut.length };
  };
  const onBitext = accuracy(bitext);
  const onDesk = accuracy(desk);
  t.diagnostic(`bitext held-out accuracy ${onBitext.accuracy.toFixed(4)} (n ${onBitext.n})`);
  t.diagnostic(`desk-intents held-out accuracy ${onDesk.accuracy.toFixed(4)} (n ${onDesk.n})`);
  assert.ok(onBitext.accuracy >= 0.99, `bitext accuracy ${onBitext.accuracy}`);
  assert.ok(onDesk.accuracy >= 0.9, `desk-intents accuracy ${onDesk.accuracy}`);
  assert.deepEqual([...new Set(desk.map((example) => example.label))].sort(), [...DESK_INTENTS].sort());
});

test("extra labelled examples are trained on and keyed into the cache, whatever their order", async () => {
  const directory = await mkdtemp(path.join(tmpdir(), "intent-model-"));
  try {
    const file = path.join(directory, "train.csv");
    await writeFile(
      file,
      [
        "text,intent",
        "where is my parcel,track_order",
        "track my package,track_order",
        "has my order shipped yet,track_order",
        "I want my money back,get_refund",
        "refund my purchase please,get_refund",
        "can I get a refund,get_refund",
      ].join("\n"),
    );
    const cacheDirectory = path.join(directory, "models");
    const models = async () => (await readdir(cacheDirectory)).filter((name) => name.endsWith(".json")).sort();

    const base = await loadIntentClassifier({ trainingFiles: [file], cacheDirectory });
    assert.ok(!base.labels.includes("gift_wrap"));
    assert.equal((await models()).length, 1);

    // Stored rows carry `intent`, in-memory examples `label`; both are accepted.
    const extras = [
      { text: "can you gift wrap it", intent: "gift_wrap" },
      { text: "add gift wrapping to my order", intent: "gift_wrap" },
      { text: "is gift wrap available", label: "gift_wrap" },
    ];
    const extended = await loadIntentClassifier({ trainingFiles: [file], cacheDirectory, extraExamples: extras });
    assert.ok(extended.labels.includes("gift_wrap"));
    assert.equal((await extended.classify("please gift wrap my order")).intent, "gift_wrap");
    assert.equal((await models()).length, 2);

    const reordered = [...extras].reverse();
    const again = await loadIntentClassifier({ trainingFiles: [file], cacheDirectory, extraExamples: reordered });
    assert.deepEqual(again.toJSON(), extended.toJSON());
    assert.equal((await models()).length, 2);

    await loadIntentClassifier({
      trainingFiles: [file],
      cacheDirectory,
      extraExamples: [...extras, { text: "wrap it as a present", intent: "gift_wrap" }],
    });
    assert.equal((await models()).length, 3);

    // A second file is part of the key too: editing it retrains.
    const second = path.join(directory, "second.csv");
    await writeFile(second, "text,intent\nhello,greeting\nhi there,greeting\n");
    await loadIntentClassifier({ trainingFiles: [file, second], cacheDirectory });
    await writeFile(second, "text,intent\nhello,greeting\nhi there,greeting\ngood morning,greeting\n");
    const edited = await loadIntentClassifier({ trainingFiles: [file, second], cacheDirectory });
    assert.ok(edited.labels.includes("greeting"));
    assert.equal((await models()).length, 5);
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
});

test("a model trained in a worker thread is the model trained in place, and is cached for the next start", async () => {
  const directory = await mkdtemp(path.join(tmpdir(), "intent-worker-"));
  try {
    const file = path.join(directory, "train.csv");
    const rows = ["where is my parcel,track_order", "track my package,track_order", "I want my money back,get_refund", "refund my purchase please,get_refund"];
    await writeFile(file, ["text,intent", ...rows].join("\n"));
    const offThread = await loadIntentClassifier({ trainingFiles: [file], cacheDirectory: path.join(directory, "worker"), offThread: true });
    const inPlace = await loadIntentClassifier({ trainingFiles: [file], cacheDirectory: path.join(directory, "main") });
    assert.deepEqual(offThread.toJSON(), inPlace.toJSON());
    assert.equal((await offThread.classify("where is my package")).intent, "track_order");
    assert.equal((await readdir(path.join(directory, "worker"))).filter((name) => name.endsWith(".json")).length, 1);
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
});
