/**
 * Entities a support agent needs from a customer message: order numbers, e-mail addresses, money
 * amounts, dates and products from the shop's own catalogue.
 */

export type EntityType = "order_number" | "email" | "money" | "date" | "product";

export interface Entity {
  type: EntityType;
  /**
   * Canonical value: the bare order reference ("4512", "ORD-10023"), the lower-cased e-mail,
   * "<amount with 2 decimals> <ISO currency>" ("12.50 EUR"), an ISO date ("2025-05-03"), or the
   * catalogue product id.
   */
  value: string;
  /** The text as written by the customer. */
  text: string;
  start: number;
  end: number;
}

export interface CatalogueProduct {
  id: string;
  name: string;
  aliases?: readonly string[];
}

export interface EntityOptions {
  products?: readonly CatalogueProduct[];
  /** Reference for relative dates ("yesterday", "last Tuesday"); defaults to the current time. */
  now?: Date;
  /** Currency of amounts given in "bucks"; USD unless set. */
  defaultCurrency?: string;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;

const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = { $: "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR" };
const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  usd: "USD", dollar: "USD", dollars: "USD", eur: "EUR", euro: "EUR", euros: "EUR", gbp: "GBP",
  pound: "GBP", pounds: "GBP", quid: "GBP", cad: "CAD", aud: "AUD", jpy: "JPY", yen: "JPY", inr: "INR",
  rupees: "INR", chf: "CHF", francs: "CHF", mxn: "MXN", pesos: "MXN",
};
const AMOUNT = String.raw`\d{1,3}(?:[,\s]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
const MONEY_SYMBOL_FIRST = new RegExp(String.raw`(?:(?:US|CA|AU)?([$€£¥₹]))\s?(${AMOUNT})`, "gu");
const MONEY_SYMBOL_AFTER = new RegExp(String.raw`(${AMOUNT})\s?([€£$])`, "gu");
const MONEY_WORD_AFTER = new RegExp(String.raw`\b(${AMOUNT})\s?(${Object.keys(CURRENCY_WORDS).join("|")}|bucks)\b`, "giu");
const MONEY_CODE_FIRST = new RegExp(String.raw`\b(USD|EUR|GBP|CAD|AUD|CHF|JPY|INR|MXN)\s?(${AMOUNT})`, "gu");

const ORDER_PREFIXED = /\b(?:[A-Z]{2,5}-\d{3,}(?:-\d+)?)\b/g;
// The words a customer puts before an order number in English, Spanish, French and German.
const ORDER_WORDS = [
  "order", "purchase", "invoice", "shipment", "package", "parcel", "tracking", "confirmation", "reference", "ref",
  "pedido", "compra", "factura", "env[ií]o", "paquete", "seguimiento", "referencia",
  "commande", "achat", "facture", "colis", "envoi", "suivi", "r[ée]f[ée]rence",
  "bestellung", "bestellnummer", "auftrag", "rechnung", "paket", "sendung", "sendungsnummer", "lieferung", "referenz",
].join("|");
const ORDER_QUALIFIERS = String.raw`number|no\.?|num|id|#|code|n[º°o]\.?|n[úu]mero|num[ée]ro|nummer|nr\.?`;
const ORDER_AFTER_WORD = new RegExp(
  String.raw`\b(?:${ORDER_WORDS})(?:\s+(?:${ORDER_QUALIFIERS}))?\s*(?:(?:is|es|est|ist)\s+|:\s*)?#?\s*([A-Z0-9][A-Z0-9-]{2,})\b`,
  "gi",
);
const ORDER_HASH = /#\s?([A-Z0-9][A-Z0-9-]{2,})\b/gi;
const LONG_DIGITS = /\b\d{6,}\b/g;

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH_PATTERN = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const WEEKDAY_PATTERN = String.raw`(sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat)(?:day|nesday|sday|rsday|urday)?`;

