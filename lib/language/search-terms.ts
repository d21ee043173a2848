import { stemmer as frenchStemmer } from "@orama/stemmers/french";
import { stemmer as germanStemmer } from "@orama/stemmers/german";
import { stemmer as spanishStemmer } from "@orama/stemmers/spanish";

/**
 * How Spanish, French and German questions and help-centre articles are cut into search terms, so
 * that "devolver", "devolución" and "devolucion" meet, "zurückzugeben" finds "zurückgeben" and
 * "Lieferadresse" finds an article about the "Adresse". Each language gets its Snowball stemmer,
 * its own stop words (the words a question is built with, not what it is about) and accent
 * folding after stemming, because customers often type without accents.
 */

const foldAccents = (word: string) => word.normalize("NFKD").replace(/\p{M}/gu, "");

const STEMMERS: Record<string, (word: string) => string> = { es: spanishStemmer, fr: frenchStemmer, de: germanStemmer };

/** Languages this module cuts into terms; English keeps the engine's own light stemmer. */
export const STEMMED_LANGUAGES: ReadonlySet<string> = new Set(Object.keys(STEMMERS));

/** Each stop word also without its accents, as customers often type them ("cuanto", "ou"). */
const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean).flatMap((word) => [word, foldAccents(word)]));

/**
 * Question words, pronouns, articles, auxiliaries and courtesies. Kept short on purpose: general
 * stop-word lists drop words such as "tiempo", "cuenta" or "días" that decide which article fits.
 */
const STOPWORDS: Record<string, ReadonlySet<string>> = {
  es: words(`
    el la los las lo un una unos unas y e o u pero si sino de del al a ante en con contra por para sin sobre que qué como cómo
    cuando cuándo donde dónde adonde cual cuál cuales cuáles quien quién cuanto cuánto cuanta cuánta cuantos cuántos cuantas cuántas
    es son era fue ser soy eres somos estar está están estoy estás estaba he ha han has hemos hay había
    mi mis tu tus su sus nuestro nuestra me te se le les lo nos os yo tú usted ustedes ud uds vosotros ellos ellas él ella
    este esta esto estos estas ese esa eso esos esas aquí ahí allí muy más ya también tan
    puedo puede pueden podría podrían podria podrian quiero quisiera querría necesito tengo tiene tienen tienes
    debo debe voy va vamos hola buenas buenos gracias favor porfa porfavor xfa oye vale ok
    saber sé decir dime digan alguien algo algún alguna qué tal`),
  fr: words(`
    le la les l un une des du de d et ou mais si à a au aux en dans avec par pour sur sous sans chez que qu quoi qui
    comment quand où ou quel quelle quels quelles combien pourquoi est sont être suis es sommes êtes était été
    avoir ai as avons avez ont avait mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs
    me m je j tu te t il elle nous vous ils elles on se s ce c cet cette ces ça cela ceci y n ne pas plus très
    bonjour bonsoir salut merci svp stp plaît plait puis peux peut pouvez pourriez pourrais veux voudrais voulais faut
    dois doit vais va allez besoin aimerais savoir dire quelqu quelque chose est-ce`),
  de: words(`
    der die das den dem des ein eine einen einem einer eines und oder aber wenn ob von vom zu zum zur im in an am auf aus mit
    für bei nach über unter ohne bis durch um wie was wann wo wohin woher warum wieso weshalb welche welcher welches welchen welchem
    ist sind war waren sein bin bist seid wird werden wurde wurden haben habe hast hat hatte hatten
    ich du er sie es wir ihr mein meine meinen meinem meiner meines dein deine sein seine unser unsere euer ihre ihren ihrem ihres
    mich mir dich dir ihm ihn ihnen uns euch sich man dass daß da hier dort
    kann kannst können könnt könnte könnten konnte muss müssen musste soll sollte möchte möchten mochte will willst wollen würde würden
    nicht kein keine noch schon sehr auch nur mal denn doch ja nein hallo hi guten tag danke bitte gerne gern etwas jemand
    hab als gerade grad eigentlich halt eben einfach`),
};

