import { test } from "node:test";
import assert from "node:assert/strict";
import { assessScope } from "../../lib/signals/scope";

const about = (text: string, extra: Partial<Parameters<typeof assessScope>[0]> = {}) => assessScope({ text, entities: [], ...extra }).shopRelated;

test("questions about the world are out of scope", () => {
  for (const text of ["What is the capital of Australia?", "Tell me a joke", "what's the weather tomorrow in Paris?", "I appreciate it, who won the world cup?", "Quelle est la capitale de la France ?"]) {
    assert.equal(about(text), false, text);
  }
  assert.match(assessScope({ text: "What is the capital of Australia?", entities: [] }).evidence, /no word about/);
});

test("anything that names the shop's world is in scope, in the customer's language", () => {
  for (const text of [
    "Do you ship to Australia?",
    "show me your payment options",
    "where do I view my invoices?",
    "could you tell me about the delivery periods?",
    "¿Cuánto tiempo tengo para devolver un artículo?",
    "Wie lange dauert die Lieferung?",
    "Où est mon colis ?",
    "how do I reset my password",
  ]) {
    assert.equal(about(text), true, text);
  }
  assert.equal(about("is 4518 here yet", { entities: [{ type: "order_number", value: "4518" }] }), true);
  assert.equal(about("is the Aurora good for reading?", { shopVocabulary: ["Aurora Smart Lamp", "Aurora"] }), true);
});

test("a follow-up leans on the question before it", () => {
  assert.equal(about("can I get it in red?"), false);
  assert.equal(about("can I get it in red?", { earlierCustomerTurns: ["is the Copperline pan set still in stock?"] }), true);
});

test("a question with no shop word is in scope when it comes close in meaning to one the help centre answers", () => {
  const near = assessScope({ text: "do you sell my data?", entities: [], helpCentreSimilarity: 0.93 });
  assert.equal(near.shopRelated, true);
  assert.match(near.evidence, /close to a question the help centre answers \(similarity 0\.93\)/);
  const far = assessScope({ text: "write me a poem about cats", entities: [], helpCentreSimilarity: 0.29 });
  assert.equal(far.shopRelated, false);
  assert.equal(far.byMeaning, true);
  assert.match(far.evidence, /similarity 0\.29 < 0\.6/);
  // Without a comparable meaning (a language the encoder does not read) the words alone decide, and say so.
  assert.equal(assessScope({ text: "Erzähl mir einen Witz", entities: [] }).byMeaning, false);
});

test("in a language the encoder does not read, a question sharing few words with the help centre is judged far from it", () => {
  // Sharing words is weaker than meaning: it does not make a question without a shop word the shop's.
  const sharing = assessScope({ text: "¿Cuántos habitantes tiene México?", entities: [], helpCentreSimilarity: null, helpCentreWordShare: 0.5 });
  assert.equal(sharing.shopRelated, false);
  assert.equal(sharing.byMeaning, false);
  const joke = assessScope({ text: "Erzähl mir einen Witz", entities: [], helpCentreSimilarity: null, helpCentreWordShare: 0 });
  assert.equal(joke.shopRelated, false);
  assert.equal(joke.byMeaning, true);
  assert.match(joke.evidence, /0% in one article < 40%/);
  // Talking to the desk itself is no other topic in these languages either.
  assert.equal(assessScope({ text: "¿qué tal estás?", entities: [], helpCentreWordShare: 0 }).shopRelated, true);
  assert.equal(assessScope({ text: "tu es un robot ?", entities: [], helpCentreWordShare: 0 }).shopRelated, true);
  assert.equal(assessScope({ text: "Bist du ein Mensch?", entities: [], helpCentreWordShare: 0 }).shopRelated, true);
});

test("in a language the encoder does not read, an everyday word of a product name or an amount ties a question worded like none of the help centre's to the shop no more than in English", () => {
  const catalogue = ["Brewmaster Pour-Over Kettle", "Aurora Smart Lamp"];
  // "pour" is French for "for", not the kettle.
  const song = assessScope({ text: "écris-moi un poème pour mon grand-père", entities: [], shopVocabulary: catalogue, helpCentreSimilarity: null, helpCentreWordShare: 0 });
  assert.equal(song.shopRelated, false, song.evidence);
  assert.equal(song.byMeaning, true);
  const exchange = assessScope({ text: "¿cuánto son 20 euros en pesos mexicanos?", entities: [{ type: "money", value: "20 euros" }], helpCentreSimilarity: null, helpCentreWordShare: 0 });
  assert.equal(exchange.shopRelated, false, exchange.evidence);
  // The product's own name still makes it the shop's business.
  assert.equal(assessScope({ text: "la Brewmaster ne chauffe plus", entities: [], shopVocabulary: catalogue, helpCentreSimilarity: null, helpCentreWordShare: 0 }).shopRelated, true);
});

