import { refersBack } from "./handoff-loop";
import { withinOneEdit } from "../models/offline/text";

/**
 * Whether a message is about the shop at all. "What is the capital of Australia?" gets a polite
 * word on what the desk can help with, not a person: nobody on the team can do more with it than
 * the AI. Anything that names the shop's world (orders, deliveries, money, the account, products,
 * an order number) is in scope, and so is a question close in meaning to one the help centre
 * answers ("do you sell my data?", "Aurora lamp not pairing"), so a question the help centre
 * merely does not cover is a miss, never an off-topic question.
 */

export interface ScopeReading {
  shopRelated: boolean;
  /** The words that tie the message to the shop, or why none did. */
  evidence: string;
  /**
   * Whether the verdict also weighed the question against the help centre's questions (by
   * meaning, or by the words its articles use where meaning cannot be compared); a verdict from
   * shop words alone is trusted only once the help centre has found no answer.
   */
  byMeaning: boolean;
}

/**
 * How close in meaning (sentence-encoder cosine) a question must come to one of the questions the
 * help centre's articles answer to count as a question about the shop. On the development
 * questions every off-topic one stayed under 0.56 and all but one store question without a shop
 * word came above 0.6.
 */
export const HELP_CENTRE_SIMILARITY = 0.6;

/**
 * Where meaning cannot be compared (Spanish, French, German), a question without a shop word that
 * shares less than this share of its words with every help-centre article is far from anything
 * the help centre answers. On the development questions every store question without a shop word
 * reached it ("¿vendéis mis datos?" shares "datos" and "vender" with the privacy article).
 */
export const HELP_CENTRE_WORD_SHARE = 0.4;

// Talking to the desk itself ("how are you?", "are you a bot?") is the conversation, not another topic.
const ABOUT_THE_CONVERSATION = new RegExp(
  [
    String.raw`\b(how are you|how's it going|are you (a |an )?(bot|robot|human|real|person|ai)\b|who are you|what('s| is) your name|(are )?you there|anyone there|can you help( me)?\W*$)`,
    String.raw`(c[oó]mo est[aá]s|qu[eé] tal( est[aá]s)?\W*$|eres (un |una )?(bot|robot|humano|humana|persona|ia)\b|qui[eé]n eres|c[oó]mo te llamas|hay alguien|me puedes ayudar\W*$)`,
    String.raw`(comment (ça|ca) va|[çc]a va\W*$|tu es (un |une )?(bot|robot|humain|humaine|ia)\b|vous [eê]tes (un |une )?(bot|robot|humain|humaine|ia)\b|qui es-tu|qui [eê]tes-vous|comment tu t'appelles|il y a quelqu'un|vous pouvez m'aider\W*$)`,
    String.raw`(wie geht('s| es)|bist du (ein )?(bot|roboter|mensch|ki)\b|sind sie (ein )?(bot|roboter|mensch|ki)\b|wer bist du|wie hei(ß|ss)t du|ist da jemand|k[oö]nnen sie mir helfen\W*$)`,
  ].join("|"),
  "u",
);

// Stems, matched at the start of a word, in English, Spanish, French and German; short ones are
// whole words below ("app" is not "appreciate", "plan" is not "planet").
const SHOP_STEMS = [
  // orders and delivery
  "order", "ship", "deliver", "parcel", "package", "packag", "track", "courier", "arriv", "dispatch", "pre-order", "preorder", "pickup", "pick up", "warehouse",
  "pedido", "envío", "envio", "entreg", "paquete", "seguimiento", "rastre", "commande", "livr", "colis", "suivi", "suivre", "expédi", "bestell", "liefer", "paket", "sendung", "versand", "zustell",
  // returns and money
  "return", "send back", "sent back", "send it back", "send them back", "refund", "exchange", "cancel", "money back", "payment", "paid", "charge", "invoice", "receipt", "price", "discount", "promo", "coupon", "voucher", "currenc", "klarna", "paypal", "billing", "billed",
  "devol", "reembols", "cambi", "tarjeta", "factura", "precio", "cuesta", "descuento", "cupón", "retour", "rembours", "échang", "annul", "paie", "payé", "carte", "factur", "prix", "coût", "remise", "rückgab", "rücksend", "erstatt", "umtausch", "stornier", "zahlung", "bezahl", "karte", "rechnung", "preis", "kost", "rabatt", "gutschein",
  "dinero", "cobr", "argent", "renvoy", "débit", "prélev", "zurückschick", "zurückgeb", "zurückzugeb", "zurücksend", "geld", "abgebucht", "abbuch",
  // account and membership
  "account", "password", "log in", "login", "log-in", "sign in", "signin", "sign up", "email", "e-mail", "address", "membership", "member", "subscri", "lumen", "newsletter", "profile", "verif", "two-factor", "2fa",
  "cuenta", "contraseña", "dirección", "direccion", "suscrip", "membres", "compte", "mot de passe", "adresse", "abonnement", "adhésion", "résili", "konto", "passwort", "anmeld", "adresse", "mitgliedschaft", "kündig",
  // products and the shop itself
  "product", "buy", "bought", "purchas", "checkout", "basket", "colour", "color", "warranty", "guarantee", "broken", "damag", "defect", "faulty", "missing", "repair", "replace", "spare part", "manual", "instruction", "firmware", "device", "wi-fi", "wifi", "bluetooth", "website", "help centre", "help center", "customer service", "support", "complain", "gift",
  "producto", "artículo", "articulo", "compra", "compré", "talla", "garantía", "roto", "dañad", "tienda", "produit", "article", "achet", "achat", "taille", "garantie", "cassé", "endommag", "boutique", "magasin", "produkt", "artikel", "kauf", "größe", "garantie", "kaputt", "beschädigt", "laden", "geschäft",
];

