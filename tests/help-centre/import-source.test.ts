// Reading a help-centre import: Markdown files with front matter (from a zip or alone) and CSV
// rows become articles; each bad file is named with its reason and the good ones still import.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { articlesFromCsv, articlesFromUpload } from "../../lib/help-centre/import-source";
import { zipFile } from "../support/zip-file";

const returns = `---
slug: returns-policy
title: "Returns policy"
category: Returns
language: en
tags: [returns, refund, exchange]
published: true
---
## How long do I have?

You can return anything within 30 days of delivery.

## Who pays for the label?

We do, for faulty items.
`;

const spanish = `---
slug: returns-policy
title: Política de devoluciones
category: returns
language: es
tags:
  - devoluciones
  - reembolso
---
Puede devolver cualquier artículo en un plazo de 30 días desde la entrega.
`;

test("a zip of Markdown files gives one article per file and language, with its front matter, and names each bad file with the reason", () => {
  const zip = zipFile({
    "help/returns.md": returns,
    "help/es/returns.md": spanish,
    "help/broken-slug.md": "---\nslug: Not A Slug!\ntitle: Broken\ncategory: x1\n---\nThis text is long enough to be an article.\n",
    "help/klingon.md": "---\ntitle: Klingon article\nlanguage: tlh\n---\nThis text is long enough to be an article.\n",
    "help/no-end.md": "---\ntitle: never closed\nThis text never ends its front matter.\n",
    "help/images/logo.png": Buffer.from([0x89, 0x50, 0x4e, 0x47]),
    "__MACOSX/help/._returns.md": "resource fork",
  });
  const batch = articlesFromUpload("help.zip", zip);

  assert.deepEqual(
    batch.articles.map((a) => [a.source, a.input.slug, a.input.language, a.input.title]),
    [
      ["help/es/returns.md", "returns-policy", "es", "Política de devoluciones"],
      ["help/returns.md", "returns-policy", "en", "Returns policy"],
    ],
  );
  const english = batch.articles.find((a) => a.input.language === "en")!.input;
  assert.equal(english.category, "returns", "categories are lower-cased");
  assert.deepEqual(english.tags, ["returns", "refund", "exchange"]);
  assert.equal(english.published, true);
  assert.match(english.body, /^## How long do I have\?/);
  assert.deepEqual(batch.articles.find((a) => a.input.language === "es")!.input.tags, ["devoluciones", "reembolso"]);

  const reasons = new Map(batch.rejected.map((r) => [r.name, r.reason]));
  assert.deepEqual([...reasons.keys()].sort(), ["help/broken-slug.md", "help/klingon.md", "help/no-end.md"]);
  assert.match(reasons.get("help/broken-slug.md")!, /slug: A slug is lowercase letters/);
  assert.match(reasons.get("help/klingon.md")!, /language: The language must be one the desk answers in: en, es, fr, de/);
  assert.match(reasons.get("help/no-end.md")!, /no closing ---/);
  assert.deepEqual(batch.ignored.sort(), ["__MACOSX/help/._returns.md", "help/images/logo.png"]);
});

test("a file without front matter takes its slug from its name and its title from its first heading", () => {
  const batch = articlesFromUpload("gift-cards.md", Buffer.from("# Gift cards\n\nGift cards never expire and can be used on any order.\n"));
  assert.equal(batch.rejected.length, 0);
  assert.deepEqual(batch.articles[0]!.input, {
    slug: "gift-cards",
    language: "en",
    title: "Gift cards",
    category: "general",
    tags: [],
    body: "Gift cards never expire and can be used on any order.",
    published: true,
  });
});

test("an archive made by the zip command reads the same as any other", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "help-zip-"));
  writeFileSync(path.join(dir, "returns.md"), returns);
  try {
    execFileSync("zip", ["-q", "-r", "help.zip", "returns.md"], { cwd: dir });
  } catch {
    return; // no zip command on this machine: the archive writer above covers the format
  }
  const batch = articlesFromUpload("help.zip", readFileSync(path.join(dir, "help.zip")));
  assert.deepEqual(batch.articles.map((a) => a.input.slug), ["returns-policy"]);
});