/**
 * Words customers and the help centre use for the same thing ("anular" / "cancelar", "Kennwort" /
 * "Passwort", "Allemagne" for the "UE" the shipping table names): each word of a group also
 * searches as the group's first word, on both sides, so a question in the customer's own words
 * finds the article written in the shop's. Only plain equivalents within the shop's world: a
 * word with a second everyday meaning ("red", "tarde", "Karte") stays out.
 */
const CONCEPTS: Record<string, readonly string[]> = {
  es: [
    "cancelar anular anulación cancelación",
    "devolver devolución devuelvo devuelve devuelven devuelto devuelta",
    "enviar mandar",
    "eliminar borrar suprimir",
    "contraseña clave",
    "factura justificante comprobante tique ticket",
    "correo email mail",
    "aplicación app",
    "wifi internet",
    "cupón descuento",
    "dañado roto estropeado rajado golpeado aplastado",
    "defectuoso averiado",
    "perdido extraviado",
    "retraso retrasado",
    "ue europa alemania francia españa italia portugal austria bélgica holanda irlanda",
    "suscripción membresía abono",
    "datos información",
    "embalaje caja envoltorio",
  ],
  fr: [
    "annuler annulation",
    "supprimer effacer",
    "débit débiter prélever prélèvement",
    "facture justificatif ticket",
    "colis paquet",
    "mail email courriel",
    "application appli app",
    "wifi internet",
    "promo réduction remise coupon",
    "endommagé cassé abîmé fissuré écrasé",
    "perdu égaré",
    "ue europe france allemagne belgique espagne italie autriche irlande luxembourg",
    "abonnement adhésion",
    "données infos informations",
    "publicité pub pubs",
    "retourner renvoyer",
    "emballage carton",
  ],
  de: [
    "stornieren rückgängig storno abbestellen",
    "löschen entfernen",
    "passwort kennwort",
    "abbuchung abbuchen abgebucht belastet",
    "rechnung beleg quittung kassenbon",
    "paket päckchen",
    "mail email",
    "wlan wifi internet",
    "gutschein rabattcode rabatt coupon",
    "beschädigt kaputt zerbrochen gesprungen zerkratzt",
    "eu europa deutschland österreich frankreich italien spanien niederlande belgien irland",
    "mitgliedschaft abo abonnement",
    "zurückgeben zurückschicken zurücksenden",
    "verpackung karton",
  ],
};

/** Verbs with a separable prefix put "zu" inside ("zurückzugeben", "anzumelden"): the search wants the verb itself. */
const SEPARABLE_ZU = /^(ab|an|auf|aus|bei|ein|fest|her|hin|los|mit|nach|um|vor|weg|weiter|zurück|zusammen)zu(\p{L}{3,}(?:en|n))$/u;

/**
 * One word's stem as both sides will spell it. Spanish written without its accent ("devolucion")
 * gets its -ción back first, because the stemmer only knows the accented ending; German "ue" for
 * "ü" folds to "u" like the umlaut does.
 */
function stemOf(language: string, word: string): string {
  const stem = STEMMERS[language]!;
  if (language === "es") return foldAccents(stem(word.replace(/([cs])ion$/u, "$1ión")));
  if (language === "de") return foldAccents(stem(word.replace(SEPARABLE_ZU, "$1$2"))).replace(/([aou])e/g, "$1");
  return foldAccents(stem(word));
}

/**
 * The accented letters a customer may have typed plainly, by language ("devolveis" for "devolvéis",
 * "donnees" for "données"). German needs none: its umlauts fold to the plain vowel after stemming.
 */
const ACCENTED: Record<string, Record<string, readonly string[]>> = {
  es: { a: ["á"], e: ["é"], i: ["í"], o: ["ó"], u: ["ú"], n: ["ñ"] },
  fr: { a: ["à", "â"], e: ["é", "è", "ê"], i: ["î", "ï"], o: ["ô"], u: ["ù", "û"], c: ["ç"] },
};

