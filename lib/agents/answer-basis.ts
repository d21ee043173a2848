import type { AnswerBasisPayload } from "../events/catalogue";
import type { DeskArticle } from "../models/desk-call";

/** The help-centre link a reply ends with: `/help/<slug>`, `?lang=xx` when not English. */
const HELP_LINK = /\/help\/([a-z0-9-]+)(?:\?lang=([a-z]{2}))?/;

export function helpCentreLink(slug: string, language: string): string {
  return language === "en" ? `/help/${slug}` : `/help/${slug}?lang=${language}`;
}

/**
 * What a reply was built on, read from what it says rather than from which model wrote it: the
 * article it links (hosted models are asked to link the article they used, the offline engine
 * always does), else the action whose result it reports, else the kind of specialist speaking.
 */
export function answerBasis(input: {
  messageId: string;
  replyText: string;
  specialist: string;
  usedTool: boolean;
  articles: readonly DeskArticle[];
  conversationLanguage: string;
}): AnswerBasisPayload {
  const base = { messageId: input.messageId, language: input.conversationLanguage };
  if (input.usedTool) return { ...base, kind: "action", article: null };
  const link = HELP_LINK.exec(input.replyText);
  if (link) {
    const [, slug, linkLanguage = "en"] = link;
    const article = input.articles.find((a) => a.slug === slug && a.language === linkLanguage) ?? input.articles.find((a) => a.slug === slug);
    const language = article?.language ?? linkLanguage;
    return { ...base, kind: "article", language, article: { slug, language, section: article?.section?.heading ?? null, confidence: article?.confidence ?? 0 } };
  }
  if (input.specialist === "engagement") return { ...base, kind: "conversation", article: null };
  return { ...base, kind: "miss", article: null };
}
