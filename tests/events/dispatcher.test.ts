// The dispatcher tells listeners what committed, only once it has, and one listener's failure is
// nobody else's: the console still hears of a message when, say, a rollup fold blows up.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { createDb, type Db } from "../../lib/db/index";
import { appendEvent, recordMessage } from "../../lib/conversation/log";
import { dispatchTo, transaction, type DeskEvent, type DeskListener } from "../../lib/events/dispatcher";
import { registerSocketServer, type DeskSocketServer } from "../../lib/realtime/hub";
import { createConversation, sqliteDatabase, type TestDatabase } from "../fixtures/test-database";

let database: TestDatabase;
let db: Db;
/** What the desk's listeners sent to sockets, as `room event`. */
const sent: string[] = [];

before(async () => {
  database = await sqliteDatabase();
  db = await createDb(database.url);
  const fake = { to: (room: string | string[]) => ({ emit: (event: string) => sent.push(`${[room].flat().join(",")} ${event}`) }) };
  registerSocketServer(fake as unknown as DeskSocketServer);
});
after(async () => {
  await db?.$disconnect();
  await database?.drop();
});

const conversation = (slug: string) => createConversation(db, slug);

test("a rolled-back transaction dispatches nothing; the same writes committed are announced after the commit", async () => {
  const scope = await conversation("dispatch-rollback");
  sent.length = 0;
  await assert.rejects(
    transaction(db, async (tx) => {
      await appendEvent(tx, { ...scope, type: "note", payload: { body: "never kept", authorName: "Sam" }, actor: { type: "system" } });
      assert.deepEqual(sent, [], "nothing is announced before the commit");
      throw new Error("changed my mind");
    }),
    /changed my mind/,
  );
  assert.equal(await db.conversationEvent.count({ where: { conversationId: scope.conversationId } }), 0);
  assert.deepEqual(sent, [], "nothing of a rolled-back transaction reaches anyone");

  await transaction(db, async (tx) => {
    await appendEvent(tx, { ...scope, type: "note", payload: { body: "kept", authorName: "Sam" }, actor: { type: "system" } });
    assert.deepEqual(sent, [], "inside the transaction, still nothing");
  });
  assert.deepEqual(sent, [`workspace:${scope.workspaceId}:staff conversation:activity`]);
});

test("an event written in a transaction the dispatcher does not know of is refused, not silently unannounced", async () => {
  const scope = await conversation("dispatch-unknown-transaction");
  await assert.rejects(
    db.$transaction((tx) => appendEvent(tx, { ...scope, type: "note", payload: { body: "lost?", authorName: "Sam" }, actor: { type: "system" } })),
    /transaction\(\)/,
  );
  assert.equal(await db.conversationEvent.count({ where: { conversationId: scope.conversationId } }), 0);
});

test("a listener that throws, at once or later, does not stop the others", async () => {
  const heard: string[] = [];
  const throwsAtOnce: DeskListener = () => {
    throw new Error("broken at once");
  };
  const rejectsLater: DeskListener = async () => {
    await Promise.resolve();
    throw new Error("broken later");
  };
  const records: DeskListener = (events) => void heard.push(...events.map((e) => e.kind));
  const events: DeskEvent[] = [
    { kind: "conversations_erased", workspaceId: "w", conversationIds: ["c"] },
    { kind: "reply_typing", workspaceId: "w", conversationId: "c", agentName: null, typing: true },
  ];
  const logged: unknown[] = [];
  const error = console.error;
  console.error = (...args: unknown[]) => logged.push(args[0]);
  try {
    await dispatchTo([throwsAtOnce, rejectsLater, records], events);
  } finally {
    console.error = error;
  }
  assert.deepEqual(heard, ["conversations_erased", "reply_typing"]);
  assert.equal(logged.length, 2, "each failure is logged");
});

test("a message is announced to the conversation and its workspace's staff once it is stored, and a duplicate is not announced again", async () => {
  const scope = await conversation("dispatch-message");
  sent.length = 0;
  const first = await recordMessage(db, { conversationId: scope.conversationId, author: "customer", body: "Where is my parcel?", clientMessageId: "client-message-1" });
  assert.deepEqual(sent, [`conversation:${scope.conversationId},workspace:${scope.workspaceId}:staff message:created`]);
  const again = await recordMessage(db, { conversationId: scope.conversationId, author: "customer", body: "Where is my parcel?", clientMessageId: "client-message-1" });
  assert.equal(again.duplicate, true);
  assert.equal(again.message.id, first.message.id);
  assert.equal(sent.length, 1);
});
