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
