/** Text normalisation shared by the offline models, so training and inference see identical tokens. */

const APOSTROPHES = /['\u2018\u2019\u02bc`]/g;
const WORD = /[\p{L}\p{N}]+/gu;
const DIGITS = /^\p{N}+$/u;

/** Stands in for any run of digits: order numbers and amounts vary per customer, their presence does not. */
export const NUMBER_TOKEN = "0";

export function normalizeText(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(APOSTROPHES, "");
}

/** Lower-cased word tokens with every digit run collapsed, e.g. "Order #4512 isn't here" -> ["order","0","isnt","here"]. */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const match of normalizeText(text).matchAll(WORD)) {
    for (const part of match[0].split(/(\p{N}+)/u)) {
      if (!part) continue;
      tokens.push(DIGITS.test(part) ? NUMBER_TOKEN : part);
    }
  }
  return tokens;
}

/**
 * Key under which near-identical utterances collapse (case, punctuation and digits ignored),
 * used to keep paraphrase twins on the same side of a train/evaluation split.
 */
export function duplicateKey(text: string): string {
  return tokenize(text).join(" ");
}

/**
 * Very light suffix stripping, enough to let "refunds"/"refunded"/"refunding" or
 * "shipped"/"shipping"/"ships" meet on one form without a full stemmer.
 */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  let stemmed = word;
  let stripped = false;
  for (const [pattern, replacement] of SUFFIX_RULES) {
    if (pattern.test(word)) {
      const candidate = word.replace(pattern, replacement);
      if (candidate.length >= 3) {
        stemmed = candidate;
        stripped = true;
      }
      break;
    }
  }
  if (stripped && /([^aeiouls])\1$/.test(stemmed)) stemmed = stemmed.slice(0, -1);
  if (stripped && /ll$/.test(stemmed) && stemmed.length > 5) stemmed = stemmed.slice(0, -1);
  if (stemmed.length > 4 && stemmed.endsWith("e")) stemmed = stemmed.slice(0, -1);
  return stemmed;
}

const SUFFIX_RULES: Array<[RegExp, string]> = [
  [/ies$/, "y"],
  [/ied$/, "y"],
  [/(ss|sh|ch|x)es$/, "$1"],
  [/([^aeiou])ing$/, "$1"],
  [/([^aeiou])ed$/, "$1"],
  [/([^su])s$/, "$1"],
];

/**
 * One typo apart: a letter added, dropped or changed, or two neighbours swapped. Words shorter than
 * `minLength` must match exactly: out of context, four-letter words are one typo away from too
 * many others ("that" / "chat").
 */
export function withinOneEdit(word: string, target: string, minLength = 5): boolean {
  if (word === target) return true;
  if (target.length < minLength || Math.abs(word.length - target.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < word.length && j < target.length) {
    if (word[i] === target[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (word.length > target.length) i++;
    else if (word.length < target.length) j++;
    else if (word[i + 1] === target[j] && word[i] === target[j + 1]) {
      // adjacent swap ("taok" is not one, "tlak" is)
      i += 2;
      j += 2;
    } else {
      i++;
      j++;
    }
  }
  return edits + (word.length - i) + (target.length - j) <= 1;
}

/** Two neighbouring letters swapped ("tlak" for "talk"), the commonest slip, which rarely makes another word. */
export function swappedNeighbours(word: string, target: string): boolean {
  if (word.length !== target.length || word === target) return false;
  const differ = [...word].flatMap((letter, i) => (letter === target[i] ? [] : [i]));
  return differ.length === 2 && differ[1] === differ[0]! + 1 && word[differ[0]!] === target[differ[1]!] && word[differ[1]!] === target[differ[0]!];
}
