import { FAULT_PHRASE_VALENCE, FAULT_VALENCE, PHRASE_VALENCE, WORD_VALENCE } from "./sentiment-lexicon";

/**
 * Per-message sentiment in the style of VADER (Hutto & Gilbert, 2014): lexicon valences adjusted
 * for negation, intensifiers, ALL-CAPS and "!" emphasis, and the contrast of "but".
 */

export interface SentimentResult {
  /** -1 (very negative) .. 1 (very positive). */
  score: number;
  /** The words and phrases that carried the score, as written. */
  terms: string[];
}

const NEGATORS = new Set([
  "not", "no", "never", "nor", "neither", "nobody", "nothing", "nowhere", "none", "without", "cannot",
  "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "wont", "wouldnt", "cant", "couldnt",
  "shouldnt", "havent", "hasnt", "hadnt", "aint", "nt",
  "nunca", "nada", "nadie", "ni", "pas", "jamais", "rien", "nicht", "kein", "keine", "keinen", "nie", "niemals",
]);

const BOOSTERS: Readonly<Record<string, number>> = {
  very: 0.293, really: 0.293, so: 0.293, extremely: 0.4, incredibly: 0.4, absolutely: 0.4, totally: 0.35,
  completely: 0.35, utterly: 0.4, truly: 0.3, super: 0.3, highly: 0.3, most: 0.25, too: 0.2, such: 0.2,
  seriously: 0.3, genuinely: 0.293, fucking: 0.4, bloody: 0.3, damn: 0.3, terribly: 0.35, insanely: 0.4, beyond: 0.3,
  slightly: -0.293, somewhat: -0.293, kinda: -0.293, bit: -0.25, barely: -0.35,
  hardly: -0.35, little: -0.2, partly: -0.25, mostly: -0.1,
  muy: 0.293, totalmente: 0.35, completamente: 0.35, absolutamente: 0.4, realmente: 0.293,
  très: 0.293, vraiment: 0.293, tellement: 0.3, complètement: 0.35, totalement: 0.35, absolument: 0.4,
  sehr: 0.293, wirklich: 0.293, total: 0.35, völlig: 0.35, absolut: 0.4, echt: 0.293, absolute: 0.4,
};

const NEGATION_FACTOR = -0.74;
/** How much of its valence a word naming a fault carries: the fault is the topic, the feeling is in the other words. */
const FAULT_WEIGHT = 0.6;
const CAPS_BOOST = 0.733;
const EXCLAMATION_BOOST = 0.292;
const NORMALISATION = 15;

interface Token {
  word: string;
  original: string;
  /** Which sentence of the message the word is in: a negation does not reach into the next one. */
  sentence: number;
}

