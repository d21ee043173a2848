// Socket rooms shared through Redis: an instance that starts while Redis drops its first connections
// (Redis restarting, a proxy warming up) waits for it and joins the cluster instead of exiting.
// Needs Redis at redis://127.0.0.1:6379 (TEST_REDIS_URL); skipped when absent, except with CI=true.
import assert from "node:assert/strict";
import { connect, createServer, type Socket as TcpSocket } from "node:net";
import { after, before, describe, test } from "node:test";
import { createClient } from "redis";
import { Server } from "socket.io";
import type { RedisAdapter } from "@socket.io/redis-adapter";
import { attachClusterAdapter } from "../../lib/realtime/cluster-adapter";
import type { DeskSocketServer } from "../../lib/realtime/hub";

const REDIS_URL = new URL(process.env.TEST_REDIS_URL || "redis://127.0.0.1:6379");

async function unreachable(): Promise<string | null> {
  const client = createClient({ url: REDIS_URL.href, socket: { connectTimeout: 3000, reconnectStrategy: false } });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.ping();
    return null;
  } catch (e) {
    return (e as Error).message || String(e);
  } finally {
    if (client.isOpen) await client.quit().catch(() => {});
  }
}

const missing = await unreachable();

describe("socket rooms shared through Redis", { skip: process.env.CI === "true" || !missing ? false : `Redis not reachable at ${REDIS_URL.href} (${missing}): skipped` }, () => {
  const sockets = new Set<TcpSocket>();
  let dropped = 0;
  // Drops the first two connections the moment they open, then relays to the real Redis.
  const flakyRedis = createServer((inbound) => {
    sockets.add(inbound);
    if (dropped < 2) {
      dropped += 1;
      inbound.destroy();
      return;
    }
    const outbound = connect(Number(REDIS_URL.port || 6379), REDIS_URL.hostname);
    sockets.add(outbound);
    inbound.pipe(outbound).pipe(inbound);
    const end = () => {
      inbound.destroy();
      outbound.destroy();
    };
    inbound.on("error", end).on("close", end);
    outbound.on("error", end).on("close", end);
  });
  const io = new Server() as DeskSocketServer;
  const savedUrl = process.env.REDIS_URL;
  const savedError = console.error;
  const reported: string[] = [];

  before(async () => {
    if (missing) throw new Error(`CI=true but Redis is not reachable at ${REDIS_URL.href}: ${missing}`);
    await new Promise<void>((resolve) => flakyRedis.listen(0, "127.0.0.1", resolve));
    const { port } = flakyRedis.address() as { port: number };
    process.env.REDIS_URL = `redis://127.0.0.1:${port}`;
    console.error = (...args: unknown[]) => void reported.push(args.join(" "));
  });

  after(async () => {
    const adapter = io.of("/").adapter as unknown as Partial<RedisAdapter>;
    // The clients close once their pending replies are in: destroying them mid-command would
    // reject work the adapter still awaits.
    await Promise.all([adapter.pubClient, adapter.subClient].map((client: { close?: () => Promise<void> } | undefined) => client?.close?.().catch(() => {})));
    console.error = savedError;
    if (savedUrl === undefined) delete process.env.REDIS_URL;
    else process.env.REDIS_URL = savedUrl;
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => flakyRedis.close(resolve));
  });

  test("an instance whose first Redis connections drop waits for Redis and joins the cluster", async () => {
    assert.equal(await attachClusterAdapter(io), "redis");
    assert.equal(dropped, 2, "both dropped connections were retried");
    assert.ok(reported.some((line) => /Redis .*retrying/.test(line)), `the failed attempts are reported: ${JSON.stringify(reported)}`);
    const rooms = await io.in("conversation:none").fetchSockets();
    assert.deepEqual(rooms, [], "the adapter answers through Redis");
  });
});
