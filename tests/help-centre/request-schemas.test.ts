// What the help-centre route handlers refuse before anything is written, and the reasons they give.
import assert from "node:assert/strict";
import { test } from "node:test";
import { createArticleBody } from "../../app/api/admin/articles/schema";
import { publicationBody } from "../../app/api/admin/articles/[id]/schema";
import { importUpload } from "../../app/api/admin/articles/import/schema";

const valid = { slug: "returns-policy", language: "en", title: "Returns policy", category: "returns", tags: ["returns"], body: "Return anything within 30 days of delivery." };

test("an article needs an address-safe slug, a language the desk answers in, and text within bounds", () => {
  assert.equal(createArticleBody.safeParse(valid).success, true);
  const refusal = (change: object) => {
    const parsed = createArticleBody.safeParse({ ...valid, ...change });
    assert.equal(parsed.success, false, JSON.stringify(change));
    return parsed.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
  };
  assert.match(refusal({ slug: "Returns Policy" }), /^slug: A slug is lowercase letters, digits and single hyphens/);
  assert.match(refusal({ slug: "returns--policy" }), /^slug:/);
  assert.match(refusal({ language: "it" }), /^language: The language must be one the desk answers in: en, es, fr, de/);
  assert.match(refusal({ body: "x".repeat(50_001) }), /^body: The article's text has at most 50000 characters/);
  assert.match(refusal({ tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }), /^tags: An article has at most 20 tags/);
  assert.match(refusal({ owner: "me" }), /Unrecognized key/);
});

test("publishing takes exactly a true or false", () => {
  assert.deepEqual(publicationBody.parse({ published: false }), { published: false });
  assert.equal(publicationBody.safeParse({ published: "no" }).success, false);
  assert.equal(publicationBody.safeParse({ published: true, slug: "x" }).success, false);
});

test("an upload must be a non-empty .zip, .csv or .md file", () => {
  const file = (name: string, content = "x") => new File([content], name);
  assert.equal(importUpload.safeParse({ file: file("help.zip") }).success, true);
  assert.equal(importUpload.safeParse({ file: file("help.CSV") }).success, true);
  assert.match(importUpload.safeParse({ file: file("help.exe") }).error!.issues[0]!.message, /Import a \.zip of Markdown files, a \.csv, or a \.md file/);
  assert.match(importUpload.safeParse({ file: file("help.zip", "") }).error!.issues[0]!.message, /empty/);
  assert.match(importUpload.safeParse({ file: "help.zip" }).error!.issues[0]!.message, /form field named "file"/);
});
