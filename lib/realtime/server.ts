import type { Server as HttpServer } from "node:http";
import { Server } from "socket.io";
import { getDb } from "../db";
import { roleAtLeast } from "../auth/roles";
import { toReplayedMessage } from "./replayed-message";
import { handleCustomerMessage } from "../agents/pipeline";
import { rooms, presenceSetPayload, messageSendPayload, widgetSyncPayload, type Ack } from "./events";
import { registerSocketServer, type DeskSocketServer } from "./hub";
import { authenticateSocket } from "./socket-auth";
import { attachClusterAdapter } from "./cluster-adapter";
import { registerConsoleHandlers } from "./console-handlers";
import { registerTypingHandlers } from "./typing";
import { customerSendFailure } from "./send-failure";
import { attachmentsOfMessages } from "../attachments/attachments";

const MAX_PAYLOAD_BYTES = 64 * 1024;
const REPLAY_LIMIT = 500;

function reject<T>(ack: Ack<T> | undefined, error: string): void {
  ack?.({ ok: false, error });
}

export async function createSocketServer(httpServer: HttpServer, secret: string): Promise<DeskSocketServer> {
  const io: DeskSocketServer = new Server(httpServer, {
    path: "/socket.io",
    maxHttpBufferSize: MAX_PAYLOAD_BYTES,
    // Widgets run inside an iframe served from this origin, so no cross-origin access is needed.
    cors: { origin: false },
  });
  await attachClusterAdapter(io);

  io.use(async (socket, next) => {
    try {
      const principal = await authenticateSocket(socket.request.headers, socket.handshake.auth ?? {}, secret);
      if (!principal) return next(new Error("unauthorized"));
      if (principal.kind === "staff") {
        // The session cookie outlives a deactivation or a change of role: the database says who the person is now.
        const user = await (await getDb()).user.findUnique({ where: { id: principal.userId }, select: { active: true, role: true } });
        if (!user?.active) return next(new Error("unauthorized"));
        principal.role = user.role;
      }
      socket.data.principal = principal;
      next();
    } catch {
      next(new Error("unauthorized"));
    }
  });

  io.on("connection", async (socket) => {
    const principal = socket.data.principal;
    if (principal.kind === "staff") {
      await socket.join([
        rooms.workspaceStaff(principal.workspaceId),
        rooms.user(principal.userId),
        ...(roleAtLeast(principal.role, "supervisor") ? [rooms.workspaceSupervisors(principal.workspaceId)] : []),
      ]);
    } else {
      await socket.join(rooms.conversation(principal.conversationId));
    }

    socket.on("presence:set", async (raw, ack) => {
      if (principal.kind !== "staff") return reject(ack, "Only staff have presence.");
      const parsed = presenceSetPayload.safeParse(raw);
      if (!parsed.success) return reject(ack, "presence must be one of online, away, offline.");
      const db = await getDb();
      await db.user.update({
        where: { id: principal.userId },
        data: { presence: parsed.data.presence, lastSeenAt: new Date() },
      });
      io.to(rooms.workspaceStaff(principal.workspaceId)).emit("presence:changed", {
        userId: principal.userId,
        presence: parsed.data.presence,
      });
      ack?.({ ok: true, data: { presence: parsed.data.presence } });
    });

    socket.on("message:send", async (raw, ack) => {
      if (principal.kind !== "widget") return reject(ack, "Only a widget session sends customer messages.");
      const parsed = messageSendPayload.safeParse(raw);
      if (!parsed.success) return reject(ack, parsed.error.issues[0]?.message ?? "That message could not be read.");
      try {
        const { message, duplicate } = await handleCustomerMessage({
          conversationId: principal.conversationId,
          clientMessageId: parsed.data.clientMessageId,
          body: parsed.data.body,
        });
        ack?.({ ok: true, data: { messageId: message.id, seq: message.seq, duplicate } });
      } catch (error) {
        console.error("Storing a customer message failed:", error);
        ack?.({ ok: false, ...customerSendFailure(error) });
      }
    });

    socket.on("conversation:sync", async (raw, ack) => {
      if (principal.kind !== "widget") return reject(ack, "Only a widget session syncs its conversation.");
      const parsed = widgetSyncPayload.safeParse(raw);
      if (!parsed.success) return reject(ack, "afterSeq must be a non-negative whole number.");
      const db = await getDb();
      const rows = await db.message.findMany({
        where: { conversationId: principal.conversationId, seq: { gt: parsed.data.afterSeq } },
        orderBy: { seq: "asc" },
        take: REPLAY_LIMIT,
      });
      const attachments = await attachmentsOfMessages(db, rows.map((m) => m.id));
      ack?.({ ok: true, data: { messages: rows.map((m) => ({ ...toReplayedMessage(m), ...(attachments.has(m.id) ? { attachments: attachments.get(m.id) } : {}) })) } });
    });
  });

  registerConsoleHandlers(io);
  registerTypingHandlers(io);
  registerSocketServer(io);
  return io;
}
