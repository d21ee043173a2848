// Writing, editing, publishing and importing help-centre articles: what customers see on the help
// pages and what the AI answers from follow each change; agents cannot change anything; every
// change leaves an audit row; importing the same source twice updates instead of duplicating.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { knowledgeIndexFor, searchHelpCentre } from "../../lib/agents/knowledge-base";
import { createDb, type Db } from "../../lib/db/index";
import { articleInput } from "../../lib/help-centre/article-input";
import { createArticle, HelpCentreError, setArticlePublished, updateArticle, type ArticleEditor } from "../../lib/help-centre/articles";
import { applyImport } from "../../lib/help-centre/import-apply";
import { readImportSource } from "../../lib/help-centre/import-files";
import { articlesFromUpload } from "../../lib/help-centre/import-source";
import { publishedArticle, publishedArticleList } from "../../lib/help-centre/public-articles";
import { getIntentClassifier } from "../../lib/models/offline/default-intent-model";
import { createWorkspace, sqliteDatabase, type TestDatabase } from "../fixtures/test-database";
import { zipFile } from "../support/zip-file";

let database: TestDatabase;
let db: Db;
let workspaceId: string;
let supervisor: ArticleEditor;
let agent: ArticleEditor;
const classifier = await getIntentClassifier();

before(async () => {
  database = await sqliteDatabase();
  db = await createDb(database.url);
  workspaceId = (await createWorkspace(db, "help-centre")).id;
  const staff = async (role: "agent" | "supervisor") =>
    db.user.create({ data: { workspaceId, email: `${role}@example.com`, name: role, role, passwordHash: "x", skills: [], languages: ["en"] } });
  supervisor = { workspaceId, user: { id: (await staff("supervisor")).id, role: "supervisor" } };
  agent = { workspaceId, user: { id: (await staff("agent")).id, role: "agent" } };
});
after(async () => {
  await db?.$disconnect();
  await database?.drop();
});

const giftCards = articleInput.parse({
  slug: "gift-cards",
  language: "en",
  title: "Gift cards",
  category: "payments",
  tags: ["gift card", "voucher"],
  body: "## Do gift cards expire?\n\nGift cards never expire and can pay for any order, in full or in part.\n\n## Lost gift card\n\nWrite to us with the purchase email and we resend the code.",
  published: false,
});

async function auditActions(targetId: string) {
  return (await db.auditLog.findMany({ where: { workspaceId, targetId }, orderBy: { createdAt: "asc" } })).map((a) => a.action);
}

/** What the AI would answer from: the top article of the workspace's retrieval index, as a turn sees it `at` ms from now. */
async function bestArticleFor(question: string, at: number) {
  const { index } = await knowledgeIndexFor(db, workspaceId, classifier, Date.now() + at);
  const prediction = await classifier.classify(question);
  const hits = await searchHelpCentre(index, { text: question, language: "en", intents: prediction.scores.slice(0, 6).map((s) => ({ intent: s.label, confidence: s.probability })) }, { limit: 3 });
  return hits[0]?.article.slug ?? null;
}

