import type { z } from "zod";
import { getDb } from "../db";
import {
  addStaffRemark,
  claimConversation,
  handConversationBack,
  removeGuidance,
  reopenAsStaff,
  replyAsHuman,
  resolveAsStaff,
  StaffActionError,
  transferConversation,
  type StaffMember,
} from "../console/staff-actions";
import { decideApproval } from "../console/approval-decisions";
import { acknowledgeAlert } from "../alerts/alert-store";
import { dispatch } from "../events/dispatcher";
import {
  alertAckPayload,
  claimPayload,
  decideApprovalPayload,
  handBackPayload,
  remarkPayload,
  removeGuidancePayload,
  reopenPayload,
  replyPayload,
  resolvePayload,
  transferPayload,
} from "./console-payloads";
import { rooms, type Ack } from "./events";
import type { DeskSocketServer } from "./hub";

const consoleEvents = ["console:claim", "console:reply", "console:remark", "console:transfer", "console:hand_back", "console:resolve", "console:reopen", "console:decide_approval", "console:alert_ack", "console:remove_guidance"] as const;

type DeskSocket = Parameters<Parameters<DeskSocketServer["on"]>[1]>[0];

/**
 * The console's actions over its socket. Every payload is parsed before anything is read; the
 * acting person comes from the socket's authenticated session, never from the payload.
 */
function handle<S extends z.ZodType, T>(socket: DeskSocket, staff: StaffMember, schema: S, act: (staff: StaffMember, data: z.infer<S>) => Promise<T>) {
  return async (raw: unknown, ack?: Ack<T>) => {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return ack?.({ ok: false, error: parsed.error.issues[0]?.message ?? "That request could not be read." });
    try {
      ack?.({ ok: true, data: await act(staff, parsed.data) });
    } catch (error) {
      if (error instanceof StaffActionError) return ack?.({ ok: false, error: error.message });
      console.error(`Console action by ${staff.userId} on socket ${socket.id} failed:`, error);
      ack?.({ ok: false, error: "That did not work; nothing was changed. Try again." });
    }
  };
}

async function markOfflineWhenGone(io: DeskSocketServer, staff: StaffMember, disconnectedAt: Date): Promise<void> {
  // Another tab of the same person keeps them online.
  if ((await io.in(rooms.user(staff.userId)).fetchSockets()).length > 0) return;
  const db = await getDb();
  // A reload reconnects at once and sets its presence; that newer choice must win over this.
  const { count } = await db.user.updateMany({
    where: { id: staff.userId, OR: [{ lastSeenAt: null }, { lastSeenAt: { lt: disconnectedAt } }] },
    data: { presence: "offline", lastSeenAt: disconnectedAt },
  });
  if (count === 0) return;
  io.to(rooms.workspaceStaff(staff.workspaceId)).emit("presence:changed", { userId: staff.userId, presence: "offline" });
}

export function registerConsoleHandlers(io: DeskSocketServer): void {
  io.on("connection", (socket) => {
    const principal = socket.data.principal;
    if (principal.kind !== "staff") {
      for (const event of consoleEvents) socket.on(event, (_raw: unknown, ack?: Ack<never>) => ack?.({ ok: false, error: "Only signed-in staff can do that." }));
      return;
    }
    const staff: StaffMember = { userId: principal.userId, role: principal.role, workspaceId: principal.workspaceId };
    const db = getDb();

    socket.on("console:claim", handle(socket, staff, claimPayload, async (s, d) => claimConversation(await db, s, d.conversationId).then(() => null)));
    socket.on("console:reply", handle(socket, staff, replyPayload, async (s, d) => ({ messageId: (await replyAsHuman(await db, s, d.conversationId, d.body, d.clientMessageId)).id })));
    socket.on("console:remark", handle(socket, staff, remarkPayload, async (s, d) => addStaffRemark(await db, s, d.conversationId, d.kind, d.body).then(() => null)));
    socket.on("console:transfer", handle(socket, staff, transferPayload, async (s, d) => transferConversation(await db, s, d.conversationId, d.toUserId, d.note).then(() => null)));
    socket.on("console:hand_back", handle(socket, staff, handBackPayload, async (s, d) => handConversationBack(await db, s, d.conversationId, d.note).then(() => null)));
    socket.on("console:remove_guidance", handle(socket, staff, removeGuidancePayload, async (s, d) => removeGuidance(await db, s, d.conversationId, d.guidanceEventId).then(() => null)));
    socket.on("console:resolve", handle(socket, staff, resolvePayload, async (s, d) => resolveAsStaff(await db, s, d.conversationId, d.outcome, d.note).then(() => null)));
    socket.on("console:reopen", handle(socket, staff, reopenPayload, async (s, d) => reopenAsStaff(await db, s, d.conversationId, d.note).then(() => null)));
    socket.on("console:decide_approval", handle(socket, staff, decideApprovalPayload, async (s, d) => ({ decision: (await decideApproval(await db, s, d)).decision })));
    socket.on(
      "console:alert_ack",
      handle(socket, staff, alertAckPayload, async (s, d) => {
        void dispatch([{ kind: "alert_acknowledged", workspaceId: s.workspaceId, alert: await acknowledgeAlert(await db, s, d.alertId) }]);
        return null;
      }),
    );
    socket.on("disconnect", () => {
      markOfflineWhenGone(io, staff, new Date()).catch((error: unknown) => console.error("Marking a disconnected person offline failed:", error));
    });
  });
}
