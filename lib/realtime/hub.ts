import { AsyncLocalStorage } from "node:async_hooks";
import type { Server } from "socket.io";
import type { ClientToServerEvents, ServerToClientEvents, SocketData } from "./events";

export type DeskSocketServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

// Route handlers live in Next's server bundle while the socket server is created by server.ts;
// both run in one process, so the instance is shared through globalThis.
const globalForHub = globalThis as unknown as { deskSocketServer?: DeskSocketServer };

export function registerSocketServer(io: DeskSocketServer): void {
  globalForHub.deskSocketServer = io;
}

const unannounced = new AsyncLocalStorage<true>();

/**
 * Runs `work` with nothing it writes sent to anyone's socket: a replay of past days is not news,
 * and a person signed in meanwhile must not be told of a conversation assigned a week ago.
 */
export function withoutFanOut<T>(work: () => Promise<T>): Promise<T> {
  return unannounced.run(true, work);
}

/** The socket server, or null in scripts and tests that run without one, and inside withoutFanOut. */
export function socketServer(): DeskSocketServer | null {
  if (unannounced.getStore()) return null;
  return globalForHub.deskSocketServer ?? null;
}
