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
