// A staff console in its own process, as a browser is: it reports when notices arrive and times
// bare emit/ack round trips, so the desk's own work never delays the measurement of its output.
import { io as connect } from "socket.io-client";

const { DESK_URL, DESK_COOKIE } = process.env;
if (!DESK_URL || !DESK_COOKIE || !process.send) throw new Error("run me as a child process with an IPC channel and DESK_URL / DESK_COOKIE");
const send = process.send.bind(process);
const wallClock = () => performance.timeOrigin + performance.now();
// A notice reaches a console that has been idle for a while; each round trip starts from idle too,
// not back to back, where both ends would still be running hot from the one before.
const IDLE_BEFORE_ROUND_TRIP_MS = 5;

// A browser on the desk's own pages sends their origin; the desk refuses staff sockets without it.
const socket = connect(DESK_URL, { path: "/socket.io", transports: ["websocket"], extraHeaders: { cookie: DESK_COOKIE, origin: DESK_URL } });
socket.on("connect", () => send({ type: "ready" }));
socket.on("connect_error", (error) => send({ type: "error", message: error.message }));
socket.on("conversation:escalated", (e: { conversationId: string; decidedAt: number }) =>
  send({ type: "escalated", conversationId: e.conversationId, latencyMs: wallClock() - e.decidedAt }),
);
socket.on("assignment:created", (n: { conversationId: string; decidedAt: string }) =>
  send({ type: "assigned", conversationId: n.conversationId, latencyMs: wallClock() - Date.parse(n.decidedAt) }),
);
process.on("message", async (message: { type: string; count?: number }) => {
  if (message.type === "round-trips") {
    const durations: number[] = [];
    for (let i = 0; i < (message.count ?? 1); i++) {
      await new Promise((resolve) => setTimeout(resolve, IDLE_BEFORE_ROUND_TRIP_MS));
      const start = performance.now();
      await socket.emitWithAck("bench:echo", { at: start });
      durations.push(performance.now() - start);
    }
    send({ type: "round-trips", durations });
  }
  if (message.type === "stop") {
    socket.disconnect();
    process.exit(0);
  }
});
