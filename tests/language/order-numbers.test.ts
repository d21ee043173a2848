import { test } from "node:test";
import assert from "node:assert/strict";
import { extractEntities } from "../../lib/models/offline/entities";

const orderNumbers = (text: string) => extractEntities(text, { now: new Date("2026-11-27T12:00:00Z") }).filter((e) => e.type === "order_number").map((e) => e.value);

test("an order number is recognised after the word for order in Spanish, French and German", () => {
  assert.deepEqual(orderNumbers("¿Dónde está mi pedido 4593?"), ["4593"]);
  assert.deepEqual(orderNumbers("pedido nº 4519 no llega"), ["4519"]);
  assert.deepEqual(orderNumbers("Où est ma commande numéro 4593 ?"), ["4593"]);
  assert.deepEqual(orderNumbers("Wo ist meine Bestellung 4593?"), ["4593"]);
  assert.deepEqual(orderNumbers("Bestellnummer: 4519"), ["4519"]);
});

test("a number that is not an order's is not taken for one", () => {
  assert.deepEqual(orderNumbers("Quiero 3 lámparas para mi pedido"), []);
  assert.deepEqual(orderNumbers("Ma commande est arrivée"), []);
});
