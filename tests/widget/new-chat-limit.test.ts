// Anonymous widget sessions cannot flood a workspace with conversations: new chats are counted
// per client address and per workspace in the shared database, on SQLite and on PostgreSQL.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { createDb, disconnectDb, getDb, type Db } from "../../lib/db/index";
import { admitNewChat, newChatLimits, type NewChatLimits } from "../../lib/widget/new-chat-limit";
import { openWidgetSession } from "../../lib/widget/session";
import { createWorkspace, postgresDatabase, postgresSkip, sqliteDatabase, type TestDatabase } from "../fixtures/test-database";

const SECRET = "new-chat-secret";

test("the limits are set per deployment, default to 20 per address and 2000 per workspace, and can be turned off", () => {
  assert.deepEqual(newChatLimits({}), { perAddress: 20, perWorkspace: 2000 });
  assert.deepEqual(newChatLimits({ DESK_WIDGET_SESSIONS_PER_ADDRESS: "1500", DESK_WIDGET_SESSIONS_PER_WORKSPACE: "off" }), { perAddress: 1500, perWorkspace: null });
  assert.throws(() => newChatLimits({ DESK_WIDGET_SESSIONS_PER_ADDRESS: "0" }), /DESK_WIDGET_SESSIONS_PER_ADDRESS/);
  assert.throws(() => newChatLimits({ DESK_WIDGET_SESSIONS_PER_WORKSPACE: "lots" }), /DESK_WIDGET_SESSIONS_PER_WORKSPACE/);
});

function newChatRaces(name: string, open: () => Promise<TestDatabase>, skip: string | false = false) {
  describe(`new widget chats on ${name}`, { skip }, () => {
    let database: TestDatabase;
    let db: Db;
    let n = 0;

    const start = (slug: string, address: string, limits: NewChatLimits, extra: object = {}) =>
      openWidgetSession(db, { workspace: slug, ...extra }, SECRET, new Date(), (workspaceId) => admitNewChat(db, workspaceId, address, limits));

    before(async () => {
      database = await open();
      db = await createDb(database.url);
    });
    after(async () => {
      await db?.$disconnect();
      await database?.drop();
    });

    test("60 sessions opened at once from one address start 20 chats; the rest are told when to try again", async () => {
      const workspace = await createWorkspace(db, `chats-${++n}`);
      const limits = { perAddress: 20, perWorkspace: null };
      const outcomes = await Promise.all(Array.from({ length: 60 }, () => start(workspace.slug, "198.51.100.10", limits)));
      assert.equal(outcomes.filter((o) => o.ok).length, 20);
      assert.equal(await db.conversation.count({ where: { workspaceId: workspace.id } }), 20);
      for (const refused of outcomes.filter((o) => !o.ok)) {
        assert.equal(refused.status, 429);
        assert.ok(refused.status === 429 && refused.retryAfterSeconds > 0 && refused.retryAfterSeconds <= 600);
        assert.match(refused.error, /Too many new chats .* try again in \d+ min/);
      }

      // A customer elsewhere is unaffected, and a chat already started continues.
      assert.equal((await start(workspace.slug, "203.0.113.20", limits)).ok, true);
      const first = outcomes.find((o) => o.ok);
      assert.ok(first?.ok);
      const resumed = await start(workspace.slug, "198.51.100.10", limits, { resume: { conversationId: first.session.conversationId, token: first.session.token } });
      assert.ok(resumed.ok && resumed.session.resumed);
    });

    test("the workspace backstop holds against many addresses at once", async () => {
      const workspace = await createWorkspace(db, `chats-${++n}`);
      const limits = { perAddress: 20, perWorkspace: 25 };
      const outcomes = await Promise.all(Array.from({ length: 40 }, (_, i) => start(workspace.slug, `198.51.100.${100 + i}`, limits)));
      assert.equal(outcomes.filter((o) => o.ok).length, 25);
      assert.equal(await db.conversation.count({ where: { workspaceId: workspace.id } }), 25);
    });
  });
}

newChatRaces("SQLite", sqliteDatabase);
newChatRaces("PostgreSQL", () => postgresDatabase("chats"), await postgresSkip());

describe("POST /api/widget/session", () => {
  let database: TestDatabase;
  before(async () => {
    database = await sqliteDatabase();
    process.env.DATABASE_URL = database.url;
    process.env.AUTH_SECRET = SECRET;
    process.env.DESK_WIDGET_SESSIONS_PER_ADDRESS = "2";
    await createWorkspace(await getDb(), "route-chats");
  });
  after(async () => {
    await disconnectDb();
    await database?.drop();
  });

  test("answers 429 with Retry-After and a message the widget shows once the address has used its allowance", async () => {
    const { POST } = await import("../../app/api/widget/session/route");
    const post = (address: string) =>
      POST(
        new Request("http://desk.test/api/widget/session", {
          method: "POST",
          headers: { "content-type": "application/json", "x-desk-client-address": address },
          body: JSON.stringify({ workspace: "route-chats", language: "es" }),
        }),
      );
    assert.equal((await post("198.51.100.50")).status, 200);
    assert.equal((await post("198.51.100.50")).status, 200);
    const refused = await post("198.51.100.50");
    assert.equal(refused.status, 429);
    assert.ok(Number(refused.headers.get("retry-after")) > 0);
    const body = (await refused.json()) as { error: string; retryAfterSeconds: number };
    assert.match(body.error, /demasiados chats nuevos/);
    assert.equal(body.retryAfterSeconds, Number(refused.headers.get("retry-after")));
    assert.equal((await post("203.0.113.50")).status, 200);
  });
});
