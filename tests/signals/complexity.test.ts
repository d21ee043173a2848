import { test } from "node:test";
import assert from "node:assert/strict";
import { scoreComplexity, type ComplexityInput } from "../../lib/signals/complexity";

function input(text: string, overrides: Partial<ComplexityInput> = {}): ComplexityInput {
  return { text, previousCustomerTurns: [], intentsSoFar: [], entities: {}, ...overrides };
}

test("a single everyday question is simple", () => {
  for (const text of ["where is my order 4512?", "what's your return window?", "how do I reset my password", "thanks!"]) {
    const result = scoreComplexity(input(text));
    assert.ok(result.score < 0.35, `${text}: ${result.score}`);
  }
});

test("a return with its refund is one request, not two", () => {
  const result = scoreComplexity(input("I want to return the Stillwater vase and get a refund"));
  assert.ok(!result.reasons.some((reason) => reason.includes("separate requests")), result.reasons.join("; "));
});

test("several distinct requests across several systems add up past the default threshold", () => {
  const result = scoreComplexity(
    input("I need a refund for the cracked Stillwater vase from 4551. Also can you change the shipping address on 4602, and send me a VAT invoice for both?"),
  );
  assert.ok(result.score >= 0.7, String(result.score));
  assert.ok(result.reasons.some((reason) => reason.startsWith("3 separate requests in one message")), result.reasons.join("; "));
  assert.ok(result.reasons.some((reason) => reason.startsWith("needs 3 business systems")), result.reasons.join("; "));
  assert.ok(result.reasons.some((reason) => reason.startsWith("2 different orders: 4551, 4602")), result.reasons.join("; "));
});

test("entity order ids count with the ones written in the text", () => {
  const result = scoreComplexity(input("both of these arrived damaged", { entities: { orderIds: ["4520", "4521"] } }));
  assert.ok(result.reasons.includes("2 different orders: 4520, 4521"));
});

test("policy ambiguity: one cue is a hint, two need a person at the default threshold", () => {
  const one = scoreComplexity(input("Can the Aurora lamp be an exception to the return rules?"));
  assert.equal(one.score, 0.45);
  const two = scoreComplexity(input("I know it's past the 30 day window, but this is a special case. Could you make an exception?"));
  assert.ok(two.score >= 0.7, String(two.score));
  assert.ok(two.reasons.some((reason) => reason.includes("asks for an exception") && reason.includes("special case")));
  assert.ok(scoreComplexity(input("But the policy says returns are free, it's technically a defect")).score >= 0.7);
});

test("the same intent three times without resolution is a customer going in circles", () => {
  const twice = scoreComplexity(
    input("my refund still isn't here", { previousCustomerTurns: ["where is my refund for 4577?"], intentsSoFar: ["track_refund", "track_refund"] }),
  );
  assert.ok(!twice.reasons.some((reason) => reason.startsWith("same request")));
  const thrice = scoreComplexity(
    input("so where is the refund", {
      previousCustomerTurns: ["where is my refund for 4577?", "my refund still isn't here"],
      intentsSoFar: ["track_refund", "track_refund", "track_refund"],
    }),
  );
  assert.ok(thrice.reasons.includes("same request 3 times without resolution (track_refund)"), thrice.reasons.join("; "));
});

test("without intents, near-identical messages still show the circle", () => {
  const result = scoreComplexity(
    input("the grinder won't turn on", { previousCustomerTurns: ["the grinder won't turn on", "hi", "my grinder won't turn on"] }),
  );
  assert.ok(result.reasons.some((reason) => reason.startsWith("same request 3 times")), result.reasons.join("; "));
});

test("repeated small talk is not a circle", () => {
  const result = scoreComplexity(
    input("thanks!", { previousCustomerTurns: ["thanks!", "thanks!"], intentsSoFar: ["thanks", "thanks", "thanks"] }),
  );
  assert.deepEqual(result, { score: 0, reasons: [] });
});

test("a customer saying they are repeating themselves is a circling cue", () => {
  const result = scoreComplexity(input("As I said, the lamp is broken"));
  assert.ok(result.reasons.includes('customer is repeating themselves ("as i said")'));
});