const SHOP_WHOLE_WORDS = ["in stock", "out of stock", "restock", "app", "apps", "pay", "card", "cards", "cost", "costs", "fee", "fees", "sale", "sales", "tax", "vat", "bill", "plan", "plans", "item", "items", "cart", "size", "sizes", "store", "shop", "hub", "pw", "money", "trade", "pro", "basic", "premium", "pago", "pagar", "pagos", "abo", "kosten", "kostet"];

/**
 * Shop words with an everyday meaning outside the shop: "where can I buy concert tickets", "plan a
 * birthday party", "my Netflix subscription", "a good gift for my dad", "my home wifi". Where
 * meaning can be compared, such a word ties a message to the shop only if the message also comes
 * this close to a question the help centre answers, a lower bar than meaning alone must clear. On
 * the development questions, store questions came above it and everyday ones with such a word
 * mostly below.
 */
export const EVERYDAY_WORD_SIMILARITY = 0.55;
const EVERYDAY_MEANINGS: ReadonlySet<string> = new Set([
  "buy", "bought", "purchas", "store", "plan", "plans", "gift", "card", "cards", "cancel", "subscri", "exchange", "price", "cost", "costs", "pay", "fee", "fees",
  "tax", "bill", "sale", "sales", "size", "sizes", "item", "items", "money", "trade", "pro", "basic", "premium", "password", "wifi", "wi-fi", "app", "apps",
  "device", "support", "manual", "instruction", "repair", "replace", "broken", "missing", "track", "charge", "member", "email", "e-mail", "profile", "address",
]);

/**
 * Other companies' services: a question about one ("cancel my Netflix", "is my Amazon parcel late")
 * is not this shop's, however many shop words it uses. Email providers only where the shop's own
 * email is not in question ("my confirmation went to my Gmail spam" is the shop's business).
 */
const OTHER_SERVICES = [
  "netflix", "spotify", "amazon", "ebay", "etsy", "aliexpress", "temu", "shein", "zalando", "uber", "lyft", "doordash", "deliveroo", "just eat", "grubhub", "instacart",
  "tesco", "walmart", "costco", "ikea", "best buy", "argos", "currys", "target store", "disney+", "disney plus", "hulu", "hbo", "prime video", "youtube", "apple music", "itunes",
  "facebook", "instagram", "tiktok", "whatsapp", "snapchat", "airbnb", "booking.com", "expedia", "ryanair", "easyjet", "xbox", "playstation", "nintendo", "steam", "peloton", "duolingo", "tinder",
];
const EMAIL_PROVIDERS = ["gmail", "hotmail", "outlook", "yahoo", "icloud", "apple id", "google account"];
const SHOP_EMAIL = /\b(confirmation|receipt|invoice|order|spam|junk|newsletter|from you|your emails?)\b/u;

/**
 * Things of another part of life that borrow the shop's verbs ("return a library book", "track a
 * flight", "cancel my gym membership", "change my address with the DMV"): with one of them, a shop
 * word ties a message to the shop only if it is one no other business shares (below).
 */
