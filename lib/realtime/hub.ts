import type { Server } from "socket.io";
import type { ClientToServerEvents, ServerToClientEvents, SocketData } from "./events";

export type DeskSocketServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

// Route handlers live in Next's server bundle while the socket server is created by server.ts;
// both run in one process, so the instance is shared through globalThis.
const globalForHub = globalThis as unknown as { deskSocketServer?: DeskSocketServer };

export function registerSocketServer(io: DeskSocketServer): void {
  globalForHub.deskSocketServer = io;
}

/** The socket server, or null in scripts and tests that run without one. */
export function socketServer(): DeskSocketServer | null {
  return globalForHub.deskSocketServer ?? null;
}
