import MiniSearch from "minisearch";
import { logit, probability, type AnswerFeatures, type LogisticModel, type TopFeatures } from "./answer-confidence";
import { splitSections, type ArticleSection } from "./article-sections";
import { languageSearchTerms, STEMMED_LANGUAGES } from "../../language/search-terms";
import { stem } from "./text";

/**
 * Hybrid search over help-centre article sections: words (MiniSearch, with typo tolerance and
 * prefixes), meaning (sentence-encoder cosine, so "delivery periods" finds "delivery times") and
 * the intent model's reading of the question as a prior. One logistic model turns that evidence
 * into the probability that an article is the one the question is about; articles are ranked by
 * it and the best one's probability is the answer's confidence.
 */

export interface KnowledgeArticle {
  id: string;
  slug: string;
  /** The language the article is written in ("en", "es", …); translations share a slug. */
  language: string;
  title: string;
  body: string;
  tags?: readonly string[];
}

/** What is known about a question before searching: its words, language, meaning and intents. */
export interface Question {
  text: string;
  language: string;
  /** Unit-length sentence embedding; null when the encoder does not read this language. */
  embedding: Float32Array | null;
  /**
   * Embeddings of the question's clauses when it has several (`questionClauses`): in a long
   * message the question sits in one clause, and the rest of the story pulls the whole away from it.
   */
  clauseEmbeddings?: readonly Float32Array[];
  /** The intent model's (or a hosted model's) reading, most likely first. */
  intents: readonly { intent: string; confidence: number }[];
}

export interface KnowledgeHit {
  article: KnowledgeArticle;
  /** The section that matched best: what an answer quotes. */
  section: ArticleSection;
  /** Probability that this article is the one the question is about. */
  confidence: number;
  features: AnswerFeatures;
  /** The ranking model's score, and its lead over the best other candidate (negative when behind). */
  score: number;
  lead: number;
  /** How many searchable words the question has (stopwords and numbers left out). */
  questionWords: number;
}

/** What the confidence model reads of a ranked candidate. */
export function topFeatures(hit: Pick<KnowledgeHit, "score" | "lead" | "features" | "questionWords">): TopFeatures {
  return { score: hit.score, lead: hit.lead, noSemantic: hit.features.noSemantic, phrasing: hit.features.phrasing, coverage: hit.features.coverage, brevity: 1 / Math.max(1, hit.questionWords) };
}

/** Fewer words than this and a message is one clause, however it is punctuated. */
const CLAUSE_MESSAGE_WORDS = 8;
/** A clause needs this many words to say what is asked on its own. */
const CLAUSE_WORDS = 3;

/**
 * The clauses of a long message ("ordered a rug on the 14th, my bank shows the amount twice, one
 * pending"), split at sentence and clause punctuation and at "and"/"but"; none for a short one.
 */
export function questionClauses(text: string): string[] {
  const words = (part: string) => part.split(/\s+/).filter(Boolean).length;
  if (words(text) < CLAUSE_MESSAGE_WORDS) return [];
  const clauses = text.split(/[.!?;,:\n]+|\s(?:and|but|so|because)\s/i).map((part) => part.trim()).filter((part) => words(part) >= CLAUSE_WORDS);
  return clauses.length > 1 ? clauses : [];
}

/** What the index needs to know about every section and article once, when it is built. */
export interface IndexEncoders {
  /** Unit-length embeddings for English texts, in order. */
  encode: (texts: readonly string[]) => Promise<Float32Array[]>;
  /** Intent distribution of each text (label → probability). */
  intentsOf: (texts: readonly string[]) => Promise<Map<string, number>[]>;
}

/** The sentence encoder shipped with the desk reads English only. */
export const SEMANTIC_LANGUAGES: ReadonlySet<string> = new Set(["en"]);

