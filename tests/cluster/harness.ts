// Real desk instances for the concurrency suite: each one is `node --import tsx server.ts` as an
// operator starts it, on one PostgreSQL schema made for the run (dropped afterwards) and one Redis,
// with the production build in .next. The tests speak to them only over HTTP and socket.io, and
// read the database to check what happened to money, owners and turns.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import pg from "pg";
import { createClient } from "redis";
import { io, type Socket } from "socket.io-client";
import { createDb, type Db } from "../../lib/db/index";
import { getIntentClassifier } from "../../lib/models/offline/default-intent-model";
import type { ClientToServerEvents, ReplayedMessage, ServerToClientEvents } from "../../lib/realtime/events";

const ROOT = path.resolve(import.meta.dirname, "../..");
export const POSTGRES_URL = process.env.TEST_POSTGRES_URL || "postgresql://postgres@127.0.0.1:5432/test";
export const REDIS_URL = process.env.TEST_REDIS_URL || "redis://127.0.0.1:6379";
/** The ports this suite may use; every other engineer and test has its own. */
const PORT_RANGE = { first: 3341, last: 3359 };
/** A first start applies migrations, may seed the demo store and prepares Next: bounded, but generous on two shared cores. */
const START_TIMEOUT_MS = 150_000;

/** Why the suite cannot run here, or null when PostgreSQL and Redis both answer. */
export async function missingServices(): Promise<string | null> {
  const problems: string[] = [];
  const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (e) {
    problems.push(`PostgreSQL not reachable at ${POSTGRES_URL} (${(e as Error).message || e})`);
  } finally {
    await client.end().catch(() => {});
  }
  const redis = createClient({ url: REDIS_URL, socket: { connectTimeout: 3000, reconnectStrategy: false } });
  redis.on("error", () => {});
  try {
    await redis.connect();
    await redis.ping();
  } catch (e) {
    problems.push(`Redis not reachable at ${REDIS_URL} (${(e as Error).message || e})`);
  } finally {
    if (redis.isOpen) await redis.quit().catch(() => {});
  }
  return problems.length ? problems.join("; ") : null;
}

/**
 * node:test options for a cluster suite: skipped with the reason when the services are absent,
 * except under CI=true, where the suite runs and its `before` fails with that reason.
 */
export function clusterSuiteOptions(missing: string | null): { skip: string | false; timeout: number } {
  return { skip: process.env.CI === "true" || !missing ? false : `${missing}: the two-instance concurrency suite is skipped`, timeout: 300_000 };
}

async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

const taken = new Set<number>();
const running = new Set<ChildProcess>();
// Should the test process end without its `after` hooks, it still takes its instances with it.
process.once("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

async function freePort(): Promise<number> {
  for (let port = PORT_RANGE.first; port <= PORT_RANGE.last; port++) {
    if (taken.has(port)) continue;
    if (await portIsFree(port)) {
      taken.add(port);
      return port;
    }
  }
  throw new Error(`no free port in ${PORT_RANGE.first}-${PORT_RANGE.last}`);
}

/** Resolves when `check` returns a value other than undefined/false, polling a state nothing announces; bounded. */
export async function eventually<T>(what: string, check: () => Promise<T | undefined | false>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value as T;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`gave up after ${timeoutMs / 1000} s waiting for ${what}${last ? ` (last error: ${last})` : ""}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** One `server.ts` process. */
export class DeskInstance {
  readonly url: string;
  private child: ChildProcess | null = null;
  private exited: Promise<number | null> = Promise.resolve(null);
  /** Everything the process printed, for failure messages. */
  output = "";

  constructor(
    readonly name: string,
    readonly port: number,
    private readonly env: NodeJS.ProcessEnv,
  ) {
    this.url = `http://127.0.0.1:${port}`;
  }

  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  start(): void {
    if (this.running) throw new Error(`${this.name} is already running`);
    const child = spawn(process.execPath, ["--import", "tsx", "server.ts"], { cwd: ROOT, env: { ...this.env, PORT: String(this.port) }, stdio: ["ignore", "pipe", "pipe"] });
    const keep = (chunk: Buffer) => {
      this.output += chunk.toString("utf8");
      if (this.output.length > 200_000) this.output = this.output.slice(-100_000);
    };
    child.stdout!.on("data", keep);
    child.stderr!.on("data", keep);
    running.add(child);
    this.exited = new Promise((resolve) =>
      child.once("exit", (code) => {
        running.delete(child);
        resolve(code);
      }),
    );
    this.child = child;
  }

  /** Resolves once /api/health answers 200; fails at once if the process exits first. */
  async healthy(timeoutMs = START_TIMEOUT_MS): Promise<void> {
    const outcome = await eventually(
      `${this.name} /api/health`,
      async () => {
        if (!this.running) return "exited";
        const response = await fetch(`${this.url}/api/health`).catch(() => null);
        return response?.status === 200 ? "healthy" : false;
      },
      timeoutMs,
    ).catch((error: Error) => {
      throw new Error(`${error.message}\n${this.tail()}`);
    });
    if (outcome === "exited") throw new Error(`${this.name} exited (code ${this.child?.exitCode}) before it was healthy:\n${this.tail()}`);
  }

  /** The end of what the process printed. */
  tail(lines = 40): string {
    return this.output.split("\n").slice(-lines).map((line) => `  [${this.name}] ${line}`).join("\n");
  }

  /** kill -9, as a crash or an OOM kill would end it: nothing in memory survives. */
  async crash(): Promise<void> {
    if (!this.child) return;
    if (this.running) this.child.kill("SIGKILL");
    await this.exited;
  }
}