describe("writing and publishing", () => {
  let id: string;
  // Each look at the index is a turn a minute later than the last, past the interval at which instances re-check the articles.
  let minute = 0;
  const nextTurn = () => (minute += 60_000);

  test("a draft is on neither the help pages nor in the AI's answers until it is published", async () => {
    const other = await createArticle(db, supervisor, articleInput.parse({ slug: "track-your-order", language: "en", title: "Track your order", category: "orders", tags: ["tracking"], body: "## Where is my parcel?\n\nOpen the tracking link in your shipping email to see where your parcel is." }));
    assert.equal(other.published, true);
    const draft = await createArticle(db, supervisor, giftCards);
    id = draft.id;
    assert.deepEqual((await publishedArticleList(db, workspaceId)).map((a) => a.slug), ["track-your-order"]);
    assert.equal(await publishedArticle(db, workspaceId, "gift-cards", "en"), null);
    assert.notEqual(await bestArticleFor("do gift cards expire?", nextTurn()), "gift-cards");

    await setArticlePublished(db, supervisor, id, true);
    assert.deepEqual((await publishedArticleList(db, workspaceId)).map((a) => a.slug).sort(), ["gift-cards", "track-your-order"]);
    assert.equal((await publishedArticle(db, workspaceId, "gift-cards", "en"))?.title, "Gift cards");
    assert.equal(await bestArticleFor("do gift cards expire?", nextTurn()), "gift-cards");
    assert.deepEqual(await auditActions(id), ["help_centre.article_created", "help_centre.article_published"]);
  });

  test("an edit shows on the help page; saving it unchanged writes nothing", async () => {
    const body = giftCards.body.replace("never expire", "expire after five years");
    const edited = await updateArticle(db, supervisor, id, { ...giftCards, body, published: true });
    assert.match((await publishedArticle(db, workspaceId, "gift-cards", "en"))!.body, /expire after five years/);
    await updateArticle(db, supervisor, id, { ...giftCards, body, published: true });
    assert.deepEqual(await auditActions(id), ["help_centre.article_created", "help_centre.article_published", "help_centre.article_updated"]);
    const row = await db.auditLog.findFirstOrThrow({ where: { targetId: id, action: "help_centre.article_updated" } });
    assert.deepEqual(row.detail, { slug: "gift-cards", language: "en", changed: ["body"] });
    assert.equal(row.actorId, supervisor.user!.id);
    assert.equal(edited.updatedAt.getTime() > edited.createdAt.getTime(), true);
  });

  test("unpublishing takes it off the help pages and out of the AI's answers; unpublishing twice audits once", async () => {
    await setArticlePublished(db, supervisor, id, false);
    await setArticlePublished(db, supervisor, id, false);
    assert.equal(await publishedArticle(db, workspaceId, "gift-cards", "en"), null);
    assert.deepEqual((await publishedArticleList(db, workspaceId)).map((a) => a.slug), ["track-your-order"]);
    assert.notEqual(await bestArticleFor("do gift cards expire?", nextTurn()), "gift-cards");
    assert.equal((await auditActions(id)).filter((a) => a === "help_centre.article_unpublished").length, 1);
  });

  test("a second article with the same slug and language is refused; another language of it is a translation", async () => {
    await assert.rejects(createArticle(db, supervisor, giftCards), (e: unknown) => e instanceof HelpCentreError && e.reason === "slug_taken");
    const spanish = await createArticle(db, supervisor, { ...giftCards, language: "es", title: "Tarjetas regalo", body: "Las tarjetas regalo no caducan nunca y sirven para cualquier pedido.", published: true });
    assert.equal((await publishedArticle(db, workspaceId, "gift-cards", "es"))?.id, spanish.id);
    assert.equal((await publishedArticle(db, workspaceId, "gift-cards", "en"))?.id, spanish.id, "with the English version unpublished, the Spanish one is what there is");
    assert.ok((await publishedArticleList(db, workspaceId)).some((a) => a.slug === "gift-cards" && a.language === "es"), "an article only published in Spanish is listed");
  });
});

describe("roles", () => {
  test("an agent can neither write, edit, publish nor import articles, and nothing is written", async () => {
    const before = await db.knowledgeArticle.count();
    const auditsBefore = await db.auditLog.count();
    const existing = await db.knowledgeArticle.findFirstOrThrow({ where: { workspaceId } });
    const forbidden = (e: unknown) => e instanceof HelpCentreError && e.reason === "forbidden";
    await assert.rejects(createArticle(db, agent, { ...giftCards, slug: "agent-article" }), forbidden);
    await assert.rejects(updateArticle(db, agent, existing.id, { ...giftCards, slug: existing.slug }), forbidden);
    await assert.rejects(setArticlePublished(db, agent, existing.id, !existing.published), forbidden);
    await assert.rejects(applyImport(db, agent, articlesFromUpload("a.md", Buffer.from("# Agent\n\nAn article an agent tried to import.")), "a.md"), forbidden);
    assert.equal(await db.knowledgeArticle.count(), before);
    assert.equal(await db.auditLog.count(), auditsBefore);
    assert.deepEqual(await db.knowledgeArticle.findUniqueOrThrow({ where: { id: existing.id } }), existing);
  });

  test("another workspace's article cannot be edited by id", async () => {
    const other = await createWorkspace(db, "someone-else");
    const theirs = await db.knowledgeArticle.create({ data: { workspaceId: other.id, slug: "theirs", language: "en", title: "Theirs", category: "x", body: "Their own article text.", tags: [] } });
    await assert.rejects(setArticlePublished(db, supervisor, theirs.id, false), (e: unknown) => e instanceof HelpCentreError && e.reason === "not_found");
    assert.equal((await db.knowledgeArticle.findUniqueOrThrow({ where: { id: theirs.id } })).published, true);
  });
});

