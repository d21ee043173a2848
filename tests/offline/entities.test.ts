import { test } from "node:test";
import assert from "node:assert/strict";
import { extractEntities, type CatalogueProduct } from "../../lib/models/offline/entities";

// A Wednesday, so relative dates have a fixed answer.
const now = new Date("2025-06-11T15:00:00Z");
const values = (text: string, products?: CatalogueProduct[]) =>
  extractEntities(text, { now, products }).map(({ type, value }) => `${type}:${value}`);

test("finds order numbers in the ways customers write them", () => {
  assert.deepEqual(values("Order #4512 hasn't arrived"), ["order_number:4512"]);
  assert.deepEqual(values("where is order 4512?"), ["order_number:4512"]);
  assert.deepEqual(values("my ORD-10023 is late"), ["order_number:ORD-10023"]);
  assert.deepEqual(values("tracking 00004587345 shows nothing"), ["order_number:00004587345"]);
  assert.deepEqual(values("I bought 2 shirts"), []);
});

test("positions point at the text as written", () => {
  const text = "Hi, order #4512 and mail me at Jo.Smith@Example.com";
  for (const entity of extractEntities(text, { now })) assert.equal(text.slice(entity.start, entity.end), entity.text);
  assert.ok(values(text).includes("email:jo.smith@example.com"));
});

test("reads money amounts with symbols, codes and words", () => {
  assert.deepEqual(values("I was charged $45 instead of €12.50"), ["money:45.00 USD", "money:12.50 EUR"]);
  assert.deepEqual(values("they took 45 dollars and 1,299.99 USD"), ["money:45.00 USD", "money:1299.99 USD"]);
  assert.deepEqual(values("refund of 12,50€ please"), ["money:12.50 EUR"]);
  assert.deepEqual(values("I paid $4512"), ["money:4512.00 USD"]);
});

test("resolves absolute and relative dates", () => {
  assert.deepEqual(values("ordered on 2025-05-03"), ["date:2025-05-03"]);
  assert.deepEqual(values("it shipped yesterday"), ["date:2025-06-10"]);
  assert.deepEqual(values("I ordered last Tuesday"), ["date:2025-06-10"]);
  assert.deepEqual(values("delivered May 3rd"), ["date:2025-05-03"]);
  assert.deepEqual(values("since 3 May 2024"), ["date:2024-05-03"]);
  assert.deepEqual(values("two weeks ago"), ["date:2025-05-28"]);
  assert.deepEqual(values("on February 30"), []);
});

test("matches catalogue products despite typos and plurals", () => {
  const catalogue: CatalogueProduct[] = [
    { id: "sku-runner", name: "Trail Runner Shoes" },
    { id: "sku-denim", name: "Denim Jacket", aliases: ["jean jacket"] },
    { id: "sku-mug", name: "Mug" },
  ];
  assert.deepEqual(values("the trail runer shoes are too small", catalogue), ["product:sku-runner"]);
  assert.deepEqual(values("two jean jackets and a mug", catalogue), ["product:sku-denim", "product:sku-mug"]);
  assert.deepEqual(values("my mum loved it", catalogue), []);
});