/**
 * The ranking model was fitted by `npm run eval:answers -- --file tests/fixtures/dev/answers.jsonl
 * --file tests/fixtures/dev/answers-en-extra.jsonl --file <the *-en-tune-* rows of
 * answers-en-fresh.jsonl> --file <those of answers-en-more.jsonl> --file <those of
 * answers-en-wide.jsonl> --fit` on the fitting half of those questions (their `*-en-check-*` rows
 * are never fitted on). The confidence model, for that ranking, by the same command without
 * answers.jsonl and with `--fit-confidence`, on the questions whose confidence is weighed: an
 * off-topic question is declined by the scope check whatever its article's confidence, and
 * counting those as wrong answers made every answer sound less sure. `--reliability` prints how
 * well the probabilities hold on the other half.
 */
export const ANSWER_RANKING_MODEL: LogisticModel<keyof AnswerFeatures> = {
  bias: 0,
  weights: { lexical: 6.223, coverage: 0.937, semantic: 3.437, semanticGap: 3.437, phrasing: 6.998, phrasingGap: 6.998, noSemantic: 0, intentAgreement: 2.832 },
};
export const ANSWER_CONFIDENCE_MODEL: LogisticModel<keyof TopFeatures> = {
  bias: -5.847,
  weights: { score: 0.445, lead: 0.438, noSemantic: 0, phrasing: 0.478, coverage: 2.131, brevity: -5.574 },
};

export interface AnswerModels {
  ranking: LogisticModel<keyof AnswerFeatures>;
  confidence: LogisticModel<keyof TopFeatures>;
}
const SHIPPED_MODELS: AnswerModels = { ranking: ANSWER_RANKING_MODEL, confidence: ANSWER_CONFIDENCE_MODEL };

/**
 * For questions in a language the sentence encoder does not read (Spanish, French, German), where
 * words and the intent prior are all the evidence: the models above learnt to lean on meaning,
 * which these questions never have; their closest phrasing is the one sharing the most words.
 * Fitted on the fitting half of the Spanish, French and German development questions:
 * tests/fixtures/dev/answers-es-fr-de.jsonl, written close to the articles' own phrasings, and the
 * tuning rows (`*-tune-*`) of answers-intl-fresh.jsonl and answers-intl-more.jsonl, written the
 * way customers ask; their `*-check-*` rows are never fitted on. (The confidence model's
 * `noSemantic` weight is folded into its bias: it is 1 for every one of these questions.)
 */
export const LEXICAL_ANSWER_MODELS: AnswerModels = {
  ranking: {
    bias: 0,
    weights: { lexical: 4.419, coverage: 2.446, semantic: 0, semanticGap: 0, phrasing: 4.754, phrasingGap: 4.754, noSemantic: 0, intentAgreement: 9.513 },
  },
  confidence: { bias: -4.519, weights: { score: -0.031, lead: 0.986, noSemantic: 0, phrasing: 5.688, coverage: 6.951, brevity: -8.319 } },
};

const STOPWORDS: Record<string, ReadonlySet<string>> = {
  en: new Set(
    ("a an the and or but if then so of to in on at by for with from into about as is are was were be been being am do does did doing " +
      "have has had having i me my mine we our you your yours he she it its they them their this that these those there here what which who " +
      "whom whose when where why how can could would should will shall may might must just also too very not no yes please hi hello hey thanks " +
      "thank get got want wanted need needed like know tell let us any some all more most one im ive id dont cant wont isnt whats ok okay " +
      "doesnt didnt arent wasnt youre thats theres really actually pls plz u ur show see view find explain give thing things stuff guys anymore yet ago").split(" "),
  ),
};

const foldAccents = (word: string) => word.normalize("NFKD").replace(/\p{M}/gu, "");

/**
 * Words reduced to the form both the question and the article will share: English through the
 * engine's light stemmer, Spanish, French and German through their own (lib/language/search-terms),
 * which split German compounds into the parts `corpus` (that language's articles) uses.
 */
