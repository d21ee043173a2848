import { test } from "node:test";
import assert from "node:assert/strict";
import { demoHelpCentre } from "../../lib/demo/article-translations";

const articles = demoHelpCentre();
const english = new Map(articles.filter((a) => a.language === "en").map((a) => [a.slug, a]));

/** Every figure an article states (days, prices, hours, steps), written the same way in any language. */
function figures(body: string): string[] {
  return [...new Set((body.match(/\d+(?:[.,]\d+)?/g) ?? []).map((n) => n.replace(",", ".")))].sort();
}

function structure(body: string): { listItems: number; bullets: number; tableRows: number } {
  return {
    listItems: (body.match(/^\d+\. /gm) ?? []).length,
    bullets: (body.match(/^- /gm) ?? []).length,
    tableRows: (body.match(/^\|/gm) ?? []).length,
  };
}

for (const language of ["es", "fr", "de"]) {
  test(`every help-centre article exists in ${language}, under the English slug, with the same figures and structure`, () => {
    const translated = articles.filter((a) => a.language === language);
    assert.deepEqual(translated.map((a) => a.slug).sort(), [...english.keys()].sort());
    for (const article of translated) {
      const original = english.get(article.slug);
      assert.ok(original, `${article.slug} has no English original`);
      assert.equal(article.category, original.category);
      assert.deepEqual(figures(article.body), figures(original.body), `${language}/${article.slug} states different figures`);
      assert.deepEqual(structure(article.body), structure(original.body), `${language}/${article.slug} has a different structure`);
      assert.notEqual(article.title, original.title);
    }
  });
}

test("each slug appears once per language", () => {
  const keys = articles.map((a) => `${a.language}/${a.slug}`);
  assert.equal(new Set(keys).size, keys.length);
});
