import { test } from "node:test";
import assert from "node:assert/strict";
import { KnowledgeIndex } from "../../lib/models/offline/knowledge-retrieval";
import { demoArticles } from "../../lib/demo/knowledge-articles";
import { HELP_CENTRE } from "./help-centre-fixture";

const index = new KnowledgeIndex(HELP_CENTRE);
const best = (question: string) => index.search(question)[0];

test("a returns question finds the returns article with high confidence", () => {
  const hit = best("How can I return an item for a refund?");
  assert.equal(hit?.article.slug, "returns-and-exchanges");
  assert.ok(hit!.confidence >= 0.7, `confidence ${hit!.confidence}`);
});

test("questions are matched through inflections", () => {
  assert.equal(best("I forgot my password")?.article.id, "kb-password");
  assert.equal(best("can sale items be returned?")?.article.id, "kb-returns");
  assert.equal(best("tracking my orders")?.article.id, "kb-tracking");
});

test("an unrelated question gets low confidence", () => {
  for (const question of ["what's the weather on Mars", "who won the football match yesterday", "is the ocean blue because of the sky"]) {
    const confidence = best(question)?.confidence ?? 0;
    assert.ok(confidence < 0.4, `${question}: ${confidence}`);
  }
});

test("a question only partly covered scores below one that is fully covered", () => {
  const partial = best("can I pay with bitcoin and get a discount code")!;
  const full = best("which payment methods do you accept")!;
  assert.equal(full.article.id, "kb-payment");
  assert.ok(partial.confidence < full.confidence);
});

test("hits are ranked by score and limited", () => {
  const hits = index.search("order shipping delivery", { limit: 2 });
  assert.equal(hits.length, 2);
  assert.ok(hits[0]!.score >= hits[1]!.score);
  assert.deepEqual(index.search("the and of"), []);
});

test("\"how long\" questions reach the article about that wait, not any article that names a number of days", () => {
  const store = new KnowledgeIndex(demoArticles.map((article) => ({ id: article.slug, ...article })));
  const cases: Array<[string, string]> = [
    ["How long does shipping take?", "delivery-times-and-shipping-costs"],
    ["How long does delivery to Germany take?", "delivery-times-and-shipping-costs"],
    ["how long does a refund take", "refund-policy-and-timing"],
    ["How long do I have to return an item?", "return-policy"],
  ];
  for (const [question, slug] of cases) assert.equal(store.search(question)[0]?.article.slug, slug, question);
});

test("contractions and filler words do not count as parts of the question no article covers", () => {
  const store = new KnowledgeIndex(demoArticles.map((article) => ({ id: article.slug, ...article })));
  for (const [question, slug] of [
    ["my promo code doesn't work", "checkout-error-promo-code"],
    ["I never got a confirmation email", "order-confirmation-email-missing"],
  ]) {
    const hit = store.search(question!)[0];
    assert.equal(hit?.article.slug, slug, question);
    assert.ok(hit!.confidence >= 0.7, `${question}: confidence ${hit!.confidence}`);
  }
});
