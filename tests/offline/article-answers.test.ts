import { test } from "node:test";
import assert from "node:assert/strict";
import { splitSections } from "../../lib/models/offline/article-sections";
import { composeArticleAnswer } from "../../lib/models/offline/reply-composer";
import { fitLogistic, probability, reliability } from "../../lib/models/offline/answer-confidence";
import { demoArticles } from "../../lib/demo/knowledge-articles";

const article = (slug: string) => demoArticles.find((a) => a.slug === slug)!;

test("articles split at Markdown headings, bold-only lines and bold lead sentences, keeping a colon's list with it", () => {
  const sections = splitSections("Intro line:\n\n- one\n- two\n\n## Timing\n\nWithin 5 days.\n\n**Order invoices:**\n\n1. Go to orders.\n2. Click download.\n\n**Missing items.** Check your parcels first.\n\nThen report it.");
  assert.deepEqual(
    sections.map((s) => s.heading),
    [null, "Timing", "Order invoices", "Missing items"],
  );
  assert.equal(sections[0]!.text, "Intro line:\n\n- one\n- two");
  assert.equal(sections[2]!.text, "**Order invoices:**\n\n1. Go to orders.\n2. Click download.");
  assert.equal(sections[3]!.text, "**Missing items.** Check your parcels first.\n\nThen report it.");
});

test("an article answer quotes the matching section whole, its numbered steps included, and links the article", () => {
  const returns = article("how-to-start-a-return");
  const [section] = splitSections(returns.body);
  const answer = composeArticleAnswer({ slug: returns.slug, language: "en", title: returns.title, body: returns.body, section: section!, confidence: 0.9 });
  for (let step = 1; step <= 6; step++) assert.match(answer, new RegExp(`^${step}\\. `, "m"));
  assert.match(answer, /\(\/help\/how-to-start-a-return\)/);
});

test("a section introduced by a colon keeps its list: the non-returnable items are all listed", () => {
  const items = article("non-returnable-items");
  const answer = composeArticleAnswer({ slug: items.slug, language: "en", title: items.title, body: items.body, section: splitSections(items.body)[0]!, confidence: 0.9 });
  for (const item of ["Gift cards", "Opened personal care items", "Food and drink", "Personalised or engraved items", "Final sale"]) assert.ok(answer.includes(item), item);
});

test("a translated article links with its language", () => {
  const answer = composeArticleAnswer({ slug: "return-policy", language: "es", title: "Política de devoluciones", body: "Tienes **30 días**.", section: null, confidence: 0.9 }, "es");
  assert.match(answer, /\/help\/return-policy\?lang=es/);
  assert.match(answer, /Tienes \*\*30 días\*\*\./);
});

test("the fitted confidence follows how often the evidence is right", () => {
  // Evidence x is right with probability x: a calibrated model must say about x back.
  const examples = Array.from({ length: 400 }, (_, i) => {
    const x = (i % 20) / 20 + 0.025;
    return { features: { x }, right: (i * 7919) % 400 < x * 400 };
  });
  const model = fitLogistic(["x"] as const, examples);
  assert.ok(probability(model, { x: 0.9 }) > 0.75, `${probability(model, { x: 0.9 })}`);
  assert.ok(probability(model, { x: 0.1 }) < 0.25, `${probability(model, { x: 0.1 })}`);
  const report = reliability(examples.map((e) => ({ predicted: probability(model, e.features), right: e.right })));
  assert.ok(report.brier < 0.2, `Brier ${report.brier}`);
  for (const bin of report.bins.filter((b) => b.count >= 40)) assert.ok(Math.abs(bin.meanPredicted - bin.observed) < 0.15, JSON.stringify(bin));
});

test("reliability bins predictions and scores them", () => {
  const report = reliability([{ predicted: 0.9, right: true }, { predicted: 0.1, right: false }, { predicted: 0.9, right: false }]);
  assert.equal(report.n, 3);
  assert.equal(report.bins[4]!.count, 2);
  assert.equal(report.bins[4]!.observed, 0.5);
  assert.ok(Math.abs(report.brier - (0.01 + 0.01 + 0.81) / 3) < 1e-9);
});
