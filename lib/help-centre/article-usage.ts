import type { Db } from "../db";
import { payloadsOf } from "../events/catalogue";
import { articleTopicTerms, questionIsAbout, type GapArticle } from "../analytics/content-gaps";
import { factsOf } from "../analytics/conversation-facts";
import { loadAnalyticsContext, loadAnalyticsDataset } from "../analytics/load";

/** How far back an article's usage and its gap questions are counted. */
export const USAGE_DAYS = 30;
const DAY = 86_400_000;

export interface ArticleUsage {
  /** AI replies built on this article (one language of it). */
  answers: number;
  averageConfidence: number;
  /** Replies per section heading ("(introduction)" for the text before the first heading). */
  sections: { heading: string; answers: number }[];
  lastAnsweredAt: Date | null;
}

export function articleKey(slug: string, language: string): string {
  return `${slug}/${language}`;
}

/** Tallies `answer_basis` events by the article each reply linked. */
export function usageByArticle(events: readonly { type: string; payload: unknown; createdAt: Date }[]): Map<string, ArticleUsage> {
  const tallies = new Map<string, { confidence: number; sections: Map<string, number>; answers: number; last: Date | null }>();
  for (const { event, payload: basis } of payloadsOf("answer_basis", events)) {
    if (basis.kind !== "article" || !basis.article) continue;
    const key = articleKey(basis.article.slug, basis.article.language);
    const tally = tallies.get(key) ?? { confidence: 0, sections: new Map(), answers: 0, last: null };
    tally.answers++;
    tally.confidence += basis.article.confidence;
    const heading = basis.article.section ?? "(introduction)";
    tally.sections.set(heading, (tally.sections.get(heading) ?? 0) + 1);
    if (!tally.last || event.createdAt > tally.last) tally.last = event.createdAt;
    tallies.set(key, tally);
  }
  return new Map(
    [...tallies].map(([key, t]) => [
      key,
      {
        answers: t.answers,
        averageConfidence: t.confidence / t.answers,
        sections: [...t.sections].map(([heading, answers]) => ({ heading, answers })).sort((a, b) => b.answers - a.answers || a.heading.localeCompare(b.heading)),
        lastAnsweredAt: t.last,
      },
    ]),
  );
}

export async function loadArticleUsage(db: Db, workspaceId: string, now: Date): Promise<Map<string, ArticleUsage>> {
  const events = await db.conversationEvent.findMany({
    where: { workspaceId, type: "answer_basis", createdAt: { gte: new Date(now.getTime() - USAGE_DAYS * DAY) } },
    select: { id: true, type: true, payload: true, createdAt: true },
  });
  return usageByArticle(events);
}

export interface GapQuestion {
  question: string;
  intent: string;
  answerConfidence: number;
}

/** The content gaps' questions: knowledge turns whose best article matched below the floor in force then. */
export async function loadGapQuestions(db: Db, workspaceId: string, now: Date): Promise<GapQuestion[]> {
  const [dataset, context] = await Promise.all([
    loadAnalyticsDataset(db, workspaceId, { start: new Date(now.getTime() - USAGE_DAYS * DAY), end: now }, { withQuestions: true }),
    loadAnalyticsContext(db, workspaceId, now),
  ]);
  return factsOf(dataset).flatMap((f) =>
    f.knowledgeTurns.flatMap((turn) =>
      turn.question !== null && turn.answerConfidence !== null && turn.answerConfidence < (turn.confidenceFloor ?? context.escalationPolicy.confidenceFloor)
        ? [{ question: turn.question, intent: turn.intent, answerConfidence: turn.answerConfidence }]
        : [],
    ),
  );
}

/**
 * The gap questions an article is about (lib/analytics/content-gaps.ts decides "about"): an
 * article written for a gap shows the questions it was written for, and a weak one shows what it
 * still leaves unanswered.
 */
export function gapQuestionsFor(article: GapArticle, gaps: readonly GapQuestion[]): GapQuestion[] {
  const terms = articleTopicTerms(article);
  return gaps.filter((gap) => questionIsAbout(gap.question, terms));
}
