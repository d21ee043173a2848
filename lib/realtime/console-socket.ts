"use client";

import { io, type Socket } from "socket.io-client";
import type { Ack, ClientToServerEvents, ServerToClientEvents } from "./events";

export type ConsoleSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

let shared: ConsoleSocket | null = null;

/** One socket per console tab, authenticated by the session cookie the browser already sends. */
export function consoleSocket(): ConsoleSocket {
  shared ??= io({ path: "/socket.io", withCredentials: true });
  return shared;
}

export type ConsoleAction = Extract<keyof ClientToServerEvents, `console:${string}`>;

/** Sends one console action and resolves with the server's refusal, or null when it was done. */
export function sendConsoleAction(event: ConsoleAction, payload: object): Promise<string | null> {
  return new Promise((resolve) => {
    const ack: Ack<unknown> = (result) => resolve(result.ok ? null : result.error);
    (consoleSocket().emit as (e: ConsoleAction, p: unknown, a: Ack<unknown>) => void)(event, payload, ack);
  });
}