test("two files with the same slug and language: the second is refused and names the first", () => {
  const batch = articlesFromUpload("help.zip", zipFile({ "a.md": returns, "b.md": returns }));
  assert.equal(batch.articles.length, 1);
  assert.deepEqual(batch.rejected, [{ name: "b.md", reason: 'a.md already has the slug "returns-policy" in en.' }]);
});

test("something that is not a zip is refused as a whole with the reason", () => {
  const batch = articlesFromUpload("help.zip", Buffer.from("this is plainly not an archive at all, just words"));
  assert.equal(batch.articles.length, 0);
  assert.match(batch.rejected[0]!.reason, /not a zip archive/);
});

test("CSV rows become articles; quoted bodies keep their commas and line breaks; bad rows are named by line", () => {
  const csv = [
    "slug,language,title,category,tags,body",
    'shipping-times,en,Shipping times,shipping,"shipping, delivery","## Standard\n\nStandard delivery takes 3 to 5 working days, ""tracked"" all the way."',
    'shipping-times,fr,Délais de livraison,shipping,livraison,"La livraison standard prend de 3 à 5 jours ouvrés."',
    "bad slug,en,Bad,shipping,,Some text that is long enough to pass.",
    "too,few,fields",
  ].join("\r\n");
  const batch = articlesFromCsv("help.csv", csv);
  assert.deepEqual(batch.articles.map((a) => [a.source, a.input.language]), [
    ["help.csv#shipping-times/en", "en"],
    ["help.csv#shipping-times/fr", "fr"],
  ]);
  assert.equal(batch.articles[0]!.input.body, '## Standard\n\nStandard delivery takes 3 to 5 working days, "tracked" all the way.');
  assert.deepEqual(batch.articles[0]!.input.tags, ["shipping", "delivery"]);
  assert.deepEqual(batch.rejected.map((r) => r.name), ["help.csv line 6", "help.csv line 7"]);
  assert.match(batch.rejected[0]!.reason, /slug/);
  assert.match(batch.rejected[1]!.reason, /3 fields; the header names 6/);
});

test("a CSV without the expected header is refused with the columns it needs", () => {
  const batch = articlesFromCsv("help.csv", "name,text\nx,y\n");
  assert.match(batch.rejected[0]!.reason, /slug,language,title,category,tags,body; missing: slug, language, title, category, tags, body/);
});

test("a file that unpacks larger than allowed is refused by name without being unpacked, and the rest still read", async () => {
  const { readZip } = await import("../../lib/help-centre/zip-archive");
  const zip = zipFile({ "big.md": "x".repeat(5000), "small.md": "# Small\n\nA small article that fits easily." });
  const entries = readZip(zip, { maxEntries: 10, maxFileBytes: 1000, maxTotalBytes: 10_000 });
  assert.deepEqual(entries.find((e) => e.name === "big.md")!.content, { error: "the file is larger than 1000 bytes" });
  assert.ok(Buffer.isBuffer(entries.find((e) => e.name === "small.md")!.content));
  assert.throws(() => readZip(zip, { maxEntries: 1, maxFileBytes: 1000, maxTotalBytes: 10_000 }), /holds 2 entries; at most 1/);
});

test("an archive that understates a file's size (a zip bomb's trick) gets that file refused, not unpacked in full", async () => {
  const { readZip } = await import("../../lib/help-centre/zip-archive");
  const zip = zipFile({ "bomb.md": "a".repeat(1_000_000) });
  const directory = zip.readUInt32LE(zip.length - 22 + 16);
  zip.writeUInt32LE(100, directory + 24);
  const [entry] = readZip(zip, { maxEntries: 10, maxFileBytes: 1000, maxTotalBytes: 10_000 });
  assert.deepEqual(entry!.content, { error: "it could not be unpacked (damaged or larger than the archive says)" });
});
