"use client";

import { io, type Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents } from "./events";

export type ConsoleSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

let shared: ConsoleSocket | null = null;

/** One socket per console tab, authenticated by the session cookie the browser already sends. */
export function consoleSocket(): ConsoleSocket {
  shared ??= io({ path: "/socket.io", withCredentials: true });
  return shared;
}
