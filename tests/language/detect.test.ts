import { test } from "node:test";
import assert from "node:assert/strict";
import { conversationLanguageAfter, detectLanguage } from "../../lib/language/detect";

const sentences: Record<string, string[]> = {
  en: [
    "How do I return an item?",
    "How much is shipping to Canada?",
    "Where is my order 4519?",
    "show me your payment options",
    "could you tell me about the delivery periods?",
    "I forgot my password and now my account is locked",
    "my order 4518 never arrived",
  ],
  es: [
    "¿Cuánto tiempo tengo para devolver un artículo?",
    "donde esta mi pedido 4519",
    "Quiero devolver mis zapatos",
    "cuanto cuesta el envio a Canada",
    "Puedo pagar con PayPal?",
    "He olvidado mi contraseña y mi cuenta está bloqueada",
    "Necesito cambiar la dirección de envío de mi pedido",
  ],
  fr: [
    "Comment retourner un article ?",
    "Où est ma commande 4519 ?",
    "Je veux annuler ma commande",
    "Quels moyens de paiement acceptez-vous ?",
    "mot de passe oublié, mon compte est bloqué",
    "Combien de temps pour recevoir mon remboursement",
    "Mon colis est arrivé abîmé",
  ],
  de: [
    "Wie lange dauert der Versand?",
    "Wann bekomme ich mein Geld zurück?",
    "Ich möchte meine Bestellung stornieren",
    "Welche Zahlungsarten akzeptiert ihr?",
    "wo ist meine bestellung 4519",
    "Ich habe mein Passwort vergessen",
    "Das Paket kam beschädigt an",
  ],
};

for (const [language, texts] of Object.entries(sentences)) {
  test(`recognises ${language} customer questions`, () => {
    for (const text of texts) {
      const guess = detectLanguage(text);
      assert.equal(guess.language, language, `"${text}" was read as ${guess.language}`);
      assert.equal(guess.basis, "text");
      const other = language === "en" ? "de" : "en";
      assert.equal(conversationLanguageAfter(text, other), language, `"${text}" did not switch the conversation from ${other} (confidence ${guess.confidence.toFixed(2)})`);
    }
  });
}

test("a question in another language switches the conversation to it", () => {
  assert.equal(conversationLanguageAfter("¿Cuánto tiempo tengo para devolver un artículo?", "en"), "es");
  assert.equal(conversationLanguageAfter("Wann bekomme ich mein Geld zurück?", "en"), "de");
  assert.equal(conversationLanguageAfter("Je veux annuler ma commande", "es"), "fr");
  assert.equal(conversationLanguageAfter("How much is shipping to Canada?", "de"), "en");
});

test("ok, thanks, order numbers and emails do not change the conversation's language", () => {
  for (const text of ["ok", "thanks", "Thanks!", "4519", "#4519", "ok 4519", "maya@example.com", "merci beaucoup", "gracias", "danke", "👍", ""]) {
    assert.equal(conversationLanguageAfter(text, "es"), "es", `"${text}" changed Spanish`);
    assert.equal(conversationLanguageAfter(text, "de"), "de", `"${text}" changed German`);
  }
  assert.deepEqual(detectLanguage("ok", "fr"), { language: "fr", confidence: 0, basis: "previous", telling: false });
  assert.deepEqual(detectLanguage("ok"), { language: "en", confidence: 0, basis: "default", telling: false });
});

test("a short message with a letter only one language uses is enough", () => {
  assert.equal(detectLanguage("¿Reembolso?", "en").language, "es");
  assert.equal(detectLanguage("Rückgabe möglich?", "en").language, "de");
  assert.equal(conversationLanguageAfter("¿Reembolso?", "en"), "es");
});

test("two words decide only when one of them is a word the language is built of", () => {
  assert.equal(conversationLanguageAfter("mi pedido", "en"), "es");
  assert.equal(conversationLanguageAfter("ma commande", "en"), "fr");
  assert.equal(conversationLanguageAfter("contraseña olvidada", "en"), "es");
  assert.equal(conversationLanguageAfter("Rückgabe Frist", "en"), "de");
  // Product and shop words alone are read by the character model unreliably: the language stays.
  assert.equal(conversationLanguageAfter("payment methods", "en"), "en");
  assert.equal(conversationLanguageAfter("payment methods", "es"), "es");
  assert.equal(conversationLanguageAfter("ok, gracias", "en"), "en");
  assert.equal(conversationLanguageAfter("Vielen Dank!", "fr"), "fr");
});

test("an English sentence with a borrowed greeting stays English", () => {
  assert.equal(conversationLanguageAfter("Hola, where is my order?", "en"), "en");
});

test("only the four languages the desk speaks are ever chosen", () => {
  // Italian and Portuguese are answered in the closest of the four, never in a fifth language.
  for (const text of ["Dov'è il mio ordine? Vorrei un rimborso", "Onde está a minha encomenda? Quero um reembolso"]) {
    assert.ok(["en", "es", "fr", "de"].includes(detectLanguage(text, "en").language));
  }
});

test("a few English shop words never turn an English conversation into another language", () => {
  const telegraphic = ["express shipping cost canada", "refund status order 4519", "cancel lumen plus premium subscription", "paypal apple pay accepted?", "Aurora Smart Lamp wifi setup problem", "promo code checkout error", "two factor authentication setup", "delete account data export", "invoice receipt download pdf", "customs duties taxes eu", "gift card balance", "change email address", "Where's my stuff??", "Can u refund me pls", "wrong item received"];
  for (const text of telegraphic) assert.equal(conversationLanguageAfter(text, "en"), "en", text);
});

test("a short German, Spanish or French question without telling letters still switches the conversation", () => {
  assert.equal(conversationLanguageAfter("Geht auch Apple Pay?", "en"), "de");
  assert.equal(conversationLanguageAfter("Vous livrez aussi en Suisse ?", "en"), "fr");
  assert.equal(conversationLanguageAfter("Is there also express shipping?", "de"), "en");
});

test("two shop words only one language writes are enough, without a function word or telling letter", () => {
  assert.equal(conversationLanguageAfter("passwort vergessen", "en"), "de");
  assert.equal(conversationLanguageAfter("bestellung stornieren bitte", "en"), "de");
  assert.equal(conversationLanguageAfter("annulation commande svp", "en"), "fr");
  assert.equal(conversationLanguageAfter("aceptais paypal?", "en"), "es");
  assert.equal(conversationLanguageAfter("refund status", "de"), "de");
});
