// What the console shows beside each article: how many AI replies were built on it, from which
// sections, and which unanswered customer questions are about its topic.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { AnswerBasisPayload } from "../../lib/events/catalogue";
import { gapQuestionsFor, usageByArticle } from "../../lib/help-centre/article-usage";
import { ARTICLE_BODY_LIMIT, bodyLimitFor, HELP_CENTRE_IMPORT_BODY_LIMIT } from "../../lib/http/body-limit";

const at = (day: number) => new Date(Date.UTC(2026, 10, day));
const basis = (payload: Partial<AnswerBasisPayload>, day: number) => ({ type: "answer_basis", payload: { messageId: "m", kind: "article", language: "en", article: null, ...payload }, createdAt: at(day) });

test("replies are counted per article and language, by section, with their average match and the latest one", () => {
  const usage = usageByArticle([
    basis({ article: { slug: "returns-policy", language: "en", section: "How long do I have?", confidence: 0.9 } }, 1),
    basis({ article: { slug: "returns-policy", language: "en", section: "How long do I have?", confidence: 0.7 } }, 3),
    basis({ article: { slug: "returns-policy", language: "en", section: null, confidence: 0.8 } }, 2),
    basis({ article: { slug: "returns-policy", language: "es", section: null, confidence: 0.6 } }, 2),
    basis({ kind: "miss" }, 4),
    basis({ kind: "action" }, 4),
  ]);
  const english = usage.get("returns-policy/en")!;
  assert.equal(english.answers, 3);
  assert.ok(Math.abs(english.averageConfidence - 0.8) < 1e-9);
  assert.deepEqual(english.sections, [
    { heading: "How long do I have?", answers: 2 },
    { heading: "(introduction)", answers: 1 },
  ]);
  assert.deepEqual(english.lastAnsweredAt, at(3));
  assert.equal(usage.get("returns-policy/es")!.answers, 1);
  assert.equal(usage.size, 2, "misses and actions are no article's use");
});

test("a gap question belongs to the article whose title, tags or headings share two of its words, plural or not", () => {
  const giftCards = { slug: "gift-cards", title: "Gift cards", tags: ["voucher"], body: "## Do gift cards expire?\n\nNever.\n\n## Lost codes\n\nWe resend them." };
  const gaps = [
    { question: "can I pay with a gift card voucher?", intent: "payment_methods", answerConfidence: 0.2 },
    { question: "I lost my gift code", intent: "other", answerConfidence: 0.3 },
    { question: "do you ship to Canada?", intent: "shipping", answerConfidence: 0.1 },
    { question: "vouchers?", intent: "other", answerConfidence: 0.1 },
  ];
  assert.deepEqual(gapQuestionsFor(giftCards, gaps).map((g) => g.question), ["can I pay with a gift card voucher?", "I lost my gift code", "vouchers?"]);
});

test("uploads to the import have 10 MB, one article 256 KB; other addresses keep theirs", () => {
  assert.equal(bodyLimitFor("POST", "/api/admin/articles/import"), HELP_CENTRE_IMPORT_BODY_LIMIT);
  assert.equal(HELP_CENTRE_IMPORT_BODY_LIMIT, 10 * 1024 * 1024);
  assert.equal(bodyLimitFor("POST", "/api/admin/articles"), ARTICLE_BODY_LIMIT);
  assert.equal(bodyLimitFor("PUT", "/api/admin/articles/abc"), ARTICLE_BODY_LIMIT);
  assert.equal(bodyLimitFor("POST", "/api/admin/articles-elsewhere"), 64 * 1024);
});

test("the content-gaps report names the published articles about a gap's questions, as the help centre is now", async () => {
  const { contentGaps } = await import("../../lib/analytics/content-gaps");
  const turn = (question: string) => ({ messageId: question, intent: "gift_cards", answerConfidence: 0.2, confidenceFloor: 0.6, question });
  const facts = [{ knowledgeTurns: [turn("do gift cards expire?"), turn("can I use two gift cards on one order?"), turn("gift card balance")] }] as never;
  assert.deepEqual(contentGaps(facts, 0.6)[0]!.coveredBy, [], "before the article exists");
  const giftCards = { slug: "gift-cards", title: "Gift cards", tags: [], body: "## Do gift cards expire?\n\nNever." };
  const spanish = { ...giftCards, title: "Tarjetas regalo" };
  assert.deepEqual(contentGaps(facts, 0.6, [giftCards, spanish])[0]!.coveredBy, [{ slug: "gift-cards", title: "Gift cards", questions: 3 }]);
});
