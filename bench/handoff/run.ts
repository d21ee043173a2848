// How long a human waits to hear about a handoff: from the escalation router's decision to the
// assigned agent's console socket receiving `assignment:created`, set against a bare socket.io
// emit/ack round trip on the same server in the same run. The desk runs in this process on a
// scratch demo database; the agent's socket signs in with a real next-auth session cookie and
// customers talk through widget sockets, exactly as browsers do.
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { encode } from "next-auth/jwt";
import { io as connect, type Socket } from "socket.io-client";

for (const key of ["OPENAI_API_KEY", "ANTHROPIC_API_KEY", "OPENAI_COMPATIBLE_BASE_URL", "REDIS_URL"]) delete process.env[key];
const scratch = mkdtempSync(path.join(os.tmpdir(), "desk-bench-handoff-"));
process.env.DATABASE_URL = `file:${path.join(scratch, "bench.db")}`;

const { ensureAuthSecret } = await import("../../lib/auth/secret");
const { prepareDatabase } = await import("../../lib/demo/prepare-database");
const { getDb, disconnectDb } = await import("../../lib/db");
const { createSocketServer } = await import("../../lib/realtime/server");
const { openWidgetSession } = await import("../../lib/widget/session");
const { getIntentClassifier } = await import("../../lib/models/offline/default-intent-model");
const { demoWorkspaceSlug } = await import("../../lib/demo/seed");
type AssignmentNotice = import("../../lib/realtime/events").AssignmentNotice;

const HANDOFFS = 60;
const WARM_UP = 5;
const ROUND_TRIPS_PER_HANDOFF = 4;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Wall-clock milliseconds with sub-millisecond precision, comparable with `Date` stamps from this process. */
function wallClock(): number {
  return performance.timeOrigin + performance.now();
}

function connected(socket: Socket): Promise<Socket> {
  return new Promise((resolve, reject) => {
    socket.once("connect", () => resolve(socket));
    socket.once("connect_error", reject);
  });
}

const secret = ensureAuthSecret(scratch);
await prepareDatabase();
const db = await getDb();
const workspace = await db.workspace.findUniqueOrThrow({ where: { slug: demoWorkspaceSlug } });
// Open all week, and one agent online: every handoff is a warm one, routed to the socket measured here.
const allWeek = Object.fromEntries(["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [d, [["00:00", "24:00"]]]));
await db.workspace.update({ where: { id: workspace.id }, data: { businessHours: allWeek } });
const agent = await db.user.findFirstOrThrow({ where: { workspaceId: workspace.id, role: "agent" }, orderBy: { email: "asc" } });
await db.user.updateMany({ where: { workspaceId: workspace.id }, data: { presence: "offline" } });
await db.user.update({ where: { id: agent.id }, data: { presence: "online" } });
await getIntentClassifier();

const httpServer = createServer();
const io = await createSocketServer(httpServer, secret);
// The baseline: an event the server acknowledges without doing anything, over the same server and transport.
type EchoSocket = { on(event: "bench:echo", listener: (payload: unknown, ack: (reply: unknown) => void) => void): void };
io.on("connection", (socket) => (socket as unknown as EchoSocket).on("bench:echo", (payload, ack) => ack(payload)));
await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
const url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;

const session = await encode({ token: { sub: agent.id, name: agent.name, email: agent.email, role: agent.role, workspaceId: workspace.id }, secret });
const staff = await connected(connect(url, { path: "/socket.io", transports: ["websocket"], extraHeaders: { cookie: `next-auth.session-token=${session}` } }));
const notices = new Map<string, (notice: AssignmentNotice, receivedAt: number) => void>();
staff.on("assignment:created", (notice: AssignmentNotice) => {
  const receivedAt = wallClock();
  notices.get(notice.conversationId)?.(notice, receivedAt);
});

async function roundTrip(): Promise<number> {
  const start = performance.now();
  await staff.emitWithAck("bench:echo", { at: start });
  return performance.now() - start;
}

async function handoff(n: number): Promise<number> {
  const opened = await openWidgetSession(db, { workspace: demoWorkspaceSlug }, secret);
  if (!opened.ok) throw new Error(opened.error);
  const { conversationId, token } = opened.session;
  const customer = await connected(connect(url, { path: "/socket.io", transports: ["websocket"], auth: { widgetToken: token } }));
  const noticed = new Promise<number>((resolve) => notices.set(conversationId, (notice, receivedAt) => resolve(receivedAt - Date.parse(notice.decidedAt))));
  const sent = await customer.emitWithAck("message:send", { clientMessageId: `bench-handoff-${n}`, body: "I want to talk to a human" });
  if (!sent.ok) throw new Error(sent.error);
  const latency = await noticed;
  notices.delete(conversationId);
  customer.disconnect();
  // Closed at once, so the one agent never reaches their chat limit and every handoff is assigned.
  await db.conversation.update({ where: { id: conversationId }, data: { status: "resolved", resolvedAt: new Date() } });
  return latency;
}

const noticeMs: number[] = [];
const roundTripMs: number[] = [];
for (let n = 0; n < WARM_UP + HANDOFFS; n++) {
  const latency = await handoff(n);
  const trips: number[] = [];
  for (let i = 0; i < ROUND_TRIPS_PER_HANDOFF; i++) trips.push(await roundTrip());
  if (n < WARM_UP) continue;
  noticeMs.push(latency);
  roundTripMs.push(...trips);
}

const result = {
  handoffs: noticeMs.length,
  round_trips: roundTripMs.length,
  notice_p50_ms: percentile(noticeMs, 50),
  notice_p95_ms: percentile(noticeMs, 95),
  round_trip_p50_ms: percentile(roundTripMs, 50),
  round_trip_p95_ms: percentile(roundTripMs, 95),
  ratio_p50: percentile(noticeMs, 50) / percentile(roundTripMs, 50),
  ratio_p95: percentile(noticeMs, 95) / percentile(roundTripMs, 95),
};
console.log(`escalation decision → agent's assignment:created  p50 ${result.notice_p50_ms.toFixed(2)} ms  p95 ${result.notice_p95_ms.toFixed(2)} ms  (${result.handoffs} handoffs; decision stamped to the millisecond)`);
console.log(`bare socket.io emit/ack round trip               p50 ${result.round_trip_p50_ms.toFixed(2)} ms  p95 ${result.round_trip_p95_ms.toFixed(2)} ms  (${result.round_trips} round trips)`);
console.log(`ratio p50 ${result.ratio_p50.toFixed(1)}×  p95 ${result.ratio_p95.toFixed(1)}×  (target: p95 within 3×)`);
console.log(JSON.stringify(Object.fromEntries(Object.entries(result).map(([k, v]) => [k, Number(v.toFixed(3))]))));

staff.disconnect();
await new Promise<void>((resolve) => io.close(() => resolve()));
await disconnectDb();
rmSync(scratch, { recursive: true, force: true });
