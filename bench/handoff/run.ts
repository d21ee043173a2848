// How long staff wait to hear about a handoff: from the moment the escalation decision is
// committed to the conversation's log (the notices' `decidedAt`, taken when the dispatcher's
// handoff listener hears of the commit) to a staff console receiving `conversation:escalated` (and
// the assigned agent's `assignment:created`). Both are sent once the listener has built the brief
// from the stored decision and stored it with routing and the assignment; they are set against a
// bare socket.io emit/ack round trip from the same console in the same run. The desk
// runs in this process on a scratch demo database; the console runs in a child process (as a
// browser would) and signs in with a real next-auth session cookie; customers talk through
// widget sockets, exactly as browsers do.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { io as connect } from "socket.io-client";
import { canPinCpus, onCpu, pinProcess } from "../cpu-pinning";
import { percentile } from "../percentile";
import { connected } from "../socket-client";

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
const { foldsSettled } = await import("../../lib/analytics/rollup-listener");

const HANDOFFS = 100;
const WARM_UP = 5;
const ROUND_TRIPS_PER_HANDOFF = 4;

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
type ConsoleReport =
  | { type: "ready" }
  | { type: "error"; message: string }
  | { type: "escalated" | "assigned"; conversationId: string; latencyMs: number }
  | { type: "round-trips"; durations: number[] };
// A console is a browser on another machine: the desk (this process) and the console each get a CPU.
if (canPinCpus) pinProcess(process.pid, 0);
const [consoleCommand, consoleArgs] = onCpu(1, [process.execPath, "--import", "tsx", path.join(import.meta.dirname, "console-client.ts")]);
const consoleProcess = spawn(consoleCommand, consoleArgs, {
  stdio: ["inherit", "inherit", "inherit", "ipc"],
  env: { ...process.env, DESK_URL: url, DESK_COOKIE: `next-auth.session-token=${session}` },
});
const waiting = new Map<string, (latencyMs: number) => void>();
let roundTripsDone: ((durations: number[]) => void) | null = null;
await new Promise<void>((resolve, reject) => {
  consoleProcess.on("message", (report: ConsoleReport) => {
    if (report.type === "ready") resolve();
    else if (report.type === "error") reject(new Error(report.message));
    else if (report.type === "round-trips") roundTripsDone?.(report.durations);
    else waiting.get(`${report.type}:${report.conversationId}`)?.(report.latencyMs);
  });
});

function reported(type: "escalated" | "assigned", conversationId: string): Promise<number> {
  return new Promise((resolve) => waiting.set(`${type}:${conversationId}`, resolve));
}

function roundTrips(count: number): Promise<number[]> {
  return new Promise((resolve) => {
    roundTripsDone = resolve;
    consoleProcess.send({ type: "round-trips", count });
  });
}

async function handoff(n: number): Promise<{ assigned: number; escalated: number }> {
  const opened = await openWidgetSession(db, { workspace: demoWorkspaceSlug }, secret);
  if (!opened.ok) throw new Error(opened.error);
  const { conversationId, token } = opened.session;
  const customer = await connected(connect(url, { path: "/socket.io", transports: ["websocket"], auth: { widgetToken: token } }));
  const assignedLatency = reported("assigned", conversationId);
  const escalatedLatency = reported("escalated", conversationId);
  const sent = await customer.emitWithAck("message:send", { clientMessageId: `bench-handoff-${n}`, body: "I want to talk to a human" });
  if (!sent.ok) throw new Error(sent.error);
  const [assigned, escalated] = await Promise.all([assignedLatency, escalatedLatency]);
  customer.disconnect();
  // Closed at once, so the one agent never reaches their chat limit and every handoff is assigned.
  await db.conversation.update({ where: { id: conversationId }, data: { status: "resolved", resolvedAt: new Date() } });
  return { assigned, escalated };
}

const noticeMs: number[] = [];
const escalatedMs: number[] = [];
const roundTripMs: number[] = [];
for (let n = 0; n < WARM_UP + HANDOFFS; n++) {
  const latency = await handoff(n);
  const trips = await roundTrips(ROUND_TRIPS_PER_HANDOFF);
  if (n < WARM_UP) continue;
  noticeMs.push(latency.assigned);
  escalatedMs.push(latency.escalated);
  roundTripMs.push(...trips);
}

const result = {
  handoffs: noticeMs.length,
  round_trips: roundTripMs.length,
  escalation_visible_p50_ms: percentile(escalatedMs, 50),
  escalation_visible_p95_ms: percentile(escalatedMs, 95),
  assignment_p50_ms: percentile(noticeMs, 50),
  assignment_p95_ms: percentile(noticeMs, 95),
  round_trip_p50_ms: percentile(roundTripMs, 50),
  round_trip_p95_ms: percentile(roundTripMs, 95),
  ratio_p50: percentile(escalatedMs, 50) / percentile(roundTripMs, 50),
  ratio_p95: percentile(escalatedMs, 95) / percentile(roundTripMs, 95),
  assignment_ratio_p95: percentile(noticeMs, 95) / percentile(roundTripMs, 95),
};
console.log(`decision committed → staff consoles' conversation:escalated  p50 ${result.escalation_visible_p50_ms.toFixed(2)} ms  p95 ${result.escalation_visible_p95_ms.toFixed(2)} ms  (${result.handoffs} handoffs; sent with the brief once it is stored)`);
console.log(`decision committed → assigned agent's assignment:created    p50 ${result.assignment_p50_ms.toFixed(2)} ms  p95 ${result.assignment_p95_ms.toFixed(2)} ms  (routing, brief and assignment written first)`);
console.log(`bare socket.io emit/ack round trip                          p50 ${result.round_trip_p50_ms.toFixed(2)} ms  p95 ${result.round_trip_p95_ms.toFixed(2)} ms  (${result.round_trips} round trips)`);
console.log(`escalation visible: ratio p50 ${result.ratio_p50.toFixed(1)}×  p95 ${result.ratio_p95.toFixed(1)}×  (target: p95 within 3×); assignment p95 ${result.assignment_ratio_p95.toFixed(1)}×`);
console.log(canPinCpus ? "desk on CPU 0, console on CPU 1" : "not pinned (needs taskset and two CPUs): the console shares the desk's cores");
console.log(JSON.stringify(Object.fromEntries(Object.entries(result).map(([k, v]) => [k, Number(v.toFixed(3))]))));

consoleProcess.send({ type: "stop" });
await foldsSettled();
await new Promise<void>((resolve) => io.close(() => resolve()));
await disconnectDb();
rmSync(scratch, { recursive: true, force: true });
