// The widget opens in the browser's language and, once the customer has written in another one,
// is redrawn in the conversation's language even though the browser still says otherwise.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { createDb, type Db } from "../../lib/db/index";
import { openWidgetSession } from "../../lib/widget/session";
import { createWorkspace, sqliteDatabase, type TestDatabase } from "../fixtures/test-database";

const SECRET = "session-language-secret";
let database: TestDatabase;
let db: Db;

before(async () => {
  database = await sqliteDatabase();
  db = await createDb(database.url);
  await createWorkspace(db, "languages");
});
after(async () => {
  await db?.$disconnect();
  await database?.drop();
});

test("a German browser gets the German widget; after the customer writes Spanish, resuming gives the Spanish one", async () => {
  const opened = await openWidgetSession(db, { workspace: "languages", language: "de-DE" }, SECRET);
  assert.ok(opened.ok);
  assert.equal(opened.session.language, "de");
  assert.equal(opened.session.strings.talkToPerson, "Mit einer Person sprechen");
  assert.equal(opened.session.settings.greeting, "Hallo! Fragen Sie uns alles zu Bestellungen, Rücksendungen, Rechnungen oder Ihrem Konto.");

  // The pipeline records the language the customer writes in.
  await db.conversation.update({ where: { id: opened.session.conversationId }, data: { language: "es" } });
  const resumed = await openWidgetSession(db, { workspace: "languages", language: "de-DE", resume: { conversationId: opened.session.conversationId, token: opened.session.token } }, SECRET);
  assert.ok(resumed.ok && resumed.session.resumed);
  assert.equal(resumed.session.language, "es");
  assert.equal(resumed.session.strings.talkToPerson, "Hablar con una persona");
});

test("a French browser gets the French widget", async () => {
  const opened = await openWidgetSession(db, { workspace: "languages", language: "fr-CA" }, SECRET);
  assert.ok(opened.ok);
  assert.equal(opened.session.language, "fr");
  assert.equal(opened.session.strings.send, "Envoyer");
});
