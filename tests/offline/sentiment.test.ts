import { test } from "node:test";
import assert from "node:assert/strict";
import { scoreSentiment } from "../../lib/signals/sentiment";

const score = (text: string) => scoreSentiment(text).score;

test("praise is positive and complaints are negative", () => {
  assert.ok(score("Thanks, that was really helpful!") > 0.5);
  assert.ok(score("This is the worst service ever, totally useless") < -0.5);
  assert.equal(score("I would like to change my delivery address"), 0);
});

test("negation flips the sentiment", () => {
  assert.ok(score("the replacement is good") > 0);
  assert.ok(score("the replacement is not good") < 0);
  assert.ok(score("the app isn't terrible") > 0);
});

test("intensifiers, capitals and exclamation marks strengthen the sentiment", () => {
  assert.ok(score("the delivery was extremely slow") < score("the delivery was slow"));
  assert.ok(score("the delivery was slightly slow") > score("the delivery was slow"));
  assert.ok(score("this is TERRIBLE") < score("this is terrible"));
  assert.ok(score("this is terrible!!!") < score("this is terrible"));
});

test("what follows 'but' weighs more than what precedes it", () => {
  assert.ok(score("the staff were friendly but the parcel arrived broken") < 0);
  assert.ok(score("the parcel arrived late but the staff were wonderful") > 0);
});

test("common complaint phrases count as negative", () => {
  assert.ok(score("my package never arrived") < -0.3);
  assert.ok(score("the tracking link doesn't work") < -0.3);
  assert.deepEqual(scoreSentiment("what a waste of time").terms, ["waste of time"]);
});

test("scores stay within -1..1", () => {
  const extreme = score("WORST WORST WORST horrible awful disgusting scam fraud!!!!!!");
  assert.ok(extreme >= -1 && extreme < -0.9);
});

test("'this is a joke' and nobody answering read as negative; a joke asked for does not read as anger", () => {
  assert.ok(scoreSentiment("this is a joke. I want my money back NOW").score < -0.4);
  assert.ok(scoreSentiment("nobody answers my emails").score < -0.3);
  assert.ok(scoreSentiment("this is a joke").score < scoreSentiment("tell me a joke").score);
});

test("anger and thanks read the same in Spanish, French and German", () => {
  for (const text of ["Estoy muy enfadada, es inaceptable", "C'est scandaleux, je suis vraiment déçu", "Das ist eine Frechheit, ich bin total verärgert"]) {
    assert.ok(scoreSentiment(text).score <= -0.6, text);
  }
  for (const text of ["¡Muchas gracias, perfecto!", "Merci, c'est parfait", "Danke, das ist toll"]) {
    assert.ok(scoreSentiment(text).score > 0.3, text);
  }
  assert.ok(scoreSentiment("Je ne suis pas déçu du tout").score > 0, "a negated complaint is not a complaint");
});

test("naming what went wrong is the topic, not the mood: a calm report of two faults stays above the floor", () => {
  assert.ok(score("the invoices show the wrong VAT number and two orders are stuck") > -0.6);
  assert.ok(score("the invoices show the wrong VAT number and two orders are stuck") < 0);
  assert.ok(score("honestly I'm fuming, what a shambles") <= -0.6);
  assert.ok(score("estoy hasta las narices") < -0.5);
  assert.ok(score("j'en ai ras le bol") < -0.5);
  assert.ok(score("ich habe die Nase voll, das ist eine Zumutung") <= -0.6);
});

test("a negation ends with its sentence", () => {
  assert.ok(score("Es la cuarta vez que escribo. Nadie hace nada. Estoy muy enfadada.") < -0.4);
  assert.ok(score("Nothing arrived. I'm really angry.") < -0.4);
});

test("thanks said bitterly and nobody doing anything are negative", () => {
  assert.ok(scoreSentiment("she cried when she opened it. thanks for nothing").score <= -0.6);
  assert.ok(scoreSentiment("I've sent the photos three times now and nobody does anything").score < -0.4);
  assert.ok(scoreSentiment("thank you so much").score > 0);
});

test("praise for a let-down is sarcasm; praise after things came right is not", () => {
  assert.ok(scoreSentiment("and nobody came. wonderful. just wonderful.").score <= -0.6);
  assert.ok(scoreSentiment("the courier never showed up. great job guys").score < -0.4);
  assert.ok(scoreSentiment("nobody came yesterday but it arrived this morning, great job on the packaging").score > 0);
  assert.ok(scoreSentiment("it didn't arrive monday, came today, perfect thanks").score > 0);
});