test("off-script requests are a complexity cue", () => {
  const result = scoreComplexity(input("Do you do wholesale pricing for a café chain? We'd want 40 grinders."));
  assert.ok(result.reasons.includes('off-script request ("wholesale")'));
});

test("cues combine as independent evidence and the score stays within 0..1", () => {
  const result = scoreComplexity(
    input("As I said, this is a special case and I need an exception: refund 4510, cancel 4511, also fix my password and the Lumen Plus billing.", {
      previousCustomerTurns: ["refund 4510 and cancel 4511", "refund 4510 and cancel 4511 please"],
    }),
  );
  assert.ok(result.score > 0.9 && result.score <= 1, String(result.score));
});

test("the same question asked a third time needs a person on its own", () => {
  const third = scoreComplexity(
    input("where is my refund??", { previousCustomerTurns: ["where is my refund", "I asked where my refund is"], intentsSoFar: ["track_refund", "track_refund", "track_refund"] }),
  );
  assert.ok(third.score >= 0.7, `${third.score}`);
});

test("three different questions the classifier gave one label are not a circle", () => {
  const result = scoreComplexity(
    input("what payment methods do you accept?", {
      previousCustomerTurns: ["how do I return an item?", "can I change my shipping address?"],
      intentsSoFar: ["contact_customer_service", "contact_customer_service", "contact_customer_service"],
    }),
  );
  assert.ok(!result.reasons.some((reason) => reason.startsWith("same request")), result.reasons.join("; "));
});

test("one failure that caused others across several systems needs a person", () => {
  const entangled = scoreComplexity(input("my Lumen Plus renewal payment failed and now the app logs me out so I can't track my order"));
  assert.ok(entangled.score >= 0.7, `${entangled.score}: ${entangled.reasons.join("; ")}`);
  assert.ok(entangled.reasons.some((reason) => reason.startsWith("one problem across")));
  assert.ok(scoreComplexity(input("can I pay with PayPal?")).score < 0.7);
});

test("a question asked a third time in other words, or in another language, is still a circle", () => {
  const english = scoreComplexity(
    input("I'll ask again: has my parcel for the lamp shipped", { previousCustomerTurns: ["has my parcel shipped", "sorry but has the parcel for the lamp shipped yet"] }),
  );
  assert.ok(english.reasons.some((reason) => reason.startsWith("same request 3 times")), english.reasons.join("; "));
  const german = scoreComplexity(input("Zum dritten Mal: wann kommt meine Erstattung?", { previousCustomerTurns: ["Wann kommt meine Erstattung?", "Ich frage noch einmal, wann kommt die Erstattung?"] }));
  assert.ok(german.score >= 0.7, `${german.score}: ${german.reasons.join("; ")}`);
});

test("a fix that failed twice needs a person; the problem and one failed try do not", () => {
  const once = scoreComplexity(input("I tried that and it still won't pair", { previousCustomerTurns: ["my lamp doesn't work with the app"] }));
  assert.ok(once.score < 0.7, `${once.score}: ${once.reasons.join("; ")}`);
  const twice = scoreComplexity(
    input("did it again, still won't pair", { previousCustomerTurns: ["my lamp doesn't work with the app", "I tried that and it still won't pair"] }),
  );
  assert.ok(twice.score >= 0.7, `${twice.score}: ${twice.reasons.join("; ")}`);
  assert.ok(twice.reasons.includes("nothing the AI suggested has helped (said 2 times)"), twice.reasons.join("; "));
});

test("the customer pointing out that the AI repeats itself is a circle", () => {
  const echoed = scoreComplexity(input("you already told me that, it still hasn't arrived", { previousCustomerTurns: ["when does my parcel come?"] }));
  assert.ok(echoed.score >= 0.7, `${echoed.score}: ${echoed.reasons.join("; ")}`);
  const agreeing = scoreComplexity(input("you already said that the return is free, thanks", { previousCustomerTurns: ["is the return free?"] }));
  assert.ok(agreeing.score < 0.7, `${agreeing.score}: ${agreeing.reasons.join("; ")}`);
});

