// Signed webhooks from the durable outbox to a real local receiver that verifies every signature
// and fails on purpose: nothing is lost, sent twice or reordered, across failures and restarts.
import assert from "node:assert/strict";
import { fork } from "node:child_process";
import { after, afterEach, before, describe, test } from "node:test";
import { createDb, type Db } from "../../lib/db/index";
import { appendEvent, recordMessage } from "../../lib/conversation/log";
import { transaction } from "../../lib/events/dispatcher";
import { raiseAlerts } from "../../lib/alerts/alert-store";
import { changeWebhookEndpoint, createWebhookEndpoint, resendWebhookDelivery, rotateWebhookSecret, type Admin } from "../../lib/webhooks/endpoints";
import { DELIVERY_LOG_DAYS, pruneDeliveryLog, startWebhookSender, type WebhookSender } from "../../lib/webhooks/sender";
import { afterFailure, RETRY_FOR_MS } from "../../lib/webhooks/retry-schedule";
import { signatureOf, verifyDelivery } from "../../lib/webhooks/signing";
import { createWorkspace, postgresDatabase, postgresSkip, sqliteDatabase, type TestDatabase } from "../fixtures/test-database";
import { startWebhookReceiver, type WebhookReceiver } from "../support/webhook-receiver";

test("signatures follow Standard Webhooks: the published test vector, a tampered body and a stale timestamp", () => {
  const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
  const body = '{"test": 2432232314}';
  assert.equal(signatureOf(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, body), "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
  const headers = { "webhook-id": "msg_p5jXN8AQM9LWM0D4loKWxJek", "webhook-timestamp": "1614265330", "webhook-signature": "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=" };
  assert.equal(verifyDelivery(secret, headers, body, 1614265330), true);
  assert.equal(verifyDelivery(secret, headers, '{"test": 2432232315}', 1614265330), false);
  assert.equal(verifyDelivery(secret, headers, body, 1614265330 + 3600), false, "an hour-old timestamp is a replay");
});

test("retries back off exponentially and give up after a day of waiting", () => {
  const now = new Date("2026-01-01T00:00:00Z");
  const waits: number[] = [];
  let attempts = 0;
  for (;;) {
    const next = afterFailure(++attempts, now, 10_000);
    if ("giveUp" in next) break;
    waits.push(next.retryAt.getTime() - now.getTime());
  }
  assert.deepEqual(waits.slice(0, 4), [10_000, 20_000, 40_000, 80_000]);
  assert.ok(waits.every((w) => w <= 60 * 60 * 1000), "no wait is longer than an hour");
  const total = waits.reduce((a, b) => a + b, 0);
  assert.ok(total <= RETRY_FOR_MS && total > RETRY_FOR_MS - 60 * 60 * 1000, `retried for ${total} ms, about a day`);
});

function webhookSuite(name: string, open: () => Promise<TestDatabase>, skip: string | false = false) {
  describe(`webhook deliveries on ${name}`, { skip }, () => {
    let database: TestDatabase;
    let db: Db;
    let n = 0;
    const receivers: WebhookReceiver[] = [];
    const senders: WebhookSender[] = [];

    before(async () => {
      database = await open();
      db = await createDb(database.url);
    });
    // Senders work for every workspace; each test's stop before the next test starts its own.
    afterEach(async () => {
      await Promise.all(senders.splice(0).map((s) => s.stop()));
    });
    after(async () => {
      await Promise.all(receivers.map((r) => r.close()));
      await db?.$disconnect();
      await database?.drop();
    });

    async function setUp(eventTypes: string[]) {
      const workspace = await createWorkspace(db, `hooks-${++n}`);
      const user = await db.user.create({ data: { workspaceId: workspace.id, email: `admin-${n}@hooks.test`, name: "Ada Admin", passwordHash: "x", role: "admin", skills: [], languages: ["en"] } });
      const admin: Admin = { userId: user.id, workspaceId: workspace.id };
      const receiver = await startWebhookReceiver([]);
      receivers.push(receiver);
      const { id, secret } = await createWebhookEndpoint(db, admin, { url: receiver.url, eventTypes: eventTypes as never });
      receiver.secrets.push(secret);
      return { workspaceId: workspace.id, admin, receiver, endpointId: id, secret };
    }

    function sender(instanceId: string, retryForMs?: number) {
      const started = startWebhookSender({ db: async () => db, instanceId, timeoutMs: 300, retryBaseMs: 40, pollMs: 20, retryForMs });
      senders.push(started);
      return started;
    }

    async function startConversation(workspaceId: string) {
      const conversation = await db.conversation.create({ data: { workspaceId } });
      await appendEvent(db, { workspaceId, conversationId: conversation.id, type: "conversation_started", payload: { channel: "chat" }, actor: { type: "customer" } });
      return conversation.id;
    }

    async function say(conversationId: string, body: string) {
      return (await recordMessage(db, { conversationId, author: "customer", body })).message;
    }

    async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** What the receiver accepted for one conversation, in arrival order. */
    function arrivals(receiver: WebhookReceiver, conversationId: string): string[] {
      return receiver.accepted
        .filter((d) => d.data.conversationId === conversationId)
        .map((d) => (d.type === "message.created" ? `message:${(d.data.message as { body: string }).body}` : d.type));
    }

    test("only subscribed, committed events are queued, once each; a rolled-back write queues nothing", async () => {
      const { workspaceId, endpointId } = await setUp(["message.created", "conversation.resolved"]);
      const conversationId = await startConversation(workspaceId);
      await say(conversationId, "hello");
      await appendEvent(db, { workspaceId, conversationId, type: "note", payload: { body: "internal", authorName: "Sam" }, actor: { type: "system" } });
      await assert.rejects(
        transaction(db, async (tx) => {
          await appendEvent(tx, { workspaceId, conversationId, type: "resolved", payload: { outcome: "solved", note: null }, actor: { type: "system" } });
          throw new Error("the resolution failed after its event was written");
        }),
        /resolution failed/,
      );
      const queued = await db.webhookDelivery.findMany({ where: { endpointId }, orderBy: { sequence: "asc" } });
      assert.deepEqual(queued.map((d) => d.eventType), ["message.created"], "conversation.created is not subscribed; the rolled-back resolution was never queued");
      await assert.rejects(db.webhookDelivery.create({ data: { ...queued[0]!, id: undefined, payload: queued[0]!.payload as never } }), /Unique constraint/);
    });

    test("a receiver failing with 500s and a timeout gets every event exactly once, in each conversation's order, signed", async () => {
      const { workspaceId, receiver } = await setUp(["conversation.created", "message.created", "conversation.resolved", "csat.submitted"]);
      const first = await startConversation(workspaceId);
      const second = await startConversation(workspaceId);
      for (let i = 1; i <= 4; i++) {
        await say(first, `a${i}`);
        await say(second, `b${i}`);
      }
      await appendEvent(db, { workspaceId, conversationId: first, type: "csat", payload: { score: 5, comment: "quick" }, actor: { type: "customer" } });
      await appendEvent(db, { workspaceId, conversationId: first, type: "resolved", payload: { outcome: "customer_ended", note: null }, actor: { type: "customer" } });
      receiver.failNext("http_500", "hang", "http_500", "http_500");

      sender("sender-a");
      await receiver.waitFor(() => receiver.accepted.length === 12, "12 deliveries");

      assert.deepEqual(arrivals(receiver, first), ["conversation.created", "message:a1", "message:a2", "message:a3", "message:a4", "csat.submitted", "conversation.resolved"]);
      assert.deepEqual(arrivals(receiver, second), ["conversation.created", "message:b1", "message:b2", "message:b3", "message:b4"]);
      assert.equal(new Set(receiver.accepted.map((d) => d.id)).size, 12, "no delivery accepted twice");
      assert.equal(receiver.attempts.filter(([, what]) => what !== "accepted").length, 4, "each failure was retried");
      const csat = receiver.accepted.find((d) => d.type === "csat.submitted")!;
      assert.equal(csat.data.score, 5);
      // The receiver counts a delivery when it answers; the sender records it a moment later.
      await eventually(async () => (await db.webhookDelivery.count({ where: { workspaceId, status: "delivered" } })) === 12, "12 deliveries recorded");
      const rows = await db.webhookDelivery.findMany({ where: { workspaceId } });
      assert.ok(rows.every((r) => r.status === "delivered" && r.deliveredAt));
      assert.equal(rows.reduce((sum, r) => sum + r.attempts, 0), 16);
      assert.ok(rows.some((r) => r.lastError === null && r.attempts > 1), "a retried delivery records its success");
    });

    test("a sender stopped mid-stream and one that died holding a lease: a new sender finishes, nothing lost or repeated", async () => {
      const { workspaceId, receiver, endpointId } = await setUp(["message.created"]);
      const conversationId = await startConversation(workspaceId);
      for (let i = 1; i <= 3; i++) await say(conversationId, `m${i}`);

      const a = sender("sender-before-restart");
      await receiver.waitFor(() => receiver.accepted.length >= 1, "a first delivery");
      await a.stop();
      const sentBeforeRestart = receiver.accepted.length;
      // Written while no sender runs: waits in the outbox.
      for (let i = 4; i <= 6; i++) await say(conversationId, `m${i}`);
      // An instance that crashed while sending the next one: its lease has run out.
      const next = await db.webhookDelivery.findFirstOrThrow({ where: { endpointId, status: "pending" }, orderBy: { sequence: "asc" } });
      await db.webhookDelivery.update({ where: { id: next.id }, data: { leaseOwner: "crashed-instance", leaseUntil: new Date(Date.now() - 1000) } });

      sender("sender-after-restart");
      await receiver.waitFor(() => receiver.accepted.length === 6, "all six messages");
      assert.ok(sentBeforeRestart >= 1 && sentBeforeRestart < 6);
      assert.deepEqual(arrivals(receiver, conversationId), ["message:m1", "message:m2", "message:m3", "message:m4", "message:m5", "message:m6"]);
      assert.equal(new Set(receiver.accepted.map((d) => d.id)).size, 6);
    });

    test("an instance killed while a receiver holds its request: its lease runs out and another instance sends it, once accepted, in order", async () => {
      const { workspaceId, receiver } = await setUp(["message.created"]);
      const conversationId = await startConversation(workspaceId);
      for (let i = 1; i <= 3; i++) await say(conversationId, `k${i}`);
      receiver.failNext("hang");
      const child = fork(new URL("./sender-process.ts", import.meta.url), { env: { ...process.env, SENDER_DATABASE_URL: database.url }, execArgv: ["--import", "tsx"] });
      await receiver.waitFor(() => receiver.attempts.length === 1, "the killed instance's request", 60_000);
      child.kill("SIGKILL");
      await new Promise((resolve) => child.once("exit", resolve));
      const held = await db.webhookDelivery.findFirstOrThrow({ where: { workspaceId, leaseOwner: "instance-killed" } });
      assert.equal(held.status, "pending");

      sender("instance-after-crash");
      await receiver.waitFor(() => receiver.accepted.length === 3, "all three messages");
      assert.deepEqual(arrivals(receiver, conversationId), ["message:k1", "message:k2", "message:k3"]);
      assert.equal(receiver.accepted[0]!.id, held.id, "the one in flight at the crash went first, under its own webhook-id");
      assert.equal(new Set(receiver.accepted.map((d) => d.id)).size, 3);
    });

    test("a delivery failing past its retry period is given up, the conversation's next one follows, and a resend delivers it", async () => {
      const { workspaceId, admin, receiver, endpointId } = await setUp(["message.created"]);
      const conversationId = await startConversation(workspaceId);
      await say(conversationId, "refused");
      await say(conversationId, "next");
      // Waits of 40, 80 and 160 ms fit a 300 ms retry period; a fourth failure is given up.
      receiver.failNext("http_500", "http_500", "http_500", "http_500");
      sender("giving-up", 300);
      await receiver.waitFor(() => receiver.accepted.length === 1, "the next message");
      assert.deepEqual(arrivals(receiver, conversationId), ["message:next"]);
      const refused = await db.webhookDelivery.findFirstOrThrow({ where: { endpointId, status: "failed" } });
      assert.equal(refused.attempts, 4);
      assert.equal(refused.lastStatusCode, 500);
      assert.match(refused.lastError ?? "", /answered 500/);

      await resendWebhookDelivery(db, admin, refused.id);
      await receiver.waitFor(() => receiver.accepted.length === 2, "the resent message");
      assert.deepEqual(arrivals(receiver, conversationId), ["message:next", "message:refused"]);
    });

    test("two senders at once never send one delivery twice", async () => {
      const { workspaceId, receiver } = await setUp(["message.created"]);
      const conversations = [await startConversation(workspaceId), await startConversation(workspaceId), await startConversation(workspaceId)];
      for (let i = 1; i <= 5; i++) for (const c of conversations) await say(c, `${c.slice(-4)}-${i}`);
      sender("twin-1");
      sender("twin-2");
      await receiver.waitFor(() => receiver.accepted.length === 15, "15 deliveries");
      await new Promise((r) => setTimeout(r, 200));
      assert.equal(receiver.accepted.length, 15);
      assert.equal(new Set(receiver.accepted.map((d) => d.id)).size, 15);
      for (const c of conversations) assert.deepEqual(arrivals(receiver, c), [1, 2, 3, 4, 5].map((i) => `message:${c.slice(-4)}-${i}`));
    });

    test("after a secret rotation deliveries verify with the old secret and the new one; an alert and a resend arrive too", async () => {
      const { workspaceId, admin, receiver, endpointId, secret: oldSecret } = await setUp(["alert.raised", "message.created"]);
      const { secret: newSecret } = await rotateWebhookSecret(db, admin, endpointId);
      receiver.secrets.splice(0, receiver.secrets.length, oldSecret);
      const [alert] = await raiseAlerts(db, workspaceId, [{ rule: "csat_falling", key: "csat:drop", message: "CSAT fell.", conversationId: null, detail: {} }], new Date());
      sender("rotation");
      await receiver.waitFor(() => receiver.accepted.length === 1, "the alert, verified with the old secret");
      assert.equal(receiver.accepted[0]!.type, "alert.raised");
      assert.equal((receiver.accepted[0]!.data.alert as { id: string }).id, alert!.id);

      receiver.secrets.splice(0, receiver.secrets.length, newSecret);
      const conversationId = await startConversation(workspaceId);
      await say(conversationId, "after the switch");
      await receiver.waitFor(() => receiver.accepted.length === 2, "a message verified with the new secret");
      assert.equal(receiver.accepted[1]!.verifiedWith, newSecret);

      const delivered = await db.webhookDelivery.findFirstOrThrow({ where: { endpointId, eventType: "alert.raised" } });
      await resendWebhookDelivery(db, admin, delivered.id);
      await receiver.waitFor(() => receiver.accepted.length === 3, "the resent alert");
      assert.equal(receiver.accepted[2]!.id, delivered.id, "a resend keeps its webhook-id, so a receiver can tell it apart");
      assert.ok(await db.auditLog.findFirst({ where: { workspaceId, action: "webhook.delivery_resent" } }));
      assert.ok(await db.auditLog.findFirst({ where: { workspaceId, action: "webhook.secret_rotated" } }));
    });

    test("a paused endpoint is queued nothing and sent nothing; resumed, it gets what was owed before the pause and what comes after", async () => {
      const { workspaceId, admin, receiver, endpointId } = await setUp(["message.created"]);
      const conversationId = await startConversation(workspaceId);
      await say(conversationId, "before the pause");
      await changeWebhookEndpoint(db, admin, endpointId, { active: false });
      await say(conversationId, "while paused");
      sender("pause");
      await new Promise((r) => setTimeout(r, 200));
      assert.equal(receiver.attempts.length, 0, "nothing is sent to a paused endpoint");
      await changeWebhookEndpoint(db, admin, endpointId, { active: true });
      await say(conversationId, "after the pause");
      await receiver.waitFor(() => receiver.accepted.length === 2, "two messages");
      assert.deepEqual(arrivals(receiver, conversationId), ["message:before the pause", "message:after the pause"]);
      assert.equal(await db.auditLog.count({ where: { workspaceId, action: "webhook.endpoint_changed" } }), 2);
    });

    test("the delivery log keeps finished deliveries for 30 days; anything still owed is never pruned", async () => {
      const { workspaceId, endpointId } = await setUp(["message.created"]);
      const conversationId = await startConversation(workspaceId);
      for (const body of ["old delivered", "old owed", "recent delivered"]) await say(conversationId, body);
      const rows = await db.webhookDelivery.findMany({ where: { endpointId }, orderBy: { sequence: "asc" } });
      const old = new Date(Date.now() - (DELIVERY_LOG_DAYS + 1) * 24 * 60 * 60 * 1000);
      await db.webhookDelivery.update({ where: { id: rows[0]!.id }, data: { status: "delivered", createdAt: old } });
      await db.webhookDelivery.update({ where: { id: rows[1]!.id }, data: { createdAt: old, nextAttemptAt: new Date(Date.now() + 3600_000) } });
      await db.webhookDelivery.update({ where: { id: rows[2]!.id }, data: { status: "delivered" } });
      await pruneDeliveryLog(db, new Date());
      const left = await db.webhookDelivery.findMany({ where: { endpointId }, orderBy: { sequence: "asc" } });
      assert.deepEqual(left.map((d) => d.id), [rows[1]!.id, rows[2]!.id]);
    });
  });
}

webhookSuite("SQLite", sqliteDatabase);
webhookSuite("PostgreSQL", () => postgresDatabase("webhooks"), await postgresSkip());
