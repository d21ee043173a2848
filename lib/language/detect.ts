import { detectAll } from "tinyld";

/**
 * The language a customer writes in, per message. The desk answers in English, Spanish, French
 * and German, so the detector only ever chooses among those four.
 */
export const CUSTOMER_LANGUAGES = ["en", "es", "fr", "de"] as const;
export type CustomerLanguage = (typeof CUSTOMER_LANGUAGES)[number];

/** How prompts and the console name each language. */
export const LANGUAGE_NAMES: Record<CustomerLanguage, string> = { en: "English", es: "Spanish", fr: "French", de: "German" };

export interface LanguageGuess {
  language: CustomerLanguage;
  /** 0..1: the chosen language's share of the evidence; 0 when the message carried none. */
  confidence: number;
  /** "text" when the message itself decided; "previous" or "default" when it was too short to say. */
  basis: "text" | "previous" | "default";
  /**
   * Whether the chosen language's own words or letters are in the message, rather than only the
   * character model's reading of it, which is unreliable on a few nouns ("express shipping cost").
   */
  telling: boolean;
}

/**
 * A conversation changes language only on a message this sure of another one, so one borrowed
 * word ("gracias") or a mixed sentence does not flip every reply that follows.
 */
export const LANGUAGE_SWITCH_CONFIDENCE = 0.5;
/** From this many words on, the character model's reading alone may switch the language. */
const MODEL_ALONE_WORDS = 6;

/**
 * "ok", "thanks", "4519" or "merci beaucoup" say nothing about the language the customer reads:
 * courtesies travel between languages, so only the other words count towards these minimums.
 */
const MIN_WORDS = 3;
const MIN_LETTERS = 12;
const COURTESIES = new Set(
  (
    "ok okay okey thanks thank thx ty cheers please pls hi hello hey bye yes no yep nope sure great perfect cool " +
    "gracias vale hola adiós adios sí si por favor perfecto genial muchas " +
    "merci bonjour salut oui non parfait super d'accord daccord bien beaucoup " +
    "danke bitte hallo tschüss tschuss ja nein gut perfekt vielen dank sehr"
  ).split(" "),
);

export function isCustomerLanguage(value: string | null | undefined): value is CustomerLanguage {
  return (CUSTOMER_LANGUAGES as readonly string[]).includes(value ?? "");
}

/**
 * Letters no other of the four languages uses: a short "¿Reembolso?" or "Rückgabe" is as clear
 * as a sentence. (é is shared, so it is not a marker.)
 */
const MARKERS: Record<Exclude<CustomerLanguage, "en">, RegExp> = {
  es: /[¿¡ñáíóú]/i,
  fr: /[àâçèêëîïôœùû]/i,
  // ü also appears in a handful of Spanish words (pingüino); in a customer's message it is German.
  de: /[äöüß]/i,
};

/**
 * The most frequent short words of each language. The statistical detector reads character
 * patterns and can be thrown by a few English product words in a Spanish question ("PayPal",
 * "Premium"); the words that hold a sentence together rarely lie.
 */
const FUNCTION_WORDS: Record<CustomerLanguage, ReadonlySet<string>> = {
  en: new Set("the my is are i you your a an to of and how what where when why can could would do does did it this that with for on in me have has was not will".split(" ")),
  es: new Set("el la los las mi mis me es son un una de del que y por para cómo como dónde donde cuándo cuando qué cuánto cuanto puedo puede quiero tengo tiene no con se lo le mí hay está esta estoy sí muy pero ya al cuál cual cuáles también algo nada todo porque".split(" ")),
  fr: new Set("le la les mon ma mes me est sont j'ai c'est n'est été suis un une de du des je vous tu nous pour comment où quand pas avec et que qui ce cette il elle ne sur dans au aux mais ai avez pouvez puis veux est-ce quel quelle quels quelles aussi rien tout ou".split(" ")),
  de: new Set("der die das den dem des mein meine meinen ist sind ein eine einen ich sie wir wie wo wann warum nicht mit und zu an am im auf kann können habe haben hat für auf bitte noch schon wurde mir mich ihr welche welcher welches was auch geht gibt nur oder aber wird nichts".split(" ")),
};

/**
 * Words of a shop's business that only one of the four languages writes so ("bestellung",
 * "commande", "contraseña"): a two-word "passwort vergessen" or "aceptais paypal?" has no
 * function word, yet says which language the customer reads as clearly as one.
 */
