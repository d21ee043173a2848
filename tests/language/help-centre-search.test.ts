import { test } from "node:test";
import assert from "node:assert/strict";
import { closestWording, KnowledgeIndex, type Question } from "../../lib/models/offline/knowledge-retrieval";
import { assessScope } from "../../lib/signals/scope";
import { getIntentClassifier } from "../../lib/models/offline/default-intent-model";
import { demoHelpCentre } from "../../lib/demo/article-translations";

// The demo help centre in the three languages the sentence encoder does not read: words and the
// intent prior are all the evidence a Spanish, French or German question has.
const classifier = await getIntentClassifier();
const articles = demoHelpCentre().filter((a) => a.language !== "en");
const index = await KnowledgeIndex.build(
  articles.map((a) => ({ id: `${a.language}/${a.slug}`, slug: a.slug, language: a.language, title: a.title, body: a.body, tags: a.tags })),
  {
    encode: async () => [],
    intentsOf: async (texts) => (await classifier.classifyAll(texts)).map((p) => new Map(p.scores.slice(0, 5).map((s) => [s.label, s.probability]))),
  },
);

async function ask(text: string, language: string) {
  const prediction = await classifier.classify(text);
  const question: Question = { text, language, embedding: null, intents: prediction.scores.slice(0, 6).map((s) => ({ intent: s.label, confidence: s.probability })) };
  return index.search(question);
}

test("every article of the help centre answers in Spanish, French and German", async () => {
  for (const language of ["es", "fr", "de"]) {
    assert.equal(articles.filter((a) => a.language === language).length, demoHelpCentre().filter((a) => a.language === "en").length, language);
  }
});

test("questions typed without accents find the article written with them", async () => {
  for (const [text, language, slug] of [
    ["donde descargo la factura de mi pedido", "es", "invoices-and-receipts"],
    ["mi tarjeta caduco, como pongo otra", "es", "update-payment-card"],
    ["l'appli me deconnecte sans arret", "fr", "app-login-loop"],
    ["ruckerstattung dauert zu lange", "de", "refund-policy-and-timing"],
  ] as const) {
    assert.equal((await ask(text, language))[0]?.article.slug, slug, text);
  }
});

test("a German compound finds the article that spells its parts apart, and the other way round", async () => {
  const [costs] = await ask("Versandkosten nach Österreich?", "de");
  assert.equal(costs?.article.slug, "delivery-times-and-shipping-costs");
  const [wallet] = await ask("Wo sehe ich mein Guthaben im Konto?", "de");
  assert.equal(wallet?.article.slug, "partial-refunds-and-store-credit");
});

test("a verb with 'zu' inside finds the article about that verb", async () => {
  const [hit] = await ask("Ist es möglich, geöffnete Kopfhörer zurückzuschicken?", "de");
  assert.ok(hit, "no article found");
  assert.ok(["return-policy", "how-to-start-a-return", "non-returnable-items"].includes(hit.article.slug), hit.article.slug);
});

test("a plain question in the customer's language is answered from its own article with confidence", async () => {
  for (const [text, language, slug] of [
    ["¿Puedo pagar con PayPal?", "es", "payment-methods-and-currencies"],
    ["Comment activer l'authentification à deux facteurs ?", "fr", "two-factor-authentication"],
    ["Wie kündige ich mein Abo?", "de", "cancel-or-pause-membership"],
    // Worded like one of the article's own questions, though every article says "Bestellung".
    ["Wo ist meine Bestellung?", "de", "track-your-order"],
    ["Où est ma commande ?", "fr", "track-your-order"],
    ["¿Dónde está mi pedido?", "es", "track-your-order"],
  ] as const) {
    const [hit] = await ask(text, language);
    assert.equal(hit?.article.slug, slug, text);
    assert.equal(hit!.article.language, language, text);
    assert.ok(hit!.confidence >= 0.7, `${text}: confidence ${hit!.confidence.toFixed(2)}`);
  }
});

test("an off-topic question in these languages is not answered with confidence", async () => {
  for (const [text, language] of [
    ["¿Cuál es el río más largo de Europa?", "es"],
    ["Qui a peint la Joconde ?", "fr"],
    ["Wer hat die Relativitätstheorie entdeckt?", "de"],
    // A short word must not find a longer one by its first letters ("hoch" in "höchstens").
    ["Wie hoch ist die Zugspitze?", "de"],
    ["Quelle est la hauteur de la tour Eiffel ?", "fr"],
  ] as const) {
    const [hit] = await ask(text, language);
    assert.ok(!hit || hit.confidence < 0.7, `${text}: ${hit?.article.slug} at ${hit?.confidence.toFixed(2)}`);
  }
});

test("an off-topic question sharing an everyday word with an article is declined as off-topic; a store question without a shop word is not", async () => {
  const scopeOf = async (text: string, language: string) => assessScope({ text, entities: [], helpCentreSimilarity: null, helpCentreWordShare: closestWording(await ask(text, language), language, index) });
  for (const [text, language] of [
    ["quién ganó la copa el año pasado", "es"],
    ["mejor película del año pasado", "es"],
    ["meilleur film de l'année dernière", "fr"],
    ["wer wurde letztes Jahr Meister?", "de"],
  ] as const) {
    const scope = await scopeOf(text, language);
    // Judged off-topic outright, whatever confidence an article's shared words reached.
    assert.ok(!scope.shopRelated && scope.byMeaning, `${text}: ${scope.evidence}`);
  }
  for (const [text, language] of [
    ["¿compartís mis datos con otras empresas?", "es"],
    ["comment télécharger une copie de mes données ?", "fr"],
    ["bitte löscht meine persönlichen Daten", "de"],
  ] as const) {
    const scope = await scopeOf(text, language);
    assert.ok(scope.shopRelated || !scope.byMeaning, `${text}: ${scope.evidence}`);
  }
});