export function searchTerm(language: string, corpus: readonly string[] = []): (term: string) => string | string[] | null {
  if (STEMMED_LANGUAGES.has(language)) return languageSearchTerms(language, corpus);
  const stopwords = STOPWORDS.en!;
  return (raw) => {
    const word = raw.toLowerCase().replace(/['\u2019]/g, "");
    if (!word || stopwords.has(word) || /^\p{N}+$/u.test(word)) return null;
    const term = stem(foldAccents(word));
    const concept = ENGLISH_CONCEPTS.get(term);
    return concept ? [term, concept] : term;
  };
}

/**
 * Customers' English words for what the help centre calls otherwise ("postage" for shipping, "pw"
 * for password, "smashed" for damaged): each word of a group also searches as the group's first
 * word, on both sides, like the Spanish, French and German concepts in lib/language/search-terms.
 * Only plain equivalents within the shop's world.
 */
const ENGLISH_CONCEPTS: ReadonlyMap<string, string> = new Map(
  ["shipping postage", "password pw passcode", "damaged smashed shattered cracked dented crushed", "delete erase erasure wipe", "invoice bill", "preorder reserve", "american amex", "promo coupon voucher"].flatMap((group) => {
    const [head, ...others] = group.split(" ").map((word) => stem(word));
    return others.map((other) => [other!, head!] as const);
  }),
);

interface IndexedSection {
  id: number;
  article: KnowledgeArticle;
  section: ArticleSection;
  embedding: Float32Array | null;
}

interface IndexedArticle {
  article: KnowledgeArticle;
  sections: IndexedSection[];
  /** Embeddings of what the article is about (its title; title and tags), for short questions. */
  topics: Float32Array[];
  /**
   * Embeddings of each way the article's editors phrased what it answers (its title and each tag
   * on its own, "where is my refund", "do you take PayPal"): a customer's question is usually
   * closest to one of them rather than to the article's prose.
   */
  phrasings: Float32Array[];
  intents: Map<string, number>;
}

function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  for (let i = 0; i < a.length; i++) dot += a[i]! * b[i]!;
  return dot;
}

/** MiniSearch's own word boundary, so the question's words are counted as the index splits them. */
const WORD_BREAK = /[\n\r\p{Z}\p{P}]+/u;

/** The lead of a candidate with no rival: a clear lead, not an infinite one. */
const LONE_LEAD = 5;

/** How many of the best semantic matches join the lexical ones as candidates. */
const SEMANTIC_CANDIDATES = 5;

/** A word of a text as the search terms it stands for; a stop word stands for itself and names no topic. */
interface Word {
  terms: readonly string[];
  topic: boolean;
}

/**
 * How much of a question and one of an article's phrasings are the same words, each side's share
 * of words found on the other averaged (a Dice coefficient), with a word and its synonyms as one
 * and a stop word counting half a topic word. Nothing when they share no topic word: "wie wird
 * das Wetter" is not close to "wie wird der Versand berechnet" for its first two words.
 */
function wordingOverlap(asked: readonly Word[], phrased: readonly Word[]): number {
  const termsOf = (words: readonly Word[]) => new Set(words.flatMap((word) => word.terms));
  const askedTerms = termsOf(asked);
  const phrasedTerms = termsOf(phrased);
  const foundIn = (terms: Set<string>) => (word: Word) => word.terms.some((term) => terms.has(term));
  if (!asked.some((word) => word.topic && foundIn(phrasedTerms)(word))) return 0;
  const weight = (words: readonly Word[]) => words.reduce((sum, word) => sum + (word.topic ? 1 : 0.5), 0);
  return (weight(asked.filter(foundIn(phrasedTerms))) + weight(phrased.filter(foundIn(askedTerms)))) / (weight(asked) + weight(phrased));
}

class LanguageIndex {
  private readonly search: MiniSearch<{ id: number; title: string; heading: string; text: string; tags: string }>;
  private readonly processTerm: (term: string) => string | string[] | null;
  /** Each article's phrasings (title and tags) as words, in the order of `articles`. */
  private readonly wordings: Word[][][];

  constructor(
    readonly language: string,
    private readonly articles: IndexedArticle[],
    private readonly sections: IndexedSection[],
  ) {
    this.processTerm = searchTerm(language, sections.map((s) => [s.article.title, s.section.text, ...(s.article.tags ?? [])].join(" ")));
    this.search = new MiniSearch({
      fields: ["title", "heading", "text", "tags"],
      processTerm: this.processTerm,
      searchOptions: {
        boost: { title: 3, heading: 2, tags: 2 },
        // Typos in longer words ("shiping", "pasword") still match; short words must be spelled right.
        // Stemmed Spanish, French and German words need no prefix search for their endings, and a
        // short one would find longer words by their first letters ("hoch" in "höchstens").
        fuzzy: (term) => (term.length > 4 ? 0.2 : false),
        prefix: (term) => term.length > (language === "en" ? 3 : 5),
      },
    });
    this.search.addAll(sections.map((s) => ({ id: s.id, title: s.article.title, heading: s.section.heading ?? "", text: s.section.text, tags: (s.article.tags ?? []).join(" ") })));
    this.wordings = articles.map(({ article }) => [...new Set([article.title, ...(article.tags ?? [])])].map((phrased) => this.words(phrased)));
  }

  /**
   * A text's words as the search terms each stands for. Stop words are kept as written here: where
   * meaning cannot be compared, "wo ist meine Bestellung" against a phrasing "wo ist meine
   * Bestellung" is what tells tracking an order from every other article that says "Bestellung".
   */
  private words(text: string): Word[] {
    return text.split(WORD_BREAK).flatMap((raw): Word[] => {
      if (!raw || /^\p{N}+$/u.test(raw)) return [];
      const terms = this.processTerm(raw);
      if (terms === null) return [{ terms: [foldAccents(raw.toLowerCase().replace(/['\u2019]/g, ""))], topic: false }];
      return [{ terms: typeof terms === "string" ? [terms] : terms, topic: true }];
    });
  }

  covers(slug: string): boolean {
    return this.articles.some((entry) => entry.article.slug === slug);
  }

  /** The text's searchable words that no article in this language uses. */
  unusedWords(text: string): string[] {
    return text.split(WORD_BREAK).filter((word) => this.processTerm(word) !== null && this.search.search(word, { fuzzy: false, prefix: false }).length === 0);
  }

  rank(question: Question, models: AnswerModels, limit: number): KnowledgeHit[] {
    const askedTerms = new Set(question.text.split(WORD_BREAK).flatMap((word) => this.processTerm(word) ?? []));
    const lexicalBySection = new Map<number, { score: number; terms: string[] }>();
    if (askedTerms.size > 0) for (const result of this.search.search(question.text)) lexicalBySection.set(result.id as number, { score: result.score, terms: result.queryTerms });

    const readings = question.embedding ? [question.embedding, ...(question.clauseEmbeddings ?? [])] : [];
    const askedWords = question.embedding ? [] : this.words(question.text);
    const evidence = this.articles.map((entry, position) => {
      let lexical = 0;
      const matched = new Set<string>();
      let bestSection = entry.sections[0]!;
      let bestSectionScore = -Infinity;
      let semantic = 0;
      for (const s of entry.sections) {
        const hit = lexicalBySection.get(s.id);
        const sectionCosine = question.embedding && s.embedding ? cosine(question.embedding, s.embedding) : 0;
        semantic = Math.max(semantic, sectionCosine);
        if (hit) {
          lexical = Math.max(lexical, hit.score);
          for (const term of hit.terms) matched.add(term);
        }
        const sectionScore = (hit?.score ?? 0) + 10 * sectionCosine;
        if (sectionScore > bestSectionScore) {
          bestSectionScore = sectionScore;
          bestSection = s;
        }
      }
      for (const topic of question.embedding ? entry.topics : []) semantic = Math.max(semantic, cosine(question.embedding!, topic));
      // Without meaning, the closest phrasing is the one sharing the most of the question's words.
      let phrasing = question.embedding ? 0 : Math.max(0, ...this.wordings[position]!.map((phrased) => wordingOverlap(askedWords, phrased)));
      for (const phrased of question.embedding ? entry.phrasings : []) {
        for (const asked of readings) phrasing = Math.max(phrasing, cosine(asked, phrased));
      }
      const intentAgreement = question.intents.reduce((sum, { intent, confidence }) => sum + confidence * (entry.intents.get(intent) ?? 0), 0);
      return { entry, lexical, coverage: askedTerms.size ? Math.min(1, matched.size / askedTerms.size) : 0, semantic, section: bestSection.section, intentAgreement, phrasing };
    });

    const bestLexical = Math.max(0, ...evidence.map((e) => e.lexical));
    const bestSemantic = Math.max(0, ...evidence.map((e) => e.semantic));
    const bestPhrasing = Math.max(0, ...evidence.map((e) => e.phrasing));
    const semanticCut = [...evidence].sort((a, b) => b.semantic - a.semantic)[Math.min(SEMANTIC_CANDIDATES, evidence.length) - 1]?.semantic ?? 0;
    const hasSemantic = question.embedding !== null && bestSemantic > 0;
    const ranked = evidence
      .filter((e) => e.lexical > 0 || (hasSemantic && e.semantic >= semanticCut) || e.intentAgreement > 0.3)
      .map((e) => {
        const features: AnswerFeatures = {
          lexical: bestLexical > 0 ? e.lexical / bestLexical : 0,
          coverage: e.coverage,
          semantic: hasSemantic ? e.semantic : 0,
          semanticGap: hasSemantic ? e.semantic - bestSemantic : 0,
          phrasing: e.phrasing,
          phrasingGap: e.phrasing - bestPhrasing,
          noSemantic: hasSemantic ? 0 : 1,
          intentAgreement: e.intentAgreement,
        };
        return { article: e.entry.article, section: e.section, features, score: logit(models.ranking, features) };
      })
      .sort((a, b) => b.score - a.score || a.article.slug.localeCompare(b.article.slug));
    // Each candidate's probability weighs its score against the best of the others.
    return ranked.slice(0, limit).map(({ article, section, features, score }, rank) => {
      const lead = score - (rank === 0 ? (ranked[1]?.score ?? score - LONE_LEAD) : ranked[0]!.score);
      const hit = { article, section, features, score, lead, questionWords: askedTerms.size };
      return { ...hit, confidence: probability(models.confidence, topFeatures(hit)) };
    });
  }
}

export class KnowledgeIndex {
  private constructor(private readonly byLanguage: Map<string, LanguageIndex>) {}

  /** Splits, embeds and profiles every article once; searching afterwards costs no model call. */
  static async build(articles: readonly KnowledgeArticle[], encoders: IndexEncoders): Promise<KnowledgeIndex> {
    const entries: IndexedArticle[] = [];
    const sections: IndexedSection[] = [];
    for (const article of articles) {
      const entry: IndexedArticle = { article, sections: [], topics: [], phrasings: [], intents: new Map() };
      for (const section of splitSections(article.body)) {
        const indexed = { id: sections.length, article, section, embedding: null };
        sections.push(indexed);
        entry.sections.push(indexed);
      }
      entries.push(entry);
    }
    const semantic = entries.filter((e) => SEMANTIC_LANGUAGES.has(e.article.language));
    // The title alone and the title with its tags: a short question is often a paraphrase of either.
    const topics = semantic.flatMap((e) => [e.article.title, [e.article.title, ...(e.article.tags ?? [])].join(". ")]);
    const semanticSections = semantic.flatMap((e) => e.sections);
    const phrasings = semantic.map((e) => [...new Set([e.article.title, ...(e.article.tags ?? [])])]);
    const embeddings = await encoders.encode([...topics, ...semanticSections.map((s) => `${s.article.title}. ${s.section.text}`), ...phrasings.flat()]);
    semantic.forEach((e, i) => (e.topics = [embeddings[2 * i]!, embeddings[2 * i + 1]!]));
    semanticSections.forEach((s, i) => (s.embedding = embeddings[topics.length + i]!));
    let nextPhrasing = topics.length + semanticSections.length;
    semantic.forEach((e, i) => {
      e.phrasings = embeddings.slice(nextPhrasing, nextPhrasing + phrasings[i]!.length);
      nextPhrasing += phrasings[i]!.length;
    });
    // An article covers every intent its title, a tag or a section heading reads as, each at its strongest.
    const profileTexts = entries.map((e) => [e.article.title, ...(e.article.tags ?? []), ...e.sections.flatMap((s) => s.section.heading ?? [])]);
    const readings = await encoders.intentsOf(profileTexts.flat());
    let next = 0;
    for (const [i, entry] of entries.entries()) {
      for (const reading of readings.slice(next, next + profileTexts[i]!.length)) {
        for (const [intent, p] of reading) entry.intents.set(intent, Math.max(entry.intents.get(intent) ?? 0, p));
      }
      next += profileTexts[i]!.length;
    }

    const byLanguage = new Map<string, LanguageIndex>();
    for (const language of new Set(entries.map((e) => e.article.language))) {
      const inLanguage = entries.filter((e) => e.article.language === language);
      byLanguage.set(language, new LanguageIndex(language, inLanguage, inLanguage.flatMap((e) => e.sections)));
    }
    return new KnowledgeIndex(byLanguage);
  }

  languages(): string[] {
    return [...this.byLanguage.keys()];
  }

  /** Whether the help centre has this article (by slug) written in this language. */
  hasArticle(language: string, slug: string): boolean {
    return this.byLanguage.get(language)?.covers(slug) ?? false;
  }

  /** The question's searchable words that no article in its language uses (all of them when it has none). */
  unusedWords(language: string, text: string): string[] {
    const inLanguage = this.byLanguage.get(language);
    return inLanguage ? inLanguage.unusedWords(text) : text.split(WORD_BREAK).filter(Boolean);
  }

  /** The question's language's articles, best first; none when that language has no articles. */
  search(question: Question, options: { limit?: number; models?: AnswerModels } = {}): KnowledgeHit[] {
    const models = options.models ?? (question.embedding ? SHIPPED_MODELS : LEXICAL_ANSWER_MODELS);
    return this.byLanguage.get(question.language)?.rank(question, models, options.limit ?? 5) ?? [];
  }
}

/**
 * How close the question came to any way the help centre phrases what it answers: the evidence
 * that a question with no shop word in it is still about the shop. Null when meaning could not
 * be compared (a language the encoder does not read).
 */
export function closestPhrasing(hits: readonly KnowledgeHit[]): number | null {
  if (hits.length === 0 || hits[0]!.features.noSemantic === 1) return null;
  return Math.max(...hits.map((hit) => hit.features.phrasing));
}

/**
 * How close a question without meaning must come to one of an article's own phrasings (its title
 * and tags, by shared words) for the words it shares with that article to say it is about the
 * shop. An everyday word an article happens to use ("el año pasado", "demain") is no such
 * evidence: a question about the league or the weather shares little else with the article's own
 * questions. On the development questions, store questions without a shop word came above it and
 * off-topic ones sharing such a word mostly below.
 */
export const OWN_WORDING_OVERLAP = 0.3;

/**
 * For a question in a language the encoder does not read, the evidence that it is about the shop
 * without naming it: the largest share of its words that one help-centre article uses, 0 when no
 * article in its language shares one or the question is worded like none of the articles' own
 * phrasings (`OWN_WORDING_OVERLAP`). Null when meaning can be compared (see `closestPhrasing`)
 * or the help centre has no article in that language to compare with.
 */
export function closestWording(hits: readonly KnowledgeHit[], language: string, index: KnowledgeIndex): number | null {
  if (SEMANTIC_LANGUAGES.has(language)) return null;
  if (hits.length === 0) return index.languages().includes(language) ? 0 : null;
  if (!hits.some((hit) => hit.features.phrasing >= OWN_WORDING_OVERLAP)) return 0;
  return Math.max(...hits.map((hit) => hit.features.coverage));
}