test("a need for a person that builds over several turns: no progress said twice, a fix tried twice, an old answer given again", () => {
  const turns = ["hi, my order 5521 hasn't arrived yet", "ok the tracking says in transit", "still nothing today", "and the parcel is for a birthday"];
  const stalled = scoreComplexity(input("I've checked the tracking twice since and it hasn't moved", { previousCustomerTurns: turns }));
  assert.ok(stalled.score >= 0.7, `${stalled.score}: ${stalled.reasons.join("; ")}`);
  const onceOnly = scoreComplexity(input("it hasn't moved since this morning", { previousCustomerTurns: ["where is my order 5521?"] }));
  assert.ok(onceOnly.score < 0.7, `${onceOnly.score}: ${onceOnly.reasons.join("; ")}`);
  const triedTwice = scoreComplexity(input("I've tried that twice now", { previousCustomerTurns: ["my lamp won't connect to wifi", "I restarted it like you said"] }));
  assert.ok(triedTwice.score >= 0.7, `${triedTwice.score}: ${triedTwice.reasons.join("; ")}`);
  const triedBefore = scoreComplexity(input("I already tried unplugging it twice", { previousCustomerTurns: ["my lamp keeps flickering"] }));
  assert.ok(triedBefore.score < 0.7, `${triedBefore.score}: ${triedBefore.reasons.join("; ")}`);
  for (const text of ["that's what you said yesterday too", "eso ya me lo dijiste ayer", "vous me l'avez déjà dit hier", "we're going round in circles here"]) {
    const circle = scoreComplexity(input(text, { previousCustomerTurns: ["when will my replacement kettle ship?"] }));
    assert.ok(circle.score >= 0.7, `${text}: ${circle.score}`);
  }
});

test("an organisation buying at scale needs a person once it asks for something; saying who it is does not", () => {
  const school = ["Nous sommes une école et avons commandé 30 lampes Aurora"];
  const asks = scoreComplexity(input("12 ne se connectent pas au wifi du campus, 5 ont un firmware bloqué, et la facture est au mauvais nom", { previousCustomerTurns: school }));
  assert.ok(asks.score >= 0.7, `${asks.score}: ${asks.reasons.join("; ")}`);
  const chain = scoreComplexity(input("we run a chain of 12 cafés and would want around 50 grinders every quarter, on net-30 terms", { previousCustomerTurns: ["hi, quick question about buying in bulk"] }));
  assert.ok(chain.score >= 0.7, `${chain.score}: ${chain.reasons.join("; ")}`);
  for (const text of ["We're a small office, do you ship to Leeds?", "I'd like to order 3 lamps, one for each bedroom", "I ordered 2 weeks ago, where is it?"]) {
    const plain = scoreComplexity(input(text));
    assert.ok(plain.score < 0.7, `${text}: ${plain.score}`);
  }
});

test("a list of different problems in one message counts each of them", () => {
  const listed = scoreComplexity(input("4518 is missing an item, 4521 was charged twice, and 4530 was refunded to the wrong card"));
  assert.ok(listed.reasons.some((reason) => reason.startsWith("3 separate requests")), listed.reasons.join("; "));
});

test("time passing and nobody answering count as no progress, in four languages", () => {
  for (const turns of [
    ["I reported the broken vase with photos", "it's been ten days now", "and nobody has replied"],
    ["mi reembolso no llega", "todavía no hay nada", "y nadie me responde"],
    ["ma commande est incomplète", "toujours rien", "et personne ne me répond"],
    ["meine Bestellung fehlt", "immer noch nichts", "und niemand meldet sich"],
  ]) {
    const result = scoreComplexity(input(turns.at(-1)!, { previousCustomerTurns: turns.slice(0, -1) }));
    assert.ok(result.score >= 0.7, `${turns.join(" / ")}: ${result.score} ${result.reasons.join("; ")}`);
  }
});