function tokens(text: string): Token[] {
  const flat = text.normalize("NFKC").replace(/['\u2019`]/g, "");
  let sentence = 0;
  let last = 0;
  return [...flat.matchAll(/[\p{L}\p{N}]+/gu)].map((match) => {
    if (/[.!?;\n]/.test(flat.slice(last, match.index))) sentence++;
    last = match.index + match[0].length;
    return { word: match[0].toLowerCase(), original: match[0], sentence };
  });
}

const PHRASES = [...FAULT_PHRASE_VALENCE.map(([phrase, valence]) => [phrase, valence * FAULT_WEIGHT] as const), ...PHRASE_VALENCE].filter(([phrase]) => /^[a-z ]+$/.test(phrase)).map(
  ([phrase, valence]) => [phrase.split(" "), valence] as const,
);
const EMOTICONS = PHRASE_VALENCE.filter(([phrase]) => !/^[a-z ]+$/.test(phrase));

/**
 * Praise said of a let-down in the same message is sarcasm: "and nobody came. wonderful. just
 * wonderful." The praise must be one of the set forms people use that way, so a plain "perfect,
 * thanks" after a late parcel that did come still reads as thanks.
 */
const LET_DOWN =
  /\b(?:no ?one|nobody|no-one) (?:came|showed up|turned up|called|rang|replied|answered|bothered)\b|\bnever (?:came|arrived|showed up|turned up|called|rang|replied)\b|\b(?:didn'?t|didnt|did not) (?:come|arrive|show up|turn up|call|ring|reply|bother)\b/i;
const SARCASTIC_PRAISE =
  /(?:^|[.!?,]\s*)(?:oh\s+)?(?:just|simply|absolutely|really|truly) (?:wonderful|great|perfect|brilliant|fantastic|lovely|marvell?ous|amazing|fabulous)\b|\b(?:great|good|nice|brilliant|fantastic|amazing|excellent) (?:job|work|one|service)\b|\bwell done\b|\bthanks a (?:lot|bunch|million)\b|\bcheers for that\b/i;

/**
 * Feelings a phrase list cannot hold, because customers put words between their parts ("ich
 * vertraue Ihrem Shop nicht mehr"), matched over the message's words as `tokens` spells them
 * (lower case, apostrophes dropped). Each is as strong as the strongest idioms of the lexicon: a
 * customer who no longer trusts the shop, who is fed up with it rather than with a product, or who
 * has run out of things to try is upset whatever else the message says.
 */
const EXPRESSIONS: readonly { pattern: RegExp; valence: number }[] = [
  // Trust in the shop lost, in the desk's four languages.
  {
    pattern:
      /\b(?:no longer|dont|do not|cant|cannot|wont|will never|couldnt|never) (?:\p{L}+ )?trust (?:you|your|this (?:shop|store|company|site|website|brand)|anything you)\b|\blost (?:all |any |every bit of )?(?:my )?(?:trust|faith|confidence) in (?:you|your|this (?:shop|store|company|site|website|brand))\b|(?<!\p{L})(?:ya no (?:me )?(?:conf[ií]o|f[ií]o)|no (?:me )?(?:conf[ií]o|f[ií]o) (?:en|de) (?:ustedes|vosotros|usted|su |vuestr|esta (?:tienda|empresa)|la (?:tienda|empresa)))(?!\p{L})|(?<!\p{L})(?:perd[ií]\p{L}*|he perdido|hemos perdido) (?:toda )?(?:la )?confianza(?!\p{L})|(?<!\p{L})(?:plus|aucune|perdu) (?:toute )?confiance(?!\p{L})|(?<!\p{L})vertraue?n? (?:\p{L}+ ){0,3}nicht mehr(?!\p{L})|(?<!\p{L})(?:kein vertrauen mehr|(?:das |mein |jedes )?vertrauen (?:in \p{L}+ (?:\p{L}+ )?)?verloren)(?!\p{L})/u,
    valence: -3.0,
  },
  // Had enough of the shop itself, not of a product ("fed up with my old kettle").
  {
    pattern:
      /\b(?:fed up|sick(?: and tired)?|tired|had enough) (?:with|of) (?:you|your|this (?:shop|store|company|service))\b|(?<!\p{L})(?:hart[oa]s?|cansad[oa]s?) de (?:ustedes|vosotros|su (?:tienda|empresa|servicio)|esta (?:tienda|empresa))(?!\p{L})|(?<!\p{L})marre de (?:vous|votre|vos)(?!\p{L})|(?<!\p{L})(?:die nase voll|genug) von (?:ihnen|euch|ihrem|eurem)(?!\p{L})/u,
    valence: -3.0,
  },
  // Out of things to try: "I don't know what else to do anymore", "ya no sé qué hacer".
  {
    pattern:
      /\b(?:dont|do not) know what (?:else |more )?to (?:do|say|try)(?: any ?more| any longer)\b|\b(?:dont|do not) know what (?:else|more) to (?:do|say|try)\b|\bat my wits end\b|(?<!\p{L})(?:ya no s[ée] qu[ée] (?:m[áa]s )?(?:hacer|decir)|no s[ée] qu[ée] m[áa]s (?:hacer|decir|probar))(?!\p{L})|(?<!\p{L})je ne sais plus (?:quoi|que) (?:faire|dire)(?!\p{L})|(?<!\p{L})(?:wei[ßs]s? (?:ich )?nicht mehr weiter|wei[ßs]s? nicht (?:mehr )?was ich (?:noch )?(?:tun|machen) soll)(?!\p{L})/u,
    valence: -3.0,
  },
];

function isShouted(token: Token): boolean {
  return token.original.length > 1 && /\p{L}/u.test(token.original) && token.original === token.original.toUpperCase();
}

export function scoreSentiment(text: string): SentimentResult {
  const words = tokens(text);
  // An expression that carries its own negation ("no longer trust") is not negated again by it.
  const valences: Array<{ index: number; valence: number; term: string; negationInside?: boolean }> = [];
  const consumed = new Set<number>();

  const flat = words.map((token) => token.word).join(" ");
  for (const { pattern, valence } of EXPRESSIONS) {
    const match = pattern.exec(flat);
    if (!match) continue;
    // The word index where the expression starts, and every word it spans, from the spaces before and in it.
    const start = flat.slice(0, match.index).split(" ").length - 1;
    const span = match[0].trim().split(" ").length;
    for (let offset = 0; offset < span; offset++) consumed.add(start + offset);
    valences.push({ index: start, valence, term: words.slice(start, start + span).map((t) => t.original).join(" "), negationInside: true });
  }
  for (const [phrase, valence] of PHRASES) {
    for (let i = 0; i + phrase.length <= words.length; i++) {
      if (phrase.every((part, offset) => words[i + offset]!.word === part && !consumed.has(i + offset))) {
        phrase.forEach((_, offset) => consumed.add(i + offset));
        valences.push({ index: i, valence, term: words.slice(i, i + phrase.length).map((t) => t.original).join(" ") });
      }
    }
  }
  words.forEach((token, index) => {
    const fault = FAULT_VALENCE[token.word];
    const valence = WORD_VALENCE[token.word] ?? (fault === undefined ? undefined : fault * FAULT_WEIGHT);
    if (valence !== undefined && !consumed.has(index)) valences.push({ index, valence, term: token.original });
  });

  // A turn for the better ("but it came this morning, great job") makes the praise sincere again.
  const sarcastic = LET_DOWN.test(text) && SARCASTIC_PRAISE.test(text) && !/\b(?:but|though|although|however|anyway)\b/i.test(text);
  // Mixed-case messages make an ALL-CAPS word stand out as shouting; a fully upper-case message
  // is shouting throughout, so every valenced word in it is emphasised too.
  const butIndex = words.findIndex((token) => token.word === "but");
  let sum = 0;
  for (const entry of valences) {
    let valence = sarcastic ? -Math.abs(entry.valence) : entry.valence;
    const sign = Math.sign(valence);
    if (isShouted(words[entry.index]!)) valence += sign * CAPS_BOOST;
    for (let back = 1; back <= 3 && entry.index - back >= 0; back++) {
      const previous = words[entry.index - back]!.word;
      const boost = BOOSTERS[previous];
      // Boosters fade with distance, as in VADER.
      if (boost !== undefined) valence += sign * boost * (back === 1 ? 1 : back === 2 ? 0.95 : 0.9);
    }
    const sentence = words[entry.index]?.sentence;
    const negated = !entry.negationInside && words.slice(Math.max(0, entry.index - 3), entry.index).some((token) => token.sentence === sentence && NEGATORS.has(token.word));
    if (negated) valence *= NEGATION_FACTOR;
    if (butIndex >= 0) valence *= entry.index < butIndex ? 0.5 : entry.index > butIndex ? 1.5 : 1;
    sum += valence;
  }
  for (const [emoticon, valence] of EMOTICONS) {
    const count = text.toLowerCase().split(emoticon).length - 1;
    for (let i = 0; i < count; i++) valences.push({ index: words.length, valence, term: emoticon });
    sum += valence * count;
  }

  if (sum !== 0) {
    const exclamations = Math.min(4, (text.match(/!/g) ?? []).length);
    sum += Math.sign(sum) * exclamations * EXCLAMATION_BOOST;
  }
  const score = sum / Math.sqrt(sum * sum + NORMALISATION);
  return { score: Math.max(-1, Math.min(1, score)), terms: valences.map((entry) => entry.term) };
}