/**
 * A fresh PostgreSQL schema with instances on it. `stop` kills every process it started and drops
 * the schema, whatever state the tests left them in.
 */
export class DeskCluster {
  readonly schema = `desk_cluster_${process.pid}_${randomBytes(3).toString("hex")}`;
  readonly databaseUrl = `${POSTGRES_URL}${POSTGRES_URL.includes("?") ? "&" : "?"}schema=${this.schema}`;
  /** Every instance signs sessions and widget tokens with this, as one deployment shares its secret. */
  private readonly secret = randomBytes(32).toString("base64url");
  readonly instances: DeskInstance[] = [];
  private db: Db | null = null;

  /** Ports are reserved now; nothing is started yet. */
  async add(count: number): Promise<DeskInstance[]> {
    const added: DeskInstance[] = [];
    for (let i = 0; i < count; i++) {
      const { NEXTAUTH_URL: _unused, ...inherited } = process.env;
      const instance = new DeskInstance(`instance ${this.instances.length + 1}`, await freePort(), {
        ...inherited,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        HOST: "127.0.0.1",
        DATABASE_URL: this.databaseUrl,
        // Socket.io's Redis channels carry room names, which are made of this run's own row ids, so
        // parallel runs on one Redis never deliver to each other's sockets.
        REDIS_URL,
        AUTH_SECRET: this.secret,
        DESK_MODE: "demo",
        DESK_DEMO_HISTORY: "off",
        // Every chat of the suite is opened from this machine's one address.
        DESK_WIDGET_SESSIONS_PER_ADDRESS: "off",
      });
      this.instances.push(instance);
      added.push(instance);
    }
    return added;
  }

  /** Starts the given instances at the same moment and waits until all are healthy. */
  async start(instances: DeskInstance[]): Promise<void> {
    // `npm test` builds before any test runs; a test file run on its own needs a build made beforehand.
    if (!existsSync(path.join(ROOT, ".next", "BUILD_ID"))) throw new Error("No production build in .next: run `node scripts/next-build.mjs` first (npm test does).");
    for (const instance of instances) instance.start();
    await Promise.all(instances.map((instance) => instance.healthy()));
  }

  async database(): Promise<Db> {
    this.db ??= await createDb(this.databaseUrl);
    return this.db;
  }

  async stop(): Promise<void> {
    await Promise.all(this.instances.map((instance) => instance.crash()));
    for (const instance of this.instances) taken.delete(instance.port);
    await this.db?.$disconnect().catch(() => {});
    const client = new pg.Client({ connectionString: POSTGRES_URL });
    await client.connect();
    try {
      await client.query(`DROP SCHEMA IF EXISTS "${this.schema}" CASCADE`);
    } finally {
      await client.end();
    }
  }
}

/**
 * Trains (once per machine) or loads the offline intent model here, so instances starting together
 * read it from data/models instead of each training it on the same two cores.
 */
export async function warmIntentModel(): Promise<void> {
  await getIntentClassifier();
}

// ---- The customer's side: the widget's session API and socket ----

