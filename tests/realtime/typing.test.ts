// "Typing…" both ways through the real socket server: a customer's widget and an agent's console,
// each on its own socket, as the browsers hold them.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { createServer, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { encode } from "next-auth/jwt";
import { io as connect, type Socket } from "socket.io-client";
import type { Db } from "../../lib/db";
import type { ClientToServerEvents, ServerToClientEvents } from "../../lib/realtime/events";
import type { DeskSocketServer } from "../../lib/realtime/hub";
import { issueWidgetToken } from "../../lib/realtime/widget-token";
import { typingRelay, typingRelayDecision, type TypingState } from "../../lib/realtime/typing";
import { typingSender, type TypingUpdate } from "../../lib/realtime/typing-sender";
import { connected } from "../../bench/socket-client";
import { createWorkspace, sqliteDatabase, type TestDatabase } from "../fixtures/test-database";

const SECRET = "typing-test-secret";
type Client = Socket<ServerToClientEvents, ClientToServerEvents>;
type TypingSeen = Parameters<ServerToClientEvents["typing:changed"]>[0];

let database: TestDatabase;
let db: Db;
let http: HttpServer;
let sockets: DeskSocketServer;
let url: string;
let workspaceId: string;
let agent: { id: string; name: string };
let colleague: { id: string; name: string };
const opened: Client[] = [];

before(async () => {
  database = await sqliteDatabase();
  // The socket handlers read the process-wide client.
  process.env.DATABASE_URL = database.url;
  const { getDb } = await import("../../lib/db");
  db = await getDb();
  workspaceId = (await createWorkspace(db, "typing")).id;
  agent = await db.user.create({ data: { workspaceId, name: "Maya Ortega", email: "maya@typing.test", role: "agent", passwordHash: "x", skills: [], languages: ["en"] } });
  colleague = await db.user.create({ data: { workspaceId, name: "Sam Lee", email: "sam@typing.test", role: "agent", passwordHash: "x", skills: [], languages: ["en"] } });
  const { createSocketServer } = await import("../../lib/realtime/server");
  http = createServer();
  sockets = await createSocketServer(http, SECRET);
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
});

after(async () => {
  for (const socket of opened) socket.close();
  await sockets.close();
  const { disconnectDb } = await import("../../lib/db");
  await disconnectDb();
  await database.drop();
});

function track(socket: Client) {
  const seen: TypingSeen[] = [];
  const waiters: (() => void)[] = [];
  socket.on("typing:changed", (payload) => {
    seen.push(payload);
    for (const wake of waiters.splice(0)) wake();
  });
  opened.push(socket);
  return {
    socket,
    seen,
    /** Resolves with the first update (from `from` on) that `match` accepts. */
    async next(match: (t: TypingSeen) => boolean = () => true, from = 0): Promise<TypingSeen> {
      for (;;) {
        const found = seen.slice(from).find(match);
        if (found) return found;
        await new Promise<void>((wake) => waiters.push(wake));
      }
    },
  };
}

async function widgetFor(conversationId: string) {
  const widgetToken = issueWidgetToken({ conversationId, workspaceId, expiresAt: Date.now() + 3600_000 }, SECRET);
  return track(await connected(connect(url, { path: "/socket.io", auth: { widgetToken }, transports: ["websocket"], reconnection: false }) as Client));
}

async function consoleOf(user: { id: string; name: string }) {
  const token = await encode({ token: { sub: user.id, name: user.name, role: "agent", workspaceId }, secret: SECRET });
  return track(
    await connected(
      connect(url, { path: "/socket.io", transports: ["websocket"], reconnection: false, extraHeaders: { Cookie: `next-auth.session-token=${token}`, Origin: url } }) as Client,
    ),
  );
}

function emitTyping(socket: Client, payload: unknown): Promise<{ ok: boolean; error?: string }> {
  return new Promise((resolve) => socket.emit("typing:set", payload, (result) => resolve(result.ok ? { ok: true } : { ok: false, error: result.error })));
}

async function setPreview(on: boolean) {
  const workspace = await db.workspace.findUniqueOrThrow({ where: { id: workspaceId } });
  await db.workspace.update({ where: { id: workspaceId }, data: { widgetSettings: { ...(workspace.widgetSettings as object), typingPreview: on } } });
}

