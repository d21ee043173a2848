// Customer turns across instances: two instances of the desk are two turn lanes with their own
// lease owner (and, on PostgreSQL, their own database client), in one process. On SQLite and, when it is reachable, on a
// fresh schema of PostgreSQL (skipped with a message otherwise; a failure under CI=true).
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import pg from "pg";
import { foldsSettled } from "../../lib/analytics/rollup-listener";
import { postgresUnreachable } from "../fixtures/test-database";
import { recordMessage } from "../../lib/conversation/log";
import { createOwedTurns } from "../../lib/conversation/owed-turns";
import { createTurnLane } from "../../lib/conversation/turn-order";
import { createDb, type Db, type Message } from "../../lib/db/index";
import { applyMigrations } from "../../lib/db/migrate";

interface Answered {
  instance: string;
  seq: number;
}

/** Two instances on one database, each with its own client, lane and owed turns; turns are recorded, not modelled. */
function twoInstances(dbA: Db, dbB: Db) {
  const answered: Answered[] = [];
  let running = 0;
  let overlaps = 0;
  /** Holds instance A's next turn half-way until released, as a slow model would. */
  let gate: { entered: () => void; release: Promise<void> } | null = null;

  function instance(name: string, db: Db) {
    const lane = createTurnLane(`instance-${name}`, async () => db);
    const turns = createOwedTurns<undefined, number>(lane, async (turnDb, message) => {
      running++;
      if (running > 1) overlaps++;
      try {
        answered.push({ instance: name, seq: message.seq });
        if (message.body === "a message whose turn throws") throw new Error("the model failed");
        const held = name === "a" ? gate : null;
        gate = name === "a" ? null : gate;
        held?.entered();
        await held?.release;
        // A turn reads and writes over several round trips; a second turn at once would interleave here.
        await turnDb.message.findMany({ where: { conversationId: message.conversationId } });
        await recordMessage(turnDb, { conversationId: message.conversationId, author: "ai", body: `answer to ${message.seq}`, endsTurnOf: message.id });
        return message.seq;
      } finally {
        running--;
      }
    });
    /** The widget path: the message is stored (and acknowledged) and its turn asked for on this instance. */
    async function send(conversationId: string, body: string) {
      const stored = recordMessage(db, { conversationId, author: "customer", body });
      const turn = turns.answer(conversationId, stored.then((r) => r.message), undefined);
      return { message: (await stored).message, turn };
    }
    return { lane, turns, send, db };
  }

  return {
    a: instance("a", dbA),
    b: instance("b", dbB),
    answered,
    overlaps: () => overlaps,
    /** Instance A's next turn stops half-way; `entered` resolves when it has, `release` lets it finish. */
    holdNextTurnOfA() {
      let entered!: () => void;
      let release!: () => void;
      const inTurn = new Promise<void>((resolve) => (entered = resolve));
      gate = { entered, release: new Promise<void>((resolve) => (release = resolve)) };
      return { inTurn, release };
    },
  };
}

