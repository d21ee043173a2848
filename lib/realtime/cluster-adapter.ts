import { createAdapter } from "@socket.io/redis-adapter";
import { createClient } from "redis";
import type { DeskSocketServer } from "./hub";

/**
 * With REDIS_URL set, several app instances behind a load balancer share socket rooms through
 * Redis; without it, fan-out stays in this process.
 */
export async function attachClusterAdapter(io: DeskSocketServer): Promise<"redis" | "in-process"> {
  const url = process.env.REDIS_URL;
  if (!url) return "in-process";
  const pub = createClient({ url });
  const sub = pub.duplicate();
  await Promise.all([pub.connect(), sub.connect()]);
  io.adapter(createAdapter(pub, sub));
  return "redis";
}