export type DeskSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface WidgetChat {
  conversationId: string;
  token: string;
  instance: DeskInstance;
  socket: DeskSocket;
  /** Every message the chat has seen, in the order it arrived. */
  messages: ReplayedMessage[];
  /** Sends a customer message and resolves with the server's acknowledgement. */
  say(body: string): Promise<{ ok: boolean; messageId?: string; error?: string }>;
  /** Resolves with the first message (already seen or arriving) that matches; bounded. */
  waitForMessage(what: string, match: (m: ReplayedMessage) => boolean, timeoutMs?: number): Promise<ReplayedMessage>;
  close(): void;
}

function connectSocket(instance: DeskInstance, options: { auth?: Record<string, string>; headers?: Record<string, string> }): Promise<DeskSocket> {
  const socket: DeskSocket = io(instance.url, {
    path: "/socket.io",
    transports: ["websocket"],
    reconnection: false,
    auth: options.auth ?? {},
    extraHeaders: { origin: instance.url, ...options.headers },
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`socket to ${instance.name} did not connect`)), 15_000);
    socket.once("connect", () => {
      clearTimeout(timer);
      resolve(socket);
    });
    socket.once("connect_error", (error) => {
      clearTimeout(timer);
      socket.close();
      reject(new Error(`socket to ${instance.name} refused: ${error.message}`));
    });
  });
}

let sent = 0;

/** Opens a chat as the widget does: a session over HTTP, then the conversation's socket. */
export async function openChat(instance: DeskInstance, body: Record<string, unknown> = {}): Promise<WidgetChat> {
  const response = await postJson(instance, "/api/widget/session", { workspace: "lumen", pageUrl: "https://shop.example/account", pageTitle: "Account", ...body });
  if (response.status !== 200) throw new Error(`widget session on ${instance.name}: ${response.status} ${JSON.stringify(response.json)}`);
  const session = response.json as { conversationId: string; token: string };
  return attachChat(instance, session);
}

/** The same conversation's socket on another instance, as a second tab or a reconnect through the load balancer would open it. */
export async function attachChat(instance: DeskInstance, session: { conversationId: string; token: string }): Promise<WidgetChat> {
  const socket = await connectSocket(instance, { auth: { widgetToken: session.token } });
  const messages: ReplayedMessage[] = [];
  const waiters = new Set<() => void>();
  const add = (message: ReplayedMessage) => {
    if (messages.some((m) => m.id === message.id)) return;
    messages.push(message);
    for (const wake of waiters) wake();
  };
  socket.on("message:created", ({ message }) => add(message));
  const synced = await socket.timeout(15_000).emitWithAck("conversation:sync", { afterSeq: 0 });
  if (synced.ok) synced.data.messages.forEach(add);
  return {
    ...session,
    instance,
    socket,
    messages,
    async say(text) {
      sent += 1;
      const ack = await socket.timeout(30_000).emitWithAck("message:send", { clientMessageId: `cluster-${process.pid}-${sent}-${randomBytes(3).toString("hex")}`, body: text });
      return ack.ok ? { ok: true, messageId: ack.data.messageId } : { ok: false, error: ack.error };
    },
    waitForMessage(what, match, timeoutMs = 60_000) {
      const found = messages.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const wake = () => {
          const hit = messages.find(match);
          if (!hit) return;
          clearTimeout(timer);
          waiters.delete(wake);
          resolve(hit);
        };
        const timer = setTimeout(() => {
          waiters.delete(wake);
          reject(new Error(`gave up after ${timeoutMs / 1000} s waiting for ${what} in conversation ${session.conversationId}; it has:\n${messages.map((m) => `  ${m.author}: ${m.body}`).join("\n")}`));
        }, timeoutMs);
        waiters.add(wake);
      });
    },
    close: () => socket.close(),
  };
}

// ---- Staff: a real sign-in over HTTP, then the console's socket ----

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((c) => c.split(";")[0]!);
}

/** Signs a person in through next-auth's credentials form and returns their session cookie. */
export async function signIn(instance: DeskInstance, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${instance.url}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${instance.url}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: instance.url, cookie: cookiesOf(csrf).join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = cookiesOf(response).find((c) => /session-token=/.test(c));
  if (!session) throw new Error(`signing in ${email} on ${instance.name} gave no session (status ${response.status})`);
  return session;
}

/** A console's socket, authenticated by the session cookie as a browser's would be. */
export function staffSocket(instance: DeskInstance, cookie: string): Promise<DeskSocket> {
  return connectSocket(instance, { headers: { cookie } });
}

export async function postJson(instance: DeskInstance, route: string, body: unknown, token?: string): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${instance.url}${route}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: instance.url, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    json = { text };
  }
  return { status: response.status, json };
}