/**
 * The stem of a word typed without its accent, as the help centre spells it. Folding accents after
 * stemming is not enough where the stemmer only knows the accented ending ("devolvéis" → "devolv",
 * "devolveis" unchanged; "renvoyé" → "renvoi"): when the plain word's stem is none the articles use,
 * the word is tried with one accent put back, last letters first, and the first stem the articles
 * use is taken.
 */
function stemWithoutAccents(language: string, word: string, known: ReadonlySet<string>): string {
  const plain = stemOf(language, word);
  const accents = ACCENTED[language];
  if (!accents || known.has(plain) || foldAccents(word) !== word) return plain;
  for (let at = word.length - 1; at >= 0; at--) {
    for (const accented of accents[word[at]!] ?? []) {
      const stem = stemOf(language, word.slice(0, at) + accented + word.slice(at + 1));
      if (known.has(stem)) return stem;
    }
  }
  return plain;
}

/** German links the parts of a compound with these ("Zahlung-s-arten", "Kunde-n-konto"). */
const LINKING = ["", "s", "n", "en", "es", "e"];
const MIN_PART = 4;

/**
 * A German compound's parts that the help centre itself uses: "lieferadresse" → "adresse" (and
 * "liefer" when the articles speak of "Lieferung"), so a customer's compound finds the article
 * that spells it apart, and the article's compound answers a customer who does.
 */
function compoundParts(word: string, known: ReadonlySet<string>): string[] {
  const parts: string[] = [];
  for (let cut = MIN_PART; cut <= word.length - MIN_PART; cut++) {
    const tail = stemOf("de", word.slice(cut));
    if (tail.length < 3 || !known.has(tail)) continue;
    parts.push(tail);
    const head = word.slice(0, cut);
    for (const link of LINKING) {
      if (!head.endsWith(link) || head.length - link.length < MIN_PART - 1) continue;
      // A head is often a stem already ("Liefer-adresse" from "Lieferung"), which stemming again would cut.
      const bare = head.slice(0, head.length - link.length);
      const headForm = [stemOf("de", bare), foldAccents(bare).replace(/([aou])e/g, "$1")].find((form) => known.has(form));
      if (headForm) {
        parts.push(headForm);
        break;
      }
    }
    break;
  }
  return parts;
}

/**
 * The term function MiniSearch calls for every word, when indexing and when searching. `corpus`
 * is the text of the articles in that language: German compounds are split into parts it
 * contains, and a word typed without its accents gets the stem it has there. Returns null for a
 * stop word or a bare number.
 */
export function languageSearchTerms(language: string, corpus: readonly string[] = []): (raw: string) => string | string[] | null {
  if (!STEMMERS[language]) throw new Error(`No search terms for language "${language}".`);
  const stopwords = STOPWORDS[language]!;
  const normalise = (raw: string) => raw.toLowerCase().replace(/['\u2019]/g, "");
  const known = new Set<string>();
  for (const text of corpus) for (const word of text.split(/[^\p{L}]+/u)) if (word.length >= 3) known.add(stemOf(language, normalise(word)));
  const concepts = new Map<string, string>();
  for (const group of CONCEPTS[language] ?? []) {
    const [head, ...others] = group.split(" ").map((word) => stemOf(language, word));
    for (const member of others) concepts.set(member!, head!);
  }
  const withConcepts = (terms: string[]) => [...new Set(terms.flatMap((term) => [term, concepts.get(term) ?? term]))];
  return (raw) => {
    const word = normalise(raw);
    if (!word || stopwords.has(word) || /^\p{N}+$/u.test(word)) return null;
    const stem = stemWithoutAccents(language, word, known);
    const parts = language === "de" && word.length >= 2 * MIN_PART ? compoundParts(word, known).filter((part) => part !== stem) : [];
    const terms = withConcepts([stem, ...parts]);
    return terms.length > 1 ? terms : stem;
  };
}
