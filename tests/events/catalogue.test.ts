// The event catalogue guards both ends of the log: a payload that does not match its type never
// gets in, and a stored row that no longer matches (an old shape, a hand edit) is caught when read.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Db } from "../../lib/db/index";
import { appendEvent, appendEvents, loadConversationLog } from "../../lib/conversation/log";
import { currentOwner } from "../../lib/conversation/ownership";
import { EventPayloadInvalid, payloadsOf, readPayload, type EventPayload } from "../../lib/events/catalogue";
import { approvalRequests } from "../../lib/approvals/approval-requests";
import { createConversation, openDatabaseFor, sqliteDatabase } from "../fixtures/test-database";

let db: Db;
openDatabaseFor(sqliteDatabase, (client) => (db = client));

const conversation = (slug: string) => createConversation(db, slug);

test("a payload that does not match its event type is refused at append, and nothing of it is stored", async () => {
  const scope = await conversation("catalogue-refused");
  // A rating is 1..5: the compiler sees a number, the catalogue sees it is out of range.
  await assert.rejects(appendEvent(db, { ...scope, type: "csat", payload: { score: 7, comment: null }, actor: { type: "customer" } }), (error: unknown) => {
    assert.ok(error instanceof EventPayloadInvalid);
    assert.match(error.message, /csat/);
    assert.match(error.message, /score/);
    return true;
  });
  // Runtime callers (JSON from a route, a script) are not held back by the compiler; the catalogue holds them.
  const noTarget = { from: { kind: "ai" }, reason: "handoff" } as unknown as EventPayload<"ownership_changed">;
  await assert.rejects(
    appendEvents(db, [
      { ...scope, type: "note", payload: { body: "fine on its own", authorName: "Sam" }, actor: { type: "system" } },
      { ...scope, type: "ownership_changed", payload: noTarget, actor: { type: "system" } },
    ]),
    EventPayloadInvalid,
  );
  assert.equal(await db.conversationEvent.count({ where: { conversationId: scope.conversationId } }), 0, "a batch with one bad payload writes none of it");

  await appendEvent(db, { ...scope, type: "csat", payload: { score: 4, comment: "quick" }, actor: { type: "customer" } });
  const [stored] = await db.conversationEvent.findMany({ where: { conversationId: scope.conversationId } });
  assert.deepEqual(readPayload("csat", stored!), { score: 4, comment: "quick" });
});

test("a batch of one event is checked and stored like any batch", async () => {
  const scope = await conversation("catalogue-batch-of-one");
  await assert.rejects(appendEvents(db, [{ ...scope, type: "csat", payload: { score: 0, comment: null }, actor: { type: "customer" } }]), EventPayloadInvalid);
  assert.equal(await db.conversationEvent.count({ where: { conversationId: scope.conversationId } }), 0);

  const payload = { body: "Called back, sorting the refund — ünïcode kept as written", authorName: "Sam" };
  await appendEvents(db, [{ ...scope, type: "note", payload, actor: { type: "user", userId: "u-1" } }]);
  const [stored] = await db.conversationEvent.findMany({ where: { conversationId: scope.conversationId } });
  assert.deepEqual(readPayload("note", stored!), payload);
  assert.deepEqual([stored!.actorType, stored!.actorId], ["user", "u-1"]);
});

test("a malformed stored payload fails loudly where a decision depends on it and is skipped, with its reason, in views", async () => {
  const scope = await conversation("catalogue-malformed");
  const row = (type: string, payload: object, minutes: number) =>
    db.conversationEvent.create({ data: { ...scope, type, payload, actorType: "system", createdAt: new Date(Date.UTC(2026, 0, 1, 12, minutes)) } });
  await row("approval_requested", { action: "refund", amountCents: 12_000, limitCents: 5_000 }, 1);
  const broken = await row("approval_requested", { action: "refund", amountCents: "a lot" }, 2);
  await row("ownership_changed", { from: { kind: "ai" }, to: { kind: "pilot" }, reason: "?" }, 3);
  const log = await loadConversationLog(db, scope.conversationId);

  // Who owns the conversation decides whether the AI may speak: never guessed from a bad row.
  assert.throws(() => currentOwner(log.events), (error: unknown) => error instanceof EventPayloadInvalid && /ownership_changed/.test(error.message));
  assert.throws(() => readPayload("approval_requested", broken), new RegExp(broken.id));
  assert.throws(() => readPayload("csat", broken), /is of type approval_requested/);

  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (message: string) => warnings.push(message);
  try {
    // The console's approval list still shows the request that parses.
    const requests = approvalRequests(log.events, log.messages);
    assert.equal(requests.length, 1);
    assert.equal(requests[0]!.amountCents, 12_000);
    assert.equal(payloadsOf("approval_requested", log.events).length, 1);
  } finally {
    console.warn = warn;
  }
  assert.ok(warnings.some((w) => w.includes(broken.id) && w.includes("amountCents")), warnings.join("\n"));
});