describe("importing", () => {
  const files = {
    "help/returns.md": "---\nslug: returns-policy\ntitle: Returns policy\ncategory: returns\ntags: [returns]\n---\n## How long do I have?\n\nReturn anything within 30 days of delivery.\n",
    "help/warranty.md": "---\nslug: warranty\ntitle: Warranty\ncategory: returns\n---\n## What is covered?\n\nEvery product has a two-year warranty against defects.\n",
    "help/bad.md": "---\nslug: bad\ntitle: B\n---\ntoo short\n",
  };
  const rows = () => db.knowledgeArticle.findMany({ where: { workspaceId, slug: { in: ["returns-policy", "warranty"] } }, orderBy: { slug: "asc" } });

  test("the same zip twice gives the same rows; a changed file updates its article only; the bad file is reported each time", async () => {
    const first = await applyImport(db, supervisor, articlesFromUpload("help.zip", zipFile(files)), "help.zip");
    assert.deepEqual(first.created.map((a) => a.slug), ["returns-policy", "warranty"]);
    assert.deepEqual(first.rejected.map((r) => r.name), ["help/bad.md"]);
    assert.match(first.rejected[0]!.reason, /title: A title needs at least 2 characters.*body: The article's text needs at least 20 characters/);
    const imported = await rows();
    assert.deepEqual(imported.map((a) => a.source), ["help/returns.md", "help/warranty.md"]);

    const again = await applyImport(db, supervisor, articlesFromUpload("help.zip", zipFile(files)), "help.zip");
    assert.deepEqual([again.created.length, again.updated.length, again.unchanged], [0, 0, 2]);
    assert.deepEqual(await rows(), imported, "nothing rewritten");

    const changed = { ...files, "help/warranty.md": files["help/warranty.md"].replace("two-year", "three-year") };
    const third = await applyImport(db, supervisor, articlesFromUpload("help.zip", zipFile(changed)), "help.zip");
    assert.deepEqual([third.created.length, third.updated.map((a) => a.slug), third.unchanged], [0, ["warranty"], 1]);
    const after = await rows();
    assert.deepEqual(after.map((a) => a.id), imported.map((a) => a.id));
    assert.match(after[1]!.body, /three-year warranty/);
    assert.equal(await db.knowledgeArticle.count({ where: { workspaceId, slug: { in: ["returns-policy", "warranty"] } } }), 2);

    const audits = await db.auditLog.findMany({ where: { workspaceId, action: { in: ["help_centre.article_imported", "help_centre.imported"] } }, orderBy: { createdAt: "asc" } });
    assert.deepEqual(
      audits.map((a) => (a.action === "help_centre.imported" ? "import" : (a.detail as { outcome: string }).outcome)),
      ["created", "created", "import", "import", "updated", "import"],
    );
    assert.deepEqual((audits.at(-1)!.detail as { rejected: string[] }).rejected.length, 1);
  });

  test("a folder on the server imports like the zip of it, without duplicating what the zip created", async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), "help-folder-"));
    mkdirSync(path.join(root, "help"));
    writeFileSync(path.join(root, "help", "returns.md"), files["help/returns.md"]);
    writeFileSync(path.join(root, "help", "warranty.md"), files["help/warranty.md"].replace("two-year", "three-year"));
    const { name, batch } = await readImportSource(root);
    const outcome = await applyImport(db, { workspaceId, user: null }, batch, name);
    assert.deepEqual([outcome.created.length, outcome.updated.length, outcome.unchanged, outcome.rejected.length], [0, 0, 2, 0]);
    assert.equal((await rows()).length, 2);
  });

  test("a CSV updates the article an earlier import created, keyed by slug and language", async () => {
    const csv = "slug,language,title,category,tags,body\nwarranty,en,Warranty,returns,,\"## What is covered?\n\nEvery product has a three-year warranty, batteries one year.\"\n";
    const outcome = await applyImport(db, supervisor, articlesFromUpload("help.csv", Buffer.from(csv)), "help.csv");
    assert.deepEqual(outcome.updated.map((a) => a.slug), ["warranty"]);
    const warranty = (await rows())[1]!;
    assert.equal(warranty.source, "help.csv#warranty/en");
    assert.match(warranty.body, /batteries one year/);
  });
});