const SHOP_WORDS: Record<Exclude<CustomerLanguage, "en">, ReadonlySet<string>> = {
  es: new Set("pedido pedidos envío envio envíos envios enviáis enviais enviar devolución devolucion devolver reembolso reembolsos factura facturas contraseña contrasena cuenta tarjeta pago pagos pagar aceptáis aceptais compra entrega paquete cancelar anular dirección direccion cambiar cambio suscripción suscripcion cobro cobrado".split(" ")),
  fr: new Set("commande commandes livraison livraisons colis remboursement rembourser retourner facture factures compte paiement payer annuler annulation modifier réinitialisation reinitialisation abonnement acceptez expédition expedition envoyez".split(" ")),
  de: new Set("bestellung bestellungen lieferung paket rückgabe rueckgabe erstattung rechnung rechnungen passwort konto zahlung bezahlen stornieren kündigen kuendigen lieferadresse ändern aendern vergessen zurücksetzen versand versandkosten nachnahme rücksendung".split(" ")),
};

/** Whether a word is one of the words this language is built of or writes its shop business in. */
function tells(language: CustomerLanguage, word: string): boolean {
  return FUNCTION_WORDS[language].has(word) || (language !== "en" && SHOP_WORDS[language].has(word));
}

/** What tells nothing about language: order numbers, amounts, emails, links. */
function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/\S+@\S+|https?:\/\/\S+/g, " ")
    .split(/[^\p{L}'-]+/u)
    .map((w) => w.replace(/^['-]+|['-]+$/g, ""))
    .filter((w) => w.length > 0);
}

function evidence(text: string, words: string[]): Record<CustomerLanguage, number> {
  const scores: Record<CustomerLanguage, number> = { en: 0, es: 0, fr: 0, de: 0 };
  const detected = detectAll(words.join(" "), { only: [...CUSTOMER_LANGUAGES] });
  const total = detected.reduce((sum, d) => sum + d.accuracy, 0);
  for (const d of detected) if (isCustomerLanguage(d.lang) && total > 0) scores[d.lang] += d.accuracy / total;
  // Each function word is a vote, weighed so that a sentence's worth of them outweighs the detector.
  const perWord = 1 / Math.max(words.length, 1);
  for (const word of words) {
    for (const language of CUSTOMER_LANGUAGES) if (tells(language, word)) scores[language] += 2 * perWord;
  }
  for (const [language, marker] of Object.entries(MARKERS) as [CustomerLanguage, RegExp][]) if (marker.test(text)) scores[language] += 1.5;
  return scores;
}

/**
 * The language of one customer message. Messages too short to tell keep `previous` (the
 * conversation's language so far) unless they carry a letter only one language uses.
 */
export function detectLanguage(text: string, previous?: string | null): LanguageGuess {
  const fallback: LanguageGuess = isCustomerLanguage(previous) ? { language: previous, confidence: 0, basis: "previous", telling: false } : { language: "en", confidence: 0, basis: "default", telling: false };
  const words = wordsOf(text);
  const content = words.filter((word) => !COURTESIES.has(word));
  const marked = (Object.values(MARKERS) as RegExp[]).some((marker) => marker.test(text));
  // Two words tell a language apart only when one of them is a word that language is built of or
  // a shop word only it writes ("mi pedido", "passwort vergessen"; not "payment methods", which a
  // character model may read as French).
  const twoTelling = content.length === 2 && content.some((word) => CUSTOMER_LANGUAGES.some((language) => tells(language, word)));
  const enough = marked ? content.length >= 1 : (content.length >= MIN_WORDS && content.join("").length >= MIN_LETTERS) || twoTelling;
  if (!enough) return fallback;
  const scores = evidence(text, words);
  const total = CUSTOMER_LANGUAGES.reduce((sum, language) => sum + scores[language], 0);
  if (total === 0) return fallback;
  const [best] = [...CUSTOMER_LANGUAGES].sort((a, b) => scores[b] - scores[a]);
  const telling = content.length >= MODEL_ALONE_WORDS || words.some((word) => tells(best, word)) || (best !== "en" && MARKERS[best].test(text));
  return { language: best, confidence: scores[best] / total, basis: "text", telling };
}

/** The conversation's language after this message: changed only by a message confidently in another one. */
export function conversationLanguageAfter(text: string, current: string): CustomerLanguage {
  const guess = detectLanguage(text, current);
  const kept = isCustomerLanguage(current) ? current : "en";
  return guess.basis === "text" && guess.telling && guess.language !== kept && guess.confidence >= LANGUAGE_SWITCH_CONFIDENCE ? guess.language : kept;
}
