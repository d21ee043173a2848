import { stem, tokenize } from "./text";

/**
 * Okapi BM25 over help-centre articles, with a confidence that says whether the best article
 * actually answers the question rather than just scoring highest.
 */

export interface KnowledgeArticle {
  id: string;
  slug: string;
  title: string;
  body: string;
  tags?: readonly string[];
}

export interface KnowledgeHit {
  article: KnowledgeArticle;
  score: number;
  /** 0..1: how much of the question the article covers, discounted when another article scores as well or nearly as well. */
  confidence: number;
  /** Query terms found in the article (stemmed). */
  matchedTerms: string[];
}

export interface RetrievalOptions {
  limit?: number;
}

const K1 = 1.2;
const B = 0.75;
/** Title and tag words count as this many body occurrences: they say what the article is about. */
const TITLE_BOOST = 3;
const TAG_BOOST = 2;

const STOPWORDS = new Set(
  (
    "a an the and or but if then so of to in on at by for with from into about as is are was were be been being am " +
    "do does did doing have has had having i me my mine we our you your yours he she it its they them their this that " +
    "these those there here what which who whom whose when where why how can could would should will shall may might " +
    "must just also too very not no yes please hi hello hey thanks thank get got want wanted need needed like know tell " +
    "let us any some all more most much many one im ive id its dont cant wont isnt whats ok okay long take takes " +
    "doesnt didnt arent wasnt werent havent hasnt hadnt shouldnt couldnt wouldnt youre theyre thats theres youve weve " +
    "never ever still really actually"
  ).split(" "),
);

function terms(text: string): string[] {
  return tokenize(text)
    .filter((token) => !STOPWORDS.has(token) && token !== "0")
    .map(stem);
}

/**
 * Question words that the stopword list drops still say what kind of answer is wanted: "how long"
 * is answered by a number of days, "how much" by a cost. Adding those answer words lets an article
 * that states the duration outrank one that merely shares the nouns.
 */
const QUESTION_EXPANSIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bhow (?:long|many days)\b|\bwhen will\b/i, "days window"],
  [/\bhow much\b|\bcost\b/i, "cost price fee"],
];

/** Answer words steer the ranking between articles that match the question; they never outweigh it. */
const ANSWER_WORD_WEIGHT = 0.3;
/**
 * Only articles matching the customer's own words within this share of the best match count as
 * near ties for answer words to decide: "how long does shipping take" must not reach the return
 * policy through its "30-day window".
 */
const NEAR_TIE = 0.85;

function answerWordsFor(query: string): string {
  return QUESTION_EXPANSIONS.filter(([pattern]) => pattern.test(query)).map(([, words]) => words).join(" ");
}

interface IndexedArticle {
  article: KnowledgeArticle;
  frequencies: Map<string, number>;
  length: number;
}

export class KnowledgeIndex {
  private readonly documents: IndexedArticle[];
  private readonly documentFrequency = new Map<string, number>();
  private readonly averageLength: number;

  constructor(articles: readonly KnowledgeArticle[]) {
    this.documents = articles.map((article) => {
      const weighted = [
        ...Array<string[]>(TITLE_BOOST).fill(terms(article.title)).flat(),
        ...Array<string[]>(TAG_BOOST).fill((article.tags ?? []).flatMap(terms)).flat(),
        ...terms(article.body),
      ];
      const frequencies = new Map<string, number>();
      for (const term of weighted) frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
      for (const term of frequencies.keys()) this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
      return { article, frequencies, length: weighted.length };
    });
    this.averageLength = this.documents.reduce((sum, doc) => sum + doc.length, 0) / Math.max(1, this.documents.length);
  }

  private idf(term: string): number {
    const n = this.documentFrequency.get(term) ?? 0;
    return Math.log(1 + (this.documents.length - n + 0.5) / (n + 0.5));
  }

  search(query: string, options: RetrievalOptions = {}): KnowledgeHit[] {
    const askedTerms = [...new Set(terms(query))];
    const queryTerms = [...new Set([...askedTerms, ...terms(answerWordsFor(query))])];
    if (askedTerms.length === 0 || this.documents.length === 0) return [];
    const scored = this.documents.map((doc) => {
      let asked = 0;
      let answer = 0;
      const matchedTerms: string[] = [];
      for (const term of queryTerms) {
        const frequency = doc.frequencies.get(term);
        if (!frequency) continue;
        matchedTerms.push(term);
        const weight = (this.idf(term) * frequency * (K1 + 1)) / (frequency + K1 * (1 - B + (B * doc.length) / this.averageLength));
        if (askedTerms.includes(term)) asked += weight;
        else answer += ANSWER_WORD_WEIGHT * weight;
      }
      return { doc, asked, answer, matchedTerms };
    });
    const bestAsked = Math.max(0, ...scored.map((hit) => hit.asked));
    const ranked = scored
      .filter((hit) => hit.asked > 0)
      .map((hit) => ({ ...hit, score: hit.asked + (hit.asked >= NEAR_TIE * bestAsked ? hit.answer : 0) }))
      .sort((a, b) => b.score - a.score || a.doc.article.id.localeCompare(b.doc.article.id));

    const runnerUp = ranked[1]?.score ?? 0;
    return ranked.slice(0, options.limit ?? 5).map((hit, rank) => ({
      article: hit.doc.article,
      score: hit.score,
      // Confidence is judged on the customer's own words only; answer words just steer the ranking.
      confidence: this.confidence(askedTerms, hit.matchedTerms.filter((t) => askedTerms.includes(t)), rank === 0 ? hit.score : 0, runnerUp),
      matchedTerms: hit.matchedTerms,
    }));
  }

  /**
   * Share of the query's information (idf-weighted) the article covers, discounted when another
   * article scores almost as well. Raw BM25 is unbounded and always ranks *something* first, so it
   * cannot tell "no article answers this" apart from a good match.
   */
  private confidence(queryTerms: readonly string[], matched: readonly string[], best: number, runnerUp: number): number {
    const weight = (term: string) => Math.max(this.idf(term), this.unseenTermWeight());
    const total = queryTerms.reduce((sum, term) => sum + weight(term), 0);
    const coverage = matched.reduce((sum, term) => sum + weight(term), 0) / total;
    const margin = best > 0 ? (best - runnerUp) / best : 0;
    // An ambiguous lead costs at most a quarter of the confidence: two close articles can both be right.
    return Math.max(0, Math.min(1, coverage * (0.75 + 0.25 * margin)));
  }

  /** Words no article contains are the most telling part of an off-topic question. */
  private unseenTermWeight(): number {
    return this.idf("\u0000");
  }
}
