import { createAdapter } from "@socket.io/redis-adapter";
import { createClient } from "redis";
import type { DeskSocketServer } from "./hub";

/**
 * How long one attempt to reach Redis may take. Several instances starting at once on a busy host
 * can keep the event loop away from a finished connect for longer than the client's 5 s default.
 */
const REDIS_CONNECT_TIMEOUT_MS = 20_000;

/**
 * With REDIS_URL set, several app instances behind a load balancer share socket rooms through
 * Redis; without it, fan-out stays in this process.
 */
export async function attachClusterAdapter(io: DeskSocketServer): Promise<"redis" | "in-process"> {
  const url = process.env.REDIS_URL;
  if (!url) return "in-process";
  const pub = createClient({ url, socket: { connectTimeout: REDIS_CONNECT_TIMEOUT_MS } });
  const sub = pub.duplicate();
  // The client retries by itself (at start too) and reports each failure as an 'error' event;
  // unheard, that event would end the process over a Redis hiccup instead of waiting it out.
  for (const [role, client] of [["publish", pub], ["subscribe", sub]] as const) {
    client.on("error", (error: Error) => console.error(`Redis (${role}) connection failed, retrying: ${error.message}`));
  }
  await Promise.all([pub.connect(), sub.connect()]);
  io.adapter(createAdapter(pub, sub));
  return "redis";
}