const ELSEWHERE = [
  "library", "libraries", "flight", "flights", "airline", "airport", "boarding pass", "gym", "dmv", "landlord", "mortgage", "loan", "car", "cars", "vehicle", "doctor", "prescription", "pharmacy",
  "homework", "tax return", "passport", "driving licence", "driver's license", "drivers license", "parking", "electricity bill", "phone bill", "phone contract", "rental car", "hotel booking",
  "biblioteca", "vuelo", "gimnasio", "coche", "bibliothèque", "salle de sport", "voiture", "bibliothek", "flug", "fitnessstudio",
];
/** Shop words no other business uses the same way: they keep a message the shop's, wherever else it goes. */
const OWN_BUSINESS = new Set(["order", "parcel", "package", "packag", "checkout", "basket", "cart", "lumen", "pedido", "commande", "bestell", "paquete", "colis", "paket"]);

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const SHOP_WORDS = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:${SHOP_STEMS.map(escape).join("|")})|(?:${SHOP_WHOLE_WORDS.map(escape).join("|")})(?![\\p{L}\\p{N}]))`,
  "giu",
);

const wordsPattern = (words: readonly string[]) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escape).join("|")})(?![\\p{L}\\p{N}])`, "iu");
const OTHER_SERVICE = wordsPattern(OTHER_SERVICES);
const EMAIL_PROVIDER = wordsPattern(EMAIL_PROVIDERS);
const ELSEWHERE_THING = wordsPattern(ELSEWHERE);

/**
 * What ties a message to another business or another part of life, if anything. Another
 * company's parcel or order is still another company's; another part of life borrows only the
 * shop's verbs, so naming an order or a parcel brings the message back to the shop.
 */
function elsewhereIn(text: string, shopWords: readonly string[]): string | null {
  const service = text.match(OTHER_SERVICE)?.[0];
  if (service) return `is about ${service}, another company's service`;
  const provider = text.match(EMAIL_PROVIDER)?.[0];
  if (provider && !SHOP_EMAIL.test(text)) return `is about ${provider}, another company's service`;
  const thing = text.match(ELSEWHERE_THING)?.[0];
  if (!thing || shopWords.some((word) => OWN_BUSINESS.has(word))) return null;
  return `is about ${thing === "dmv" ? "the DMV" : `a ${thing}`}, not something the shop deals with`;
}

/**
 * The words of the shop's product names besides the brand ("lamp" of "Aurora Smart Lamp"), which
 * everyday life shares ("lamp", "coffee", "bottle"): they count like the shop words with everyday meanings.
 */
function productWords(names: readonly string[]): string[] {
  return [...new Set(names.flatMap((name) => name.toLowerCase().split(/[^\p{L}]+/u).slice(1)).filter((word) => word.length >= 4 && !GENERIC_NAME_WORDS.has(word)))];
}
const GENERIC_NAME_WORDS = new Set(["with", "pack", "piece", "set", "smart", "mini", "home", "area", "glass"]);

interface NamePattern {
  word: string;
  pattern: RegExp;
}

/** The catalogue's names and name words, each with the pattern that finds it in a lower-cased message. */
interface CataloguePatterns {
  /** A product is named by its full name or its brand, the name's first word ("the Copperline pans"). */
  own: NamePattern[];
  products: NamePattern[];
}

// Every turn weighs the same catalogue: its patterns are compiled once per catalogue, not per
// message (a catalogue of a few hundred products is a few hundred patterns).
let compiledCatalogue: { key: string; patterns: CataloguePatterns } | null = null;