test("talking to the desk itself is not another topic, and stock prices are not the shop's stock", () => {
  assert.equal(about("how are you?"), true);
  assert.equal(about("are you a bot"), true);
  assert.equal(about("how do I invest in stocks"), false);
  assert.equal(about("is the kettle back in stock?"), true);
});

test("a product is in scope by its brand as well as by its full name", () => {
  const shopVocabulary = ["Copperline 10-Piece Cookware Set", "Halo Sonic Toothbrush"];
  assert.equal(about("Can the Copperline cookware go in a combi steam oven at 230°C?", { shopVocabulary }), true);
  assert.equal(about("is halogen light bad for plants?", { shopVocabulary }), false);
});

test("a mistyped shop word still ties a message to the shop", () => {
  assert.equal(about("pasword reset"), true);
  assert.equal(about("explain quantum physics"), false);
});

test("a shop word with an everyday meaning needs the question's meaning to come near the help centre", () => {
  // Measured similarities of the sentence encoder: far from every help-centre question, and near one.
  for (const [text, similarity] of [["can you help me plan a birthday party", 0.41], ["where can I buy concert tickets", 0.52], ["what's a good gift for my dad who likes cooking", 0.45]] as const) {
    assert.equal(about(text, { helpCentreSimilarity: similarity }), false, text);
  }
  assert.equal(about("which plan should I pick", { helpCentreSimilarity: 0.57 }), true);
  // A word that only the shop's world uses is enough on its own, and without meaning to compare the words decide.
  assert.equal(about("can you order me a pizza", { helpCentreSimilarity: 0.52 }), true);
  assert.equal(about("where can I buy concert tickets"), true);
});

test("customers' own words for sending something back and for their password tie a message to the shop", () => {
  for (const text of ["can i send back an electric shaver i already opened", "forgot pw"]) assert.equal(about(text, { helpCentreSimilarity: 0.53 }), true, text);
});

test("another company's service or another part of life is out of scope, even in the shop's words", () => {
  for (const text of ["how do I cancel my Netflix subscription", "is my Amazon parcel late?", "reset my gmail password", "how do I return a library book", "how to cancel a gym membership", "how do i track a flight"]) {
    const reading = assessScope({ text, entities: [], helpCentreSimilarity: 0.7 });
    assert.equal(reading.shopRelated, false, text);
    // Declined outright, whatever an article's words matched.
    assert.equal(reading.byMeaning, true, text);
  }
  assert.match(assessScope({ text: "how do I cancel my Netflix subscription", entities: [] }).evidence, /netflix, another company's service/);
  assert.match(assessScope({ text: "how do i track a flight", entities: [] }).evidence, /a flight, not something the shop deals with/);
});

test("the shop's own order, parcel, product or email keeps a message in scope beside those words", () => {
  const products = ["Aurora Smart Lamp", "Trailhead 2-Person Tent"];
  assert.equal(about("my order is stuck at the airport customs", { helpCentreSimilarity: 0.7 }), true);
  assert.equal(about("can I return the tent if my flight is cancelled?", { shopVocabulary: products, helpCentreSimilarity: 0.62 }), true);
  assert.equal(about("my order confirmation went to my gmail spam folder", { helpCentreSimilarity: 0.7 }), true);
  assert.equal(about("is my Amazon order 4518 late?", { entities: [{ type: "order_number", value: "4518" }] }), true);
});

test("a product's own word counts when the message is about the shop, not when it is far from it", () => {
  const products = ["Aurora Smart Lamp", "Morning Ritual Single-Origin Coffee Beans 1 lb"];
  assert.equal(about("the box came smashed and the lamp base is cracked", { shopVocabulary: products, helpCentreSimilarity: 0.57 }), true);
  assert.equal(about("what's the best way to store coffee beans", { shopVocabulary: products, helpCentreSimilarity: 0.4 }), false);
});

test("an amount of money ties a message to the shop only when it is about the shop", () => {
  const money = [{ type: "money", value: "50.00 EUR" }];
  assert.equal(about("convert 50 euros to dollars", { entities: money, helpCentreSimilarity: 0.31 }), false);
  assert.equal(about("you took 50 euros from me yesterday", { entities: money, helpCentreSimilarity: 0.58 }), true);
});