test("the agent sees the customer typing, with the draft only when the workspace shows previews", async () => {
  const conversation = await db.conversation.create({ data: { workspaceId } });
  const staff = await consoleOf(agent);
  const customer = await widgetFor(conversation.id);

  assert.deepEqual(await emitTyping(customer.socket, { typing: true, preview: "my parcel arrived dam" }), { ok: true });
  const first = await staff.next((t) => t.conversationId === conversation.id);
  assert.deepEqual(first, { conversationId: conversation.id, who: "customer", name: null, typing: true }, "no preview while the setting is off");

  await emitTyping(customer.socket, { typing: false });
  await staff.next((t) => t.conversationId === conversation.id && !t.typing);

  await setPreview(true);
  const from = staff.seen.length;
  await emitTyping(customer.socket, { typing: true, preview: "my parcel arrived damaged" });
  const withPreview = await staff.next((t) => t.conversationId === conversation.id, from);
  assert.equal(withPreview.preview, "my parcel arrived damaged");
  await setPreview(false);

  // Closing the tab while typing tells the agent it stopped.
  const before = staff.seen.length;
  customer.socket.close();
  assert.equal((await staff.next((t) => t.conversationId === conversation.id, before)).typing, false);
});

test("the customer sees the agent who has the conversation typing, by name; nobody else's typing reaches them", async () => {
  const conversation = await db.conversation.create({ data: { workspaceId, status: "with_human", assigneeId: agent.id } });
  const customer = await widgetFor(conversation.id);
  const other = await consoleOf(colleague);
  const owner = await consoleOf(agent);

  assert.deepEqual(await emitTyping(other.socket, { conversationId: conversation.id, typing: true }), { ok: true });
  assert.deepEqual(await emitTyping(owner.socket, { conversationId: conversation.id, typing: true }), { ok: true });
  const seen = await customer.next();
  assert.deepEqual(seen, { conversationId: conversation.id, who: "agent", name: "Maya Ortega", typing: true }, "the first update the customer saw is the owner's");
  assert.equal(customer.seen.filter((t) => t.name === "Sam Lee").length, 0);
});

test("malformed typing updates are refused with a reason", async () => {
  const conversation = await db.conversation.create({ data: { workspaceId } });
  const customer = await widgetFor(conversation.id);
  assert.equal((await emitTyping(customer.socket, { typing: "yes" })).ok, false);
  const tooLong = await emitTyping(customer.socket, { typing: true, preview: "x".repeat(501) });
  assert.deepEqual(tooLong, { ok: false, error: "A typing preview is limited to 500 characters." });
  // A widget cannot name another conversation.
  assert.equal((await emitTyping(customer.socket, { conversationId: "someone-else", typing: true })).ok, false);
  const staff = await consoleOf(agent);
  assert.equal((await emitTyping(staff.socket, { typing: true })).ok, false, "staff must say which conversation");
});

test("relay decisions: starts and stops go at once, repeats never, previews at most once per interval", () => {
  const last = { conversationId: "c1", typing: true, preview: "hel", sentAt: 1000 };
  assert.deepEqual(typingRelayDecision(null, { conversationId: "c1", typing: true, preview: null }, 0), { send: true });
  assert.deepEqual(typingRelayDecision(last, { conversationId: "c1", typing: false, preview: null }, 1001), { send: true });
  assert.deepEqual(typingRelayDecision(last, { conversationId: "c2", typing: true, preview: "hel" }, 1001), { send: true });
  assert.deepEqual(typingRelayDecision(last, { ...last }, 5000), { send: false, retryInMs: null });
  assert.deepEqual(typingRelayDecision(last, { ...last, preview: "hell" }, 1400), { send: false, retryInMs: 600 });
  assert.deepEqual(typingRelayDecision(last, { ...last, preview: "hell" }, 2000), { send: true });
});

test("a burst of drafts is relayed as the first and, after the wait, the latest; none in between", async () => {
  const sent: TypingState[] = [];
  let flushed!: () => void;
  const done = new Promise<void>((resolve) => (flushed = resolve));
  const relay = typingRelay(async (state) => {
    sent.push(state);
    if (state.preview === "hello there") flushed();
  }, 20);
  for (const preview of ["h", "he", "hel", "hello", "hello there"]) await relay.offer({ conversationId: "c1", typing: true, preview });
  await done;
  assert.deepEqual(sent.map((s) => s.preview), ["h", "hello there"]);
});

test("the sender starts at once, stops when the box is cleared, and keeps the draft private without previews", () => {
  const updates: TypingUpdate[] = [];
  const sender = typingSender((u) => updates.push(u), { preview: false });
  sender.input("Where is");
  sender.input("Where is my order");
  sender.input("");
  sender.stop();
  assert.deepEqual(updates, [{ typing: true }, { typing: false }]);
  const withPreview: TypingUpdate[] = [];
  const previewing = typingSender((u) => withPreview.push(u), { preview: true });
  previewing.input("Hi");
  previewing.stop();
  assert.deepEqual(withPreview, [{ typing: true, preview: "Hi" }, { typing: false }]);
});
