import { test } from "node:test";
import assert from "node:assert/strict";
import { languageSearchTerms } from "../../lib/language/search-terms";

const terms = (language: string, text: string, corpus: string[] = []) => {
  const term = languageSearchTerms(language, corpus);
  return text.split(/[\s\p{P}]+/u).flatMap((word) => term(word) ?? []);
};

test("a word, its other forms and its spelling without accents meet on one term", () => {
  assert.deepEqual(terms("es", "devolucion"), terms("es", "devolución"));
  assert.deepEqual(terms("es", "devoluciones"), terms("es", "devolución"));
  assert.deepEqual(new Set(terms("es", "envío envio envíos")).size, 1);
  assert.deepEqual(new Set(terms("fr", "remboursé rembourse remboursement rembourser")).size, 1);
  assert.deepEqual(new Set(terms("de", "Rückerstattung Rueckerstattung Ruckerstattung")).size, 1);
});

test("a Spanish verb whose stem changes meets its noun: 'devuelvo', 'devolví' and 'devolución' all search as 'devolver'", () => {
  const devolver = terms("es", "devolver")[0]!;
  for (const word of ["devuelvo", "devolví", "devolución", "devuelto"]) assert.ok(terms("es", word).includes(devolver), word);
  assert.ok(terms("es", "mandarlas").includes(terms("es", "enviar")[0]!), "'mandar' is sending");
});

test("a word typed without the accent its stemmer needs finds the help centre's spelling", () => {
  assert.deepEqual(terms("es", "devolveis enviais", ["¿Nos lo devolvéis? Enviáis a toda la UE."]), terms("es", "devolvéis enviáis"));
  assert.deepEqual(terms("fr", "donnees", ["Vos données personnelles"]), terms("fr", "données"));
  assert.deepEqual(terms("es", "familia", ["Para toda la familia."]), terms("es", "familia"), "a word the articles spell plainly stays as it is");
});

test("the words a question is built with are not search terms, with or without accents", () => {
  assert.deepEqual(terms("es", "¿Cómo puedo saber si me lo devuelven?"), terms("es", "devuelven"));
  assert.deepEqual(terms("es", "cuanto tiempo"), terms("es", "tiempo"));
  assert.deepEqual(terms("fr", "Est-ce que vous pouvez me dire où est ma commande"), terms("fr", "commande"));
  assert.deepEqual(terms("de", "Können Sie mir bitte sagen, wo meine Bestellung ist"), terms("de", "sagen Bestellung"));
});

test("words that decide which article fits are kept", () => {
  assert.equal(terms("es", "cuenta días tiempo").length, 3);
  assert.equal(terms("de", "Konto Zeit Tage").length, 3);
});

test("a separable German verb with 'zu' inside is the verb itself", () => {
  assert.deepEqual(terms("de", "zurückzugeben"), terms("de", "zurückgeben"));
  assert.deepEqual(terms("de", "anzumelden"), terms("de", "anmelden"));
});

test("a German compound also yields the parts the help centre uses, and only those", () => {
  const corpus = ["Ändern Sie die Adresse, solange die Lieferung nicht unterwegs ist."];
  const [whole, ...parts] = terms("de", "Lieferadresse", corpus);
  assert.equal(whole, terms("de", "Lieferadresse")[0]);
  assert.deepEqual(parts.sort(), [...terms("de", "Adresse"), ...terms("de", "Lieferung")].sort());
  assert.equal(terms("de", "Lieferadresse", []).length, 1, "no parts without a help centre that uses them");
});

test("order numbers and amounts are not search terms", () => {
  assert.deepEqual(terms("fr", "commande 4519"), terms("fr", "commande"));
});

test("a customer's word for something finds the help centre's word for it", () => {
  const shared = (language: string, customer: string, shop: string) => terms(language, customer).some((term) => terms(language, shop).includes(term));
  assert.ok(shared("es", "quiero anular el pedido", "cancelar un pedido"));
  assert.ok(shared("es", "olvidé mi clave", "restablecer la contraseña"));
  assert.ok(shared("fr", "on m'a prélevé deux fois", "double débit"));
  assert.ok(shared("de", "Kennwort vergessen", "Passwort zurücksetzen"));
  // A country of the European Union is the "UE" / "EU" of the shipping table.
  assert.ok(shared("es", "envío a Alemania", "UE"));
  assert.ok(shared("de", "Lieferung nach Österreich", "EU"));
  // A word with another everyday meaning is no synonym: "recibido" (received) is not a receipt.
  assert.ok(!shared("es", "no he recibido nada", "descargar la factura"));
});
