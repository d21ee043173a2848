// The same help centre imported by several instances at the same moment, on SQLite and on
// PostgreSQL: the (workspace, slug, language) key lets each article be created once, and the
// imports that lose the race update or leave it instead of failing.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { applyImport } from "../../lib/help-centre/import-apply";
import { articlesFromUpload } from "../../lib/help-centre/import-source";
import { atOnce, raceProviders, smallStore, type RaceDatabase } from "../db/race-databases";
import { zipFile } from "../support/zip-file";

const zip = zipFile({
  "race/one.md": "---\nslug: race-one\ntitle: Race one\ncategory: misc\n---\nThe first article every import carries.\n",
  "race/two.md": "---\nslug: race-two\ntitle: Race two\ncategory: misc\n---\nThe second article every import carries.\n",
});

for (const provider of await raceProviders("help_import")) {
  describe(`help-centre imports racing on ${provider.name}`, { skip: provider.skip }, () => {
    let database: RaceDatabase;
    let store: Awaited<ReturnType<typeof smallStore>>;
    before(async () => {
      database = await provider.open();
      store = await smallStore(database.db);
    });
    after(async () => database?.close());

    test("three imports of the same new files at once create each article once, and none fails", async () => {
      const { db } = database;
      const editor = { workspaceId: store.workspace.id, user: null };
      const settled = await atOnce([1, 2, 3].map(() => () => applyImport(db, editor, articlesFromUpload("race.zip", zip), "race.zip")));
      const outcomes = settled.map((s) => (s.status === "fulfilled" ? s.value : assert.fail(`an import failed: ${String(s.reason)}`)));
      assert.deepEqual(outcomes.flatMap((o) => o.rejected), []);
      assert.equal(outcomes.reduce((sum, o) => sum + o.created.length, 0), 2, "each article created by exactly one import");
      assert.equal(await db.knowledgeArticle.count({ where: { workspaceId: store.workspace.id } }), 2);
      assert.equal(await db.auditLog.count({ where: { workspaceId: store.workspace.id, action: "help_centre.article_imported" } }), 2, "the losers changed nothing, so audited nothing");
    });
  });
}