async function newConversation(db: Db): Promise<string> {
  const slug = `turns-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const workspace = await db.workspace.create({
    data: { name: "Turns", slug, widgetSettings: {}, widgetSecret: "s", escalationPolicy: {}, businessHours: {}, authorityLimits: {}, slaPolicy: {} },
  });
  return (await db.conversation.create({ data: { workspaceId: workspace.id } })).id;
}

async function customerSeqs(db: Db, conversationId: string): Promise<number[]> {
  return (await db.message.findMany({ where: { conversationId, author: "customer" }, orderBy: { seq: "asc" } })).map((m: Message) => m.seq);
}

async function owedCount(db: Db, conversationId: string): Promise<number> {
  return db.message.count({ where: { conversationId, turnPending: true } });
}

function turnSchedulingTests(open: () => Promise<[Db, Db]>) {
  let dbA: Db;
  let dbB: Db;
  before(async () => {
    [dbA, dbB] = await open();
  });
  after(async () => {
    await Promise.all([...new Set([dbA, dbB])].map((db) => db?.$disconnect()));
  });

  test("messages sent to two instances at once are answered one at a time, in the order sent, each once", async () => {
    const desk = twoInstances(dbA, dbB);
    const conversationId = await newConversation(dbA);
    const turns: Promise<number | null>[] = [];
    for (let i = 0; i < 8; i++) {
      const { turn } = await (i % 2 === 0 ? desk.a : desk.b).send(conversationId, `message ${i}`);
      turns.push(turn);
    }
    await Promise.all(turns);

    assert.equal(desk.overlaps(), 0, "two turns of one conversation ran at the same time");
    assert.deepEqual(desk.answered.map((a) => a.seq), await customerSeqs(dbA, conversationId), "every message answered once, in the order sent");
    assert.equal(await dbA.message.count({ where: { conversationId, author: "ai" } }), 8);
    assert.equal(await owedCount(dbA, conversationId), 0);
    const lease = await dbA.conversation.findUniqueOrThrow({ where: { id: conversationId } });
    assert.deepEqual([lease.turnLeaseOwner, lease.turnLeaseUntil], [null, null], "the lease is given back");
  });

  test("a message stored while another instance answers stays owed and that instance answers it next", async () => {
    const desk = twoInstances(dbA, dbB);
    const conversationId = await newConversation(dbA);
    const slow = desk.holdNextTurnOfA();
    const first = await desk.a.send(conversationId, "first");
    await slow.inTurn;

    const second = await desk.b.send(conversationId, "second");
    assert.equal(await second.turn, null, "instance B leaves it to the holder");
    assert.equal(await desk.b.turns.resume(), 0, "a live lease is not taken over by a sweep");
    assert.deepEqual(desk.answered.map((a) => a.seq), [first.message.seq], "the second waits for the first");
    assert.equal(await dbB.message.findUniqueOrThrow({ where: { id: second.message.id } }).then((m) => m.turnPending), true);

    let bWorked = false;
    const staffDecision = desk.b.lane.inOrder(conversationId, async () => {
      bWorked = true;
      // Nothing of instance A's is running while B holds the lease.
      assert.equal(desk.answered.length, 2);
    });
    assert.equal(bWorked, false);
    slow.release();
    assert.equal(await first.turn, first.message.seq);
    await staffDecision;
    assert.equal(bWorked, true);
    assert.deepEqual(desk.answered, [{ instance: "a", seq: first.message.seq }, { instance: "a", seq: second.message.seq }]);
    assert.equal(await owedCount(dbA, conversationId), 0);
  });

  test("a turn that throws fails for its caller without holding up the next message", async () => {
    const desk = twoInstances(dbA, dbB);
    const conversationId = await newConversation(dbA);
    const broken = await desk.a.send(conversationId, "a message whose turn throws");
    const next = await desk.a.send(conversationId, "and then this one");
    await assert.rejects(broken.turn, /the model failed/);
    await next.turn;
    assert.deepEqual(desk.answered.map((a) => a.seq), [broken.message.seq, next.message.seq]);
    assert.equal(await dbA.message.count({ where: { conversationId, author: "ai" } }), 1, "the next message is answered");
    assert.equal(await owedCount(dbA, conversationId), 0, "a failing turn is not retried forever");
  });

  test("owed turns a crashed instance left are answered once by the next sweep after its lease runs out", async () => {
    const desk = twoInstances(dbA, dbB);
    const conversationId = await newConversation(dbA);
    // What a process killed mid-turn leaves: two acknowledged messages still owed, its lease running.
    const one = await recordMessage(dbA, { conversationId, author: "customer", body: "where is my order?" });
    const two = await recordMessage(dbA, { conversationId, author: "customer", body: "hello?" });
    await dbA.conversation.update({ where: { id: conversationId }, data: { turnLeaseOwner: "crashed", turnLeaseUntil: new Date(Date.now() + 60_000) } });
    await desk.b.turns.resume();
    assert.deepEqual(desk.answered, [], "a holder that may still be alive is not robbed");

    await dbA.conversation.update({ where: { id: conversationId }, data: { turnLeaseUntil: new Date(Date.now() - 1) } });
    assert.ok((await desk.b.turns.resume()) >= 1);
    assert.deepEqual(desk.answered, [{ instance: "b", seq: one.message.seq }, { instance: "b", seq: two.message.seq }]);
    assert.equal(await owedCount(dbA, conversationId), 0);

    await desk.a.turns.resume();
    assert.equal(desk.answered.length, 2, "a second sweep answers nothing twice");
    assert.equal(await dbA.message.count({ where: { conversationId, author: "ai" } }), 2);
  });

  test("a resumed turn that had already handed off or answered is settled without speaking again", async () => {
    const desk = twoInstances(dbA, dbB);
    const conversationId = await newConversation(dbA);
    const { workspaceId } = await dbA.conversation.findUniqueOrThrow({ where: { id: conversationId } });
    const trail = (messageId: string) => ({ workspaceId, conversationId, type: "classification", payload: { messageId, intent: "order_status", confidence: 0.9, alternatives: [], category: "orders", specialist: "transactions", routeReason: "", entities: [] }, actorType: "ai" as const, actorId: "triage" });

    // Cut short after its trail and its answer, before the flag was cleared.
    const answeredAlready = await recordMessage(dbA, { conversationId, author: "customer", body: "refund please" });
    await dbA.conversationEvent.create({ data: trail(answeredAlready.message.id) });
    await recordMessage(dbA, { conversationId, author: "ai", body: "Done." });
    await desk.b.turns.resume();
    assert.deepEqual(desk.answered, []);

    // Cut short after handing the conversation to the queue.
    const handedOff = await recordMessage(dbA, { conversationId, author: "customer", body: "a person please" });
    await dbA.conversationEvent.createMany({
      data: [trail(handedOff.message.id), { workspaceId, conversationId, type: "ownership_changed", payload: { from: { kind: "ai" }, to: { kind: "queue", reason: "direct_request" }, reason: "direct_request" }, actorType: "ai", actorId: "router" }],
    });
    await desk.b.turns.resume();
    assert.deepEqual(desk.answered, []);
    assert.equal(await owedCount(dbA, conversationId), 0);

    // Cut short after its trail but before anything was said: the customer is still owed the answer.
    const back = await dbA.conversationEvent.create({ data: { workspaceId, conversationId, type: "reopened", payload: {}, actorType: "customer" } });
    assert.ok(back);
    const unanswered = await recordMessage(dbA, { conversationId, author: "customer", body: "still there?" });
    await dbA.conversationEvent.create({ data: trail(unanswered.message.id) });
    await desk.b.turns.resume();
    assert.deepEqual(desk.answered, [{ instance: "b", seq: unanswered.message.seq }]);
  });
}

describe("customer turns across instances on SQLite", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "desk-turns-"));
  const url = `file:${path.join(dir, "desk.db")}`;
  after(async () => {
    await foldsSettled();
    rmSync(dir, { recursive: true, force: true });
  });
  turnSchedulingTests(async () => {
    await applyMigrations(url);
    // One connection for both: SQLite serves one instance, and a second connection in the same
    // process would wait synchronously for the first one's open transaction.
    const db = await createDb(url);
    return [db, db];
  });
});

const BASE_URL = process.env.TEST_POSTGRES_URL || "postgresql://postgres@127.0.0.1:5432/test";
const SCHEMA = `desk_turns_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
const SCHEMA_URL = `${BASE_URL}${BASE_URL.includes("?") ? "&" : "?"}schema=${SCHEMA}`;

const unreachable = await postgresUnreachable();

describe("customer turns across instances on PostgreSQL", { skip: process.env.CI === "true" || !unreachable ? false : `PostgreSQL not reachable at ${BASE_URL} (${unreachable}): skipped` }, () => {
  before(() => {
    if (unreachable) throw new Error(`CI=true but PostgreSQL is not reachable at ${BASE_URL}: ${unreachable}`);
  });
  after(async () => {
    if (unreachable) return;
    const client = new pg.Client({ connectionString: BASE_URL });
    await client.connect();
    try {
      await client.query(`DROP SCHEMA IF EXISTS "${SCHEMA}" CASCADE`);
    } finally {
      await client.end();
    }
  });
  turnSchedulingTests(async () => {
    await applyMigrations(SCHEMA_URL);
    return [await createDb(SCHEMA_URL), await createDb(SCHEMA_URL)];
  });
});