function cataloguePatterns(names: readonly string[]): CataloguePatterns {
  const key = names.join("\n");
  if (compiledCatalogue?.key === key) return compiledCatalogue.patterns;
  const own = [...new Set(names.flatMap((name) => [name, name.split(/\s+/)[0]!]))]
    .filter((word) => word.length >= 4)
    .map((word) => ({ word, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escape(word.toLowerCase())}(?![\\p{L}\\p{N}])`, "u") }));
  const products = productWords(names).map((word) => ({ word, pattern: new RegExp(`(?<![\\p{L}])${escape(word)}s?(?![\\p{L}])`, "u") }));
  compiledCatalogue = { key, patterns: { own, products } };
  return compiledCatalogue.patterns;
}

// Long shop words a customer in a hurry mistypes ("pasword reset", "refnud"): one slip away still counts.
const LONG_SHOP_WORDS = [...SHOP_STEMS, ...SHOP_WHOLE_WORDS].filter((word) => word.length >= 6 && /^\p{L}+$/u.test(word));

/** Everyday words one slip away from a shop word ("change" / "charge", "passport" / "Passwort"). */
const NOT_TYPOS = new Set(["change", "changed", "changes", "changing", "passport", "passports"]);

function mistypedShopWords(text: string): string[] {
  return (text.match(/\p{L}{6,}/gu) ?? []).filter((word) => !NOT_TYPOS.has(word) && LONG_SHOP_WORDS.some((shopWord) => withinOneEdit(word.slice(0, shopWord.length + 1), shopWord) || withinOneEdit(word.slice(0, shopWord.length), shopWord)));
}

export interface ScopeInput {
  text: string;
  /** Entities found in the message (order numbers, emails, amounts, catalogue products): any of them is the shop's business. */
  entities: readonly { type: string; value: string }[];
  /** Words that are the shop's own, such as the catalogue's product names. */
  shopVocabulary?: readonly string[];
  /** The customer's earlier messages: "can I get it in red?" is about whatever "it" was. */
  earlierCustomerTurns?: readonly string[];
  /** The message's closest similarity to a question the help centre answers; null when its language cannot be compared. */
  helpCentreSimilarity?: number | null;
  /** Where similarity is null: the largest share of the message's words one help-centre article uses (`closestWording`). */
  helpCentreWordShare?: number | null;
}

export function assessScope(input: ScopeInput): ScopeReading {
  const text = input.text.toLowerCase().replace(/\u2019/g, "'");
  const similarity = input.helpCentreSimilarity ?? null;
  const wordShare = similarity === null ? (input.helpCentreWordShare ?? null) : null;
  // Sharing words with an article is weaker evidence than meaning: it may tell a question is far
  // from the help centre, never that one without a shop word is about the shop ("¿Cuántos
  // habitantes tiene México?" shares "México" with the shipping article).
  const byMeaning = similarity !== null || (wordShare !== null && wordShare < HELP_CENTRE_WORD_SHARE);
  // Without meaning, a question worded like none of the help centre's own questions (`closestWording`
  // 0) is as far as English below the everyday bar: "pour" in French is not the Pour-Over Kettle.
  const farInMeaning = similarity !== null ? similarity < EVERYDAY_WORD_SIMILARITY : wordShare === 0;
  // An amount of money is everyday too ("convert 50 euros to dollars"); an order number or the shop's product is not.
  const entity = input.entities.find((e) => e.type !== "date" && !(e.type === "money" && farInMeaning));
  if (entity) return { shopRelated: true, evidence: `mentions ${entity.type.replace(/_/g, " ")} ${entity.value}`, byMeaning };
  const matched = [...new Set([...text.matchAll(SHOP_WORDS)].map((match) => match[0]))];
  const words = matched.filter((word) => !(farInMeaning && EVERYDAY_MEANINGS.has(word)));
  if (matched.length === 0) words.push(...mistypedShopWords(text));
  const catalogue = cataloguePatterns(input.shopVocabulary ?? []);
  const own = catalogue.own.filter(({ pattern }) => pattern.test(text)).map(({ word }) => word);
  const products = farInMeaning ? [] : catalogue.products.filter(({ pattern }) => pattern.test(text)).map(({ word }) => word);
  const elsewhere = own.length === 0 && products.length === 0 ? elsewhereIn(text, matched) : null;
  if (elsewhere) {
    return { shopRelated: false, evidence: `${elsewhere}; no order, parcel or product of the shop named`, byMeaning: true };
  }
  const found = [...words, ...own, ...products];
  if (found.length > 0) return { shopRelated: true, evidence: `mentions ${found.slice(0, 4).map((word) => `"${word}"`).join(", ")}`, byMeaning };
  if (similarity !== null && similarity >= HELP_CENTRE_SIMILARITY) {
    return { shopRelated: true, evidence: `close to a question the help centre answers (similarity ${similarity.toFixed(2)})`, byMeaning };
  }
  if (ABOUT_THE_CONVERSATION.test(text)) return { shopRelated: true, evidence: "talks to the desk itself", byMeaning };
  const earlier = input.earlierCustomerTurns ?? [];
  if (earlier.length > 0 && refersBack(input.text) && assessScope({ ...input, text: earlier.at(-1)!, earlierCustomerTurns: earlier.slice(0, -1), helpCentreSimilarity: null, helpCentreWordShare: null }).shopRelated) {
    return { shopRelated: true, evidence: "follows up on an earlier question about the shop", byMeaning };
  }
  const meaning =
    similarity !== null
      ? ` and nothing close to a question the help centre answers (similarity ${similarity.toFixed(2)} < ${HELP_CENTRE_SIMILARITY})`
      : wordShare !== null && byMeaning
        ? ` and few of the help centre's words (${Math.round(wordShare * 100)}% in one article < ${HELP_CENTRE_WORD_SHARE * 100}%)`
        : "";
  return { shopRelated: false, evidence: `no word about orders, deliveries, payments, the account or the products${meaning}`, byMeaning };
}
