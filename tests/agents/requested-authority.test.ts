import { test } from "node:test";
import assert from "node:assert/strict";
import { requestedAuthority } from "../../lib/agents/turn-signals";
import { extractEntities } from "../../lib/models/offline/entities";
import { defaultAuthorityLimits } from "../../lib/workspace/settings";

const asked = (text: string) => requestedAuthority("unknown", text, extractEntities(text), defaultAuthorityLimits)?.action ?? null;

test("money back is a refund in the customer's own words and language", () => {
  for (const text of [
    "I expect you to reimburse me 120 euros for the repair",
    "please give me my 250 dollars back",
    "Quiero un reembolso de 200 €",
    "Je veux être remboursé de 150 euros",
    "Ich möchte 300 Euro zurück",
  ]) {
    assert.equal(asked(text), "refund", text);
  }
});

test("money asked for as a gesture is a goodwill credit; an amount merely mentioned is neither", () => {
  for (const text of ["can you take £30 off my next order for the trouble?", "I want to be compensated 75 EUR for the wasted day", "can you cover the $90 repair bill?", "can you send me a $30 voucher for the hassle?"]) {
    assert.equal(asked(text), "goodwill_credit", text);
  }
  for (const text of ["my $25 discount code doesn't work", "I paid $150 by credit card, where's my order?", "I bought a $50 gift card, how do I use it?", "the $200 sofa is back in stock?"]) {
    assert.equal(asked(text), null, text);
  }
});

test("a price matched or a fee waived is a goodwill credit", () => {
  for (const text of ["the lamp is $45 cheaper at Brightside, can you match that price?", "please waive the $30 restocking fee, it came in the wrong colour", "¿pueden igualar el precio? en otra tienda cuesta 40 € menos"]) {
    assert.equal(asked(text), "goodwill_credit", text);
  }
  assert.equal(asked("is there a $5 restocking fee on returns?"), null);
});

test("an amount given after the ask, in the next message, is read with it", () => {
  const text = "total is $598, I'd like it sent to my card today";
  const action = (previous: string) => requestedAuthority("unknown", text, extractEntities(text), defaultAuthorityLimits, previous)?.action ?? null;
  assert.equal(action("I need a refund for the Copperline set and the rug"), "refund");
  assert.equal(action("which of your sets is the best value?"), null);
});

test("an amount without a currency is money when asked for, not when it counts things or names an order", () => {
  assert.equal(asked("I'd like 60 off the price since I'll have to fix it myself"), "goodwill_credit");
  assert.equal(asked("honestly I think you should refund 250 for the hassle"), "refund");
  assert.equal(asked("please refund 1299.00 to my card"), "refund");
  for (const text of ["I want a refund for the 2 mugs", "refund order 4512 please", "I'd like a refund, it's been 14 days", "can I get 20% off", "my return for 4524 came back as store credit, not a refund"]) {
    assert.equal(asked(text), null, text);
  }
});

test("an amount in the previous message is read with an ask in this one", () => {
  const action = (previous: string, text: string) => requestedAuthority("unknown", text, extractEntities(text), defaultAuthorityLimits, previous)?.action ?? null;
  assert.equal(action("the lamp is cheaper on another site by 35 dollars", "will you match it?"), "goodwill_credit");
  assert.equal(action("the blue one matches my sofa, it was 40", "does it match it?"), null);
});

test("the price of what the customer asked to have refunded, given alone in the next message, is the refund asked for", () => {
  const action = (previous: string, text: string) => requestedAuthority("unknown", text, extractEntities(text), defaultAuthorityLimits, previous);
  for (const [previous, text, cents] of [
    ["Quiero que me devuelvan la membresía del año entero", "la pagué en enero, son 199,90", 19990],
    ["je voudrais être remboursé pour la table basse", "elle m'a coûté 320", 32000],
    ["Ich hätte gern mein Geld für den Mixer zurück", "das waren 189,99", 18999],
    ["can I get my money back for the rug please", "it was 240", 24000],
  ] as const) {
    assert.deepEqual(action(previous, text), { action: "refund", amountCents: cents, limitCents: defaultAuthorityLimits.refundCents }, text);
  }
  // A refund talked about rather than asked for, and a number asked about, are not asks.
  assert.equal(action("my refund for the rug came through this morning", "it was 240, all good"), null);
  assert.equal(action("can you refund the rug?", "like 240?"), null);
});

test("money back while keeping the item is a gesture, and so is a discount asked for in Spanish, French or German", () => {
  for (const text of ["je le garde si vous me remboursez 90 €", "ich behalte sie, wenn Sie mir 50 Euro erstatten", "I'll keep it if you refund me $40", "me la quedo si me hacen un descuento de 70 euros", "vous pourriez me faire une remise de 40 € ?", "geben Sie mir einen Rabatt von 30 Euro"]) {
    assert.equal(asked(text), "goodwill_credit", text);
  }
  for (const text of ["mi código de descuento de 10 € no funciona", "I'll keep the receipt, the $90 refund is for the lamp"]) {
    assert.notEqual(asked(text), "goodwill_credit", text);
  }
});

test("an amount back or cheaper elsewhere is money without a currency", () => {
  assert.equal(asked("I think 150 back would be fair"), "refund");
  assert.equal(asked("the vase is 30 cheaper on another site"), "goodwill_credit");
});