const DATE_ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const DATE_MONTH_DAY = new RegExp(String.raw`\b${MONTH_PATTERN}\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b`, "gi");
const DATE_DAY_MONTH = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH_PATTERN}\b(?:,?\s+(\d{4}))?`, "gi");
const DATE_RELATIVE_DAY = /\b(today|yesterday|tomorrow|the day before yesterday)\b/gi;
const DATE_AGO = /\b(\d+|a|an|one|two|three|four|five|six|seven)\s+(day|week)s?\s+ago\b/gi;
const DATE_WEEKDAY = new RegExp(String.raw`\b(last|this|next|on)\s+${WEEKDAY_PATTERN}\b`, "gi");

const SMALL_NUMBERS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function utcDay(year: number, monthIndex: number, day: number): Date | undefined {
  const date = new Date(Date.UTC(year, monthIndex, day));
  return date.getUTCMonth() === monthIndex && date.getUTCDate() === day ? date : undefined;
}

function addDays(date: Date, days: number): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + days));
}

function monthIndex(name: string): number {
  return MONTHS.findIndex((month) => month.startsWith(name.toLowerCase().slice(0, 3)));
}

function parseAmount(raw: string): number {
  const compact = raw.replace(/\s/g, "");
  // "1,234.50" and "12,50": a comma followed by exactly two digits at the end is a decimal comma.
  const decimalComma = /,\d{1,2}$/.test(compact) && !compact.includes(".");
  return Number(decimalComma ? compact.replace(/\./g, "").replace(",", ".") : compact.replace(/,/g, ""));
}

function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

const PRODUCT_SIMILARITY = 0.8;

const WORD = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu;

interface ProductName {
  productId: string;
  /** Lower-cased words of the name joined by single spaces. */
  target: string;
  size: number;
}

// A catalogue is looked up on every customer message; its names are normalised once per catalogue.
const normalisedCatalogues = new WeakMap<readonly CatalogueProduct[], ProductName[]>();

function productNames(products: readonly CatalogueProduct[]): ProductName[] {
  let names = normalisedCatalogues.get(products);
  if (!names) {
    names = products.flatMap((product) =>
      [product.name, ...(product.aliases ?? [])].flatMap((name) => {
        const target = name.toLowerCase().match(WORD)?.join(" ");
        return target ? [{ productId: product.id, target, size: target.split(" ").length }] : [];
      }),
    );
    normalisedCatalogues.set(products, names);
  }
  return names;
}

function findProducts(text: string, products: readonly CatalogueProduct[]): Entity[] {
  const words = [...text.matchAll(WORD)].map((match) => ({
    word: match[0].toLowerCase(),
    start: match.index,
    end: match.index + match[0].length,
  }));
  const found: Array<Entity & { similarity: number }> = [];
  for (const { productId, target, size } of productNames(products)) {
    for (let i = 0; i + size <= words.length; i++) {
      const window = words.slice(i, i + size);
      const candidate = window.map((w) => w.word).join(" ");
      const longer = Math.max(candidate.length, target.length);
      // The edit distance is at least the difference in length: most windows fail on that alone.
      if (Math.abs(candidate.length - target.length) > (1 - PRODUCT_SIMILARITY) * longer) continue;
      // Short names must match exactly; longer ones tolerate a typo or a plural.
      const similarity = target.length < 5 ? Number(candidate === target) : 1 - levenshtein(candidate, target) / longer;
      if (similarity >= PRODUCT_SIMILARITY) {
        const start = window[0]!.start;
        const end = window.at(-1)!.end;
        found.push({ type: "product", value: productId, text: text.slice(start, end), start, end, similarity });
      }
    }
  }
  return found
    .sort((a, b) => b.similarity - a.similarity || b.end - b.start - (a.end - a.start))
    .map(({ similarity: _similarity, ...entity }) => entity);
}

export function extractEntities(text: string, options: EntityOptions = {}): Entity[] {
  const now = options.now ?? new Date();
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  // Earlier kinds win overlaps: "$4512" is money and "2024-05-03" a date, never an order number.
  const candidates: Entity[] = [];
  const add = (type: EntityType, value: string | undefined, match: RegExpMatchArray, group = 0) => {
    if (value === undefined) return;
    const matched = match[group]!;
    const start = match.index! + (group === 0 ? 0 : match[0].indexOf(matched));
    candidates.push({ type, value, text: matched, start, end: start + matched.length });
  };

  for (const match of text.matchAll(EMAIL)) add("email", match[0].toLowerCase(), match);

  const money = (amount: string, currency: string) => `${parseAmount(amount).toFixed(2)} ${currency}`;
  for (const match of text.matchAll(MONEY_SYMBOL_FIRST)) add("money", money(match[2]!, CURRENCY_SYMBOLS[match[1]!]!), match);
  for (const match of text.matchAll(MONEY_CODE_FIRST)) add("money", money(match[2]!, match[1]!), match);
  for (const match of text.matchAll(MONEY_SYMBOL_AFTER)) add("money", money(match[1]!, CURRENCY_SYMBOLS[match[2]!]!), match);
  for (const match of text.matchAll(MONEY_WORD_AFTER)) {
    const unit = match[2]!.toLowerCase();
    add("money", money(match[1]!, unit === "bucks" ? (options.defaultCurrency ?? "USD") : CURRENCY_WORDS[unit]!), match);
  }

  for (const match of text.matchAll(DATE_ISO)) {
    const date = utcDay(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
    add("date", date && isoDate(date), match);
  }
  for (const match of text.matchAll(DATE_MONTH_DAY)) {
    const date = utcDay(Number(match[3] ?? today.getUTCFullYear()), monthIndex(match[1]!), Number(match[2]));
    add("date", date && isoDate(date), match);
  }
  for (const match of text.matchAll(DATE_DAY_MONTH)) {
    const date = utcDay(Number(match[3] ?? today.getUTCFullYear()), monthIndex(match[2]!), Number(match[1]));
    add("date", date && isoDate(date), match);
  }
  for (const match of text.matchAll(DATE_RELATIVE_DAY)) {
    const offsets: Record<string, number> = { today: 0, yesterday: -1, tomorrow: 1, "the day before yesterday": -2 };
    add("date", isoDate(addDays(today, offsets[match[1]!.toLowerCase()]!)), match);
  }
  for (const match of text.matchAll(DATE_AGO)) {
    const count = SMALL_NUMBERS[match[1]!.toLowerCase()] ?? Number(match[1]);
    add("date", isoDate(addDays(today, -count * (match[2]!.toLowerCase() === "week" ? 7 : 1))), match);
  }
  for (const match of text.matchAll(DATE_WEEKDAY)) {
    const target = WEEKDAYS.findIndex((day) => day.startsWith(match[2]!.toLowerCase().slice(0, 3)));
    const current = today.getUTCDay();
    const qualifier = match[1]!.toLowerCase();
    let offset: number;
    if (qualifier === "next") offset = ((target - current + 7) % 7 || 7);
    else if (qualifier === "this") offset = target - current;
    // "last Tuesday" and a bare "on Tuesday" in a support chat both point at the most recent one.
    else offset = -((current - target + 7) % 7 || 7);
    add("date", isoDate(addDays(today, offset)), match);
  }

  for (const match of text.matchAll(ORDER_PREFIXED)) add("order_number", match[0].toUpperCase(), match);
  for (const match of text.matchAll(ORDER_AFTER_WORD)) {
    if (/\d/.test(match[1]!)) add("order_number", match[1]!.toUpperCase(), match, 1);
  }
  for (const match of text.matchAll(ORDER_HASH)) {
    if (/\d/.test(match[1]!)) add("order_number", match[1]!.toUpperCase(), match, 0);
  }
  for (const match of text.matchAll(LONG_DIGITS)) add("order_number", match[0], match);

  candidates.push(...findProducts(text, options.products ?? []));

  const accepted: Entity[] = [];
  for (const candidate of candidates) {
    if (accepted.some((entity) => candidate.start < entity.end && entity.start < candidate.end)) continue;
    accepted.push(candidate);
  }
  return accepted.sort((a, b) => a.start - b.start);
}
