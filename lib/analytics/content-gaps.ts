import type { ConversationFacts } from "./conversation-facts";
import { splitSections } from "../models/offline/article-sections";

/**
 * Questions the help centre could not answer well: turns the triage routed to the knowledge
 * specialist whose best article matched below the confidence floor in force at the time.
 */

export interface ContentGapRow {
  intent: string;
  questions: number;
  averageAnswerConfidence: number;
  /** The most frequent words of the questions, stop words left out. */
  topTerms: string[];
  examples: string[];
  /** Published articles that are about some of these questions now, most questions first. */
  coveredBy: { slug: string; title: string; questions: number }[];
}

/** A help-centre article as the gaps compare it with questions. */
export interface GapArticle {
  slug: string;
  title: string;
  tags: unknown;
  body: string;
}

const TOP_TERMS = 5;
const EXAMPLES = 3;

const STOP_WORDS = new Set(
  "a about an and any are as at be been but by can could did do does for from get got have how i i'm if in is it it's its me my no not of on or our please so that the their them there this to was we what when where which who why will with would you your".split(" "),
);

export function termsOf(question: string): string[] {
  return (question.toLowerCase().match(/[a-z0-9']+/g) ?? []).filter((word) => word.length > 2 && !STOP_WORDS.has(word));
}

function topTerms(questions: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const question of questions) for (const term of new Set(termsOf(question))) counts.set(term, (counts.get(term) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, TOP_TERMS).map(([term]) => term);
}

/** "cards" and "card" are one topic word: a question rarely uses the article's own plural. */
function topicWord(term: string): string {
  return term.length > 3 && term.endsWith("s") && !term.endsWith("ss") ? term.slice(0, -1) : term;
}

/** The words an article is about: its slug, title, tags and section headings. */
export function articleTopicTerms(article: GapArticle): Set<string> {
  const tags = Array.isArray(article.tags) ? (article.tags as string[]) : [];
  const headings = splitSections(article.body).flatMap((s) => s.heading ?? []);
  return new Set(termsOf([article.slug.replace(/-/g, " "), article.title, ...tags, ...headings].join(" ")).map(topicWord));
}

/**
 * Whether a question is about an article's topic: it shares at least two words (one, for a
 * one-word question) with the article's slug, title, tags or headings.
 */
export function questionIsAbout(question: string, topicTerms: ReadonlySet<string>): boolean {
  const terms = new Set(termsOf(question).map(topicWord));
  const shared = [...terms].filter((t) => topicTerms.has(t)).length;
  return terms.size > 0 && shared >= Math.min(2, terms.size);
}

function coverage(questions: readonly string[], articles: readonly { article: GapArticle; terms: Set<string> }[]): ContentGapRow["coveredBy"] {
  return articles
    .map(({ article, terms }) => ({ slug: article.slug, title: article.title, questions: questions.filter((q) => questionIsAbout(q, terms)).length }))
    .filter((a) => a.questions > 0)
    .sort((a, b) => b.questions - a.questions || a.slug.localeCompare(b.slug))
    // An article in several languages is one article here: its best-matching language stands for it.
    .filter((a, i, all) => all.findIndex((b) => b.slug === a.slug) === i);
}

/**
 * `articles` are the help centre as it is now: a gap an article has since been written for shows
 * that article, from the next time the report is read.
 */
export function contentGaps(facts: readonly ConversationFacts[], fallbackConfidenceFloor: number, articles: readonly GapArticle[] = []): ContentGapRow[] {
  const topics = articles.map((article) => ({ article, terms: articleTopicTerms(article) }));
  const byIntent = new Map<string, { confidences: number[]; questions: string[] }>();
  for (const f of facts) {
    for (const turn of f.knowledgeTurns) {
      const floor = turn.confidenceFloor ?? fallbackConfidenceFloor;
      if (turn.answerConfidence === null || turn.answerConfidence >= floor) continue;
      const group = byIntent.get(turn.intent) ?? { confidences: [], questions: [] };
      group.confidences.push(turn.answerConfidence);
      if (turn.question !== null) group.questions.push(turn.question);
      byIntent.set(turn.intent, group);
    }
  }
  return [...byIntent]
    .map(([intent, { confidences, questions }]) => ({
      intent,
      questions: confidences.length,
      averageAnswerConfidence: confidences.reduce((sum, c) => sum + c, 0) / confidences.length,
      topTerms: topTerms(questions),
      examples: questions.slice(0, EXAMPLES),
      coveredBy: coverage(questions, topics),
    }))
    .sort((a, b) => b.questions - a.questions || a.intent.localeCompare(b.intent));
}