test("a promise not kept, a question already asked on other days, and the same answer again build up to a person", () => {
  const asked = scoreComplexity(input("why does nobody get back to me", { previousCustomerTurns: ["where is my refund?", "I asked about this on Monday", "and again on Wednesday"] }));
  assert.ok(asked.score >= 0.7, `${asked.score}: ${asked.reasons.join("; ")}`);
  const same = scoreComplexity(input("same answer as last time, really?", { previousCustomerTurns: ["my order hasn't shipped", "you told me it would ship Tuesday"] }));
  assert.ok(same.score >= 0.7, `${same.score}: ${same.reasons.join("; ")}`);
  const several = scoreComplexity(input("the rug came stained, I was charged for express but got standard, and my points disappeared"));
  assert.ok(several.score >= 0.7, `${several.score}: ${several.reasons.join("; ")}`);
  const buyer = scoreComplexity(input("Hi, I'm buying for my restaurant group, 8 sites in total, and would need a trade account with monthly invoicing"));
  assert.ok(buyer.score >= 0.7, `${buyer.score}: ${buyer.reasons.join("; ")}`);
});

test("problems reported one message at a time add up; questions along the way do not", () => {
  const turns = ["order 4512 is missing the lid", "and order 4518 was charged twice", "my membership shows the wrong plan", "also the address on 4520 is wrong"];
  const last = scoreComplexity(input(turns[3]!, { previousCustomerTurns: turns.slice(0, 3) }));
  assert.ok(last.score >= 0.7, JSON.stringify(last));
  const questions = ["how do I return an item?", "can I exchange instead?", "when will I get my refund?", "what about the delivery?"];
  assert.equal(scoreComplexity(input(questions[3]!, { previousCustomerTurns: questions.slice(0, 3) })).score, 0);
});

test("a Spanish message listing an incomplete order, a double charge and a plan never taken out needs a person", () => {
  const result = scoreComplexity(input("el pedido 4512 llegó incompleto, me cobraron dos veces el 4518 y mi cuenta muestra un plan que no contraté"));
  assert.ok(result.score >= 0.7, JSON.stringify(result));
});

test("money that does not add up after several operations on one purchase needs a person", () => {
  const tangled = scoreComplexity(
    input("the store credit from the swap plus the refund come to less than what I paid", {
      previousCustomerTurns: ["I ordered a blanket and a kettle together", "I sent the kettle back and swapped the blanket for the grey one"],
    }),
  );
  assert.ok(tangled.score >= 0.7, tangled.reasons.join("; "));
  assert.ok(tangled.reasons.some((reason) => reason.startsWith("money that does not add up")), tangled.reasons.join("; "));
  const german = scoreComplexity(
    input("jetzt stimmt die Gutschrift nicht mit dem Betrag überein, den ich bezahlt habe", {
      previousCustomerTurns: ["Ich habe einen Teil der Bestellung zurückgeschickt", "und den Rest umgetauscht"],
    }),
  );
  assert.ok(german.score >= 0.7, german.reasons.join("; "));
  // Sums on one simple purchase are a question the help centre answers, and sums that come out right are no problem.
  assert.ok(scoreComplexity(input("the total looks wrong", { previousCustomerTurns: ["how much is shipping for the lamp?"] })).score < 0.7);
  assert.ok(
    scoreComplexity(input("the refund, the new bowls and the gift card balance all look right, thanks", { previousCustomerTurns: ["I returned one mug, exchanged the bowls and paid the rest with my gift card"] }))
      .score < 0.7,
  );
});

test("problems listed against orders named earlier are a batch", () => {
  const result = scoreComplexity(
    input("one is lost, one came damaged and the third charged me twice", { previousCustomerTurns: ["I have three orders this month: 4541, 4542 and 4547"] }),
  );
  assert.ok(result.score >= 0.7, result.reasons.join("; "));
  assert.ok(result.reasons.includes("3 different orders: 4541, 4542, 4547"), result.reasons.join("; "));
  // A question about one of them is not.
  assert.ok(scoreComplexity(input("when will 4541 arrive?", { previousCustomerTurns: ["I have three orders on the way: 4541, 4542 and 4547"] })).score < 0.35);
});

test("part of an organisation's batch failing adds to buying at scale", () => {
  const result = scoreComplexity(
    input("we need to swap 4 of them and get one invoice for everything", { previousCustomerTurns: ["I'm the office manager at a dental practice, we bought 15 purifiers"] }),
  );
  assert.ok(result.score >= 0.7, result.reasons.join("; "));
  assert.ok(scoreComplexity(input("2 of them are for my sister, can you gift wrap them?", { previousCustomerTurns: ["I bought 3 lamps"] })).score < 0.7);
});
