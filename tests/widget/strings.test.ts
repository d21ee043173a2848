import { test } from "node:test";
import assert from "node:assert/strict";
import { MAX_MESSAGE_LENGTH } from "../../lib/realtime/events";
import { WIDGET_MESSAGE_LIMIT } from "../../lib/widget/limits";
import { format, pickLanguage, translations } from "../../lib/widget/strings";
import { detectHumanRequest } from "../../lib/models/offline/human-request";
import { conversationLanguageAfter } from "../../lib/language/detect";

test("the widget speaks the customer's language when the workspace offers it", () => {
  assert.equal(pickLanguage(["es-MX"], ["en", "es"]), "es");
  assert.equal(pickLanguage([null, "es"], ["en", "es"]), "es");
  assert.equal(pickLanguage(["de-DE"], ["en", "es", "fr", "de"]), "de");
  assert.equal(pickLanguage(["fr-CA"], ["en", "es", "fr", "de"]), "fr");
  // Not offered by the workspace, or no table for it: English.
  assert.equal(pickLanguage(["de-DE"], ["en", "es"]), "en");
  assert.equal(pickLanguage(["it-IT"], ["en", "it"]), "en");
  assert.equal(pickLanguage(["es"], ["en"]), "en");
});

test("every language has every string, with the same placeholders", () => {
  const english = translations.en;
  for (const [language, table] of Object.entries(translations)) {
    for (const key of Object.keys(english) as (keyof typeof english)[]) {
      assert.ok(table[key], `${language}.${key}`);
      const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      assert.deepEqual(placeholders(table[key]), placeholders(english[key]), `${language}.${key}`);
    }
  }
  assert.deepEqual(Object.keys(translations).sort(), ["de", "en", "es", "fr"]);
  assert.equal(format(translations.es.queuePosition, { position: 2 }), "Eres el número 2 en la cola para hablar con una persona.");
  assert.equal(format(translations.de.queuePosition, { position: 2 }), "Sie sind Nummer 2 in der Warteschlange für eine Person.");
});

test("the chat's message limit is the server's", () => {
  assert.equal(WIDGET_MESSAGE_LIMIT, MAX_MESSAGE_LENGTH);
});

test("the 'Talk to a person' button asks for a person in words the desk recognises, without changing the chat's language", () => {
  for (const [language, table] of Object.entries(translations)) {
    assert.equal(detectHumanRequest(table.talkToPersonMessage).requested, true, language);
    assert.equal(conversationLanguageAfter(table.talkToPersonMessage, language), language, language);
  }
});
