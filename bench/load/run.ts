// Many customers chatting at once with one desk: N widget conversations, each writing at a steady
// rate, against one real instance (server.ts over the production build, scratch SQLite database).
// It times message → the AI's first reply event and, in a sample of conversations an agent has
// taken over, agent reply → the customer's widget, first for one conversation of each kind on an
// otherwise idle desk and then under the load, and prints the ratios and every error.
//
//   npm run bench:load -- [--sockets 1000] [--seconds 60] [--rate 1] [--port 0]
import { createServer } from "node:net";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { encode } from "next-auth/jwt";
import { canPinCpus, pinProcess } from "../cpu-pinning";
import { startDesk } from "../desk-process";
import { percentile } from "../percentile";
import { openConversations, runTraffic, staffConsole, takeOver, type Traffic } from "./traffic";

function flag(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} needs a non-negative number`);
  return value;
}

const sockets = Math.max(2, Math.round(flag("sockets", 1000)));
const seconds = flag("seconds", 60);
const rate = flag("rate", 1);
/** One conversation in twenty is one an agent has taken over and answers at the same rate. */
const takenOver = Math.max(1, Math.round(sockets / 20));
const IDLE_SECONDS = Math.min(seconds, 30);
const WARM_UP_SECONDS = 5;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

// The desk gets CPU 0, this process (all the browsers) CPU 1.
const desk = await startDesk({ port: flag("port", 0) || (await freePort()), cpu: canPinCpus ? 0 : undefined });
if (canPinCpus) pinProcess(process.pid, 1);
let failed = true;
try {
  process.env.DATABASE_URL = desk.databaseUrl;
  const { getDb, disconnectDb } = await import("../../lib/db");
  const { demoWorkspaceSlug } = await import("../../lib/demo/seed");
  const db = await getDb();
  const workspace = await db.workspace.findUniqueOrThrow({ where: { slug: demoWorkspaceSlug } });
  const agent = await db.user.findFirstOrThrow({ where: { workspaceId: workspace.id, role: "agent" }, orderBy: { email: "asc" } });
  // A customer writing every second for a minute is no real conversation: the router would rightly
  // hand most of them to a person (the same request again and again, hops between specialists).
  // With its thresholds opened wide every turn still runs triage, the signals and the router's
  // decision, and the AI answers each message, so every message is owed a reply to time.
  const policy = workspace.escalationPolicy as Record<string, unknown>;
  await db.workspace.update({
    where: { id: workspace.id },
    data: { escalationPolicy: { ...policy, confidenceFloor: 0, sentimentFloor: -1, sentimentDecline: 2, complexityThreshold: 1, maxAgentHops: 20, anomalyFactor: 100, riskCategories: [] } },
  });
  await disconnectDb();
  const session = await encode({ token: { sub: agent.id, name: agent.name, email: agent.email, role: agent.role, workspaceId: workspace.id }, secret: desk.secret });
  const staff = await staffConsole(desk.url, `next-auth.session-token=${session}`);

  // One-off costs (the intent model's first load or training, first queries, the JIT) are paid here, unmeasured.
  const warm = (await openConversations(desk.url, demoWorkspaceSlug, 2)).conversations;
  await takeOver(staff, warm.slice(1));
  await runTraffic({ staff, withAi: warm.slice(0, 1), takenOver: warm.slice(1), seconds: WARM_UP_SECONDS, rate, drainSeconds: 180 });
  const idleConversations = (await openConversations(desk.url, demoWorkspaceSlug, 2)).conversations;
  await takeOver(staff, idleConversations.slice(1));
  const idle = await runTraffic({ staff, withAi: idleConversations.slice(0, 1), takenOver: idleConversations.slice(1), seconds: IDLE_SECONDS, rate });
  for (const c of [...warm, ...idleConversations]) c.socket.disconnect();

  const opening = performance.now();
  const { conversations: opened, failures } = await openConversations(desk.url, demoWorkspaceSlug, sockets);
  const openSeconds = (performance.now() - opening) / 1000;
  await takeOver(staff, opened.slice(0, takenOver));
  const loopDelay = monitorEventLoopDelay({ resolution: 1 });
  loopDelay.enable();
  const cpuBefore = desk.cpuUse();
  const started = performance.now();
  const load = await runTraffic({ staff, withAi: opened.slice(takenOver), takenOver: opened.slice(0, takenOver), seconds, rate });
  const wallSeconds = (performance.now() - started) / 1000;
  const cpuAfter = desk.cpuUse();
  loopDelay.disable();
  for (const c of opened) c.socket.disconnect();
  staff.disconnect();

  const errors = new Map(load.errors);
  for (const [kind, count] of idle.errors) errors.set(`idle: ${kind}`, count);
  if (failures > 0) errors.set("conversation not opened (session refused or socket not connected)", failures);
  const errorCount = [...errors.values()].reduce((a, b) => a + b, 0);

  const summary = (traffic: Traffic) => ({
    reply_p50: percentile(traffic.replyMs, 50),
    reply_p95: percentile(traffic.replyMs, 95),
    delivery_p50: percentile(traffic.deliveryMs, 50),
    delivery_p95: percentile(traffic.deliveryMs, 95),
  });
  const atIdle = summary(idle);
  const underLoad = summary(load);
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const line = (label: string, s: ReturnType<typeof summary>, traffic: Traffic) =>
    console.log(
      `${label} message → AI reply p50 ${ms(s.reply_p50)} p95 ${ms(s.reply_p95)} (${traffic.replyMs.length} replies) | ` +
        `agent reply → customer p50 ${ms(s.delivery_p50)} p95 ${ms(s.delivery_p95)} (${traffic.deliveryMs.length} deliveries)`,
    );
  console.log(`${sockets} widget conversations opened over HTTP and connected in ${openSeconds.toFixed(1)} s; ${takenOver} of them taken over by an agent's console`);
  line(`idle (1 + 1 conversations, ${IDLE_SECONDS} s):`.padEnd(40), atIdle, idle);
  line(`load (${opened.length} sockets, ${seconds} s at ${rate}/s):`.padEnd(40), underLoad, load);
  const ratio = underLoad.reply_p95 / atIdle.reply_p95;
  const deliveryRatio = underLoad.delivery_p95 / atIdle.delivery_p95;
  console.log(`p95 under load ÷ idle: AI reply ${ratio.toFixed(1)}×, agent reply delivery ${deliveryRatio.toFixed(1)}× (target: within 3×, 0 errors)`);
  console.log(`errors: ${errorCount}${errorCount ? ` (${[...errors].map(([kind, count]) => `${kind}: ${count}`).join("; ")})` : ""}`);
  console.log(`sent under load: ${load.customerMessages} customer messages, ${load.agentReplies} agent replies in ${wallSeconds.toFixed(1)} s (including waiting for the last replies)`);
  if (cpuBefore && cpuAfter) {
    const share = (seconds: number) => `${((100 * seconds) / wallSeconds).toFixed(0)}%`;
    console.log(
      `desk during the load: used ${share(cpuAfter.cpuSeconds - cpuBefore.cpuSeconds)} of one core; its main thread waited for a CPU ` +
        `(taken by other processes) ${share(cpuAfter.mainThreadWaitingSeconds - cpuBefore.mainThreadWaitingSeconds)} of the time`,
    );
  }
  console.log(`this process's event loop delay during the load: p50 ${ms(loopDelay.percentile(50) / 1e6)} p99 ${ms(loopDelay.percentile(99) / 1e6)} (what it adds to every figure)`);
  console.log(canPinCpus ? "desk on CPU 0, the widgets and the console on CPU 1" : "not pinned (needs taskset and two CPUs): the widgets share the desk's cores");
  const round = (value: number) => (Number.isFinite(value) ? Number(value.toFixed(1)) : null);
  console.log(
    JSON.stringify({
      sockets,
      p95_ms: round(underLoad.reply_p95),
      idle_p95_ms: round(atIdle.reply_p95),
      ratio: round(ratio),
      errors: errorCount,
      p50_ms: round(underLoad.reply_p50),
      idle_p50_ms: round(atIdle.reply_p50),
      delivery_p95_ms: round(underLoad.delivery_p95),
      idle_delivery_p95_ms: round(atIdle.delivery_p95),
      delivery_ratio: round(deliveryRatio),
      seconds,
      rate,
    }),
  );
  failed = errorCount > 0;
} finally {
  await desk.stop({ keepLog: failed });
  if (failed) console.error(`desk log kept at ${desk.logFile}`);
}
