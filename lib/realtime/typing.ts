import { z } from "zod";
import { getDb } from "../db";
import { userText } from "../validation/user-text";
import { parseWorkspaceSettings } from "../workspace/settings";
import { rooms, type Ack, type SocketPrincipal } from "./events";
import type { DeskSocketServer } from "./hub";

/**
 * "Typing…" both ways over the sockets the widget and the console already hold. The customer's
 * draft reaches staff only when the workspace turned the preview on (and the widget sends it only
 * then); a person's typing reaches the customer only from the person who has the conversation.
 */

export const TYPING_PREVIEW_LIMIT = 500;
/** At most one relay a second per socket while the state stays the same; changes go at once. */
export const TYPING_RELAY_INTERVAL_MS = 1000;

export const widgetTypingPayload = z.strictObject({
  typing: z.boolean(),
  preview: userText("The preview").max(TYPING_PREVIEW_LIMIT, `A typing preview is limited to ${TYPING_PREVIEW_LIMIT} characters.`).optional(),
});
export const consoleTypingPayload = z.strictObject({
  conversationId: z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/),
  typing: z.boolean(),
});

export interface TypingState {
  conversationId: string;
  typing: boolean;
  preview: string | null;
}

export type RelayDecision = { send: true } | { send: false; retryInMs: number } | { send: false; retryInMs: null };

/**
 * Whether a typing update goes out now: a start or stop (or another conversation) at once, a
 * changed preview at most once per interval (the latest one after the wait), a repeat of what was
 * last sent never.
 */
export function typingRelayDecision(last: (TypingState & { sentAt: number }) | null, next: TypingState, now: number, intervalMs = TYPING_RELAY_INTERVAL_MS): RelayDecision {
  if (!last || last.conversationId !== next.conversationId || last.typing !== next.typing) return { send: true };
  if (last.preview === next.preview) return { send: false, retryInMs: null };
  const wait = last.sentAt + intervalMs - now;
  return wait <= 0 ? { send: true } : { send: false, retryInMs: wait };
}

/** One socket's relay: applies the decision above and sends the latest held-back update later. */
export function typingRelay(send: (state: TypingState) => Promise<void>, intervalMs = TYPING_RELAY_INTERVAL_MS, now: () => number = Date.now) {
  let last: (TypingState & { sentAt: number }) | null = null;
  let held: TypingState | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  async function offer(next: TypingState): Promise<void> {
    const decision = typingRelayDecision(last, next, now(), intervalMs);
    if (!decision.send) {
      if (decision.retryInMs === null) return;
      held = next;
      timer ??= setTimeout(() => {
        timer = null;
        const latest = held;
        held = null;
        if (latest) void offer(latest).catch(() => {});
      }, decision.retryInMs);
      return;
    }
    held = null;
    last = { ...next, sentAt: now() };
    await send(next);
  }

  return {
    offer,
    /** The socket went away while typing: the other side is told it stopped. */
    async stop(): Promise<void> {
      if (timer) clearTimeout(timer);
      timer = null;
      held = null;
      if (last?.typing) await offer({ conversationId: last.conversationId, typing: false, preview: null });
    },
  };
}

async function customerTyping(io: DeskSocketServer, principal: Extract<SocketPrincipal, { kind: "widget" }>, state: TypingState): Promise<void> {
  let preview: string | undefined;
  if (state.typing && state.preview) {
    const db = await getDb();
    const workspace = await db.workspace.findUniqueOrThrow({ where: { id: principal.workspaceId } });
    if (parseWorkspaceSettings(workspace).widget.typingPreview) preview = state.preview;
  }
  io.to(rooms.workspaceStaff(principal.workspaceId)).emit("typing:changed", { conversationId: state.conversationId, who: "customer", name: null, typing: state.typing, ...(preview ? { preview } : {}) });
}

async function staffTyping(io: DeskSocketServer, principal: Extract<SocketPrincipal, { kind: "staff" }>, state: TypingState): Promise<void> {
  const db = await getDb();
  // Only the person the conversation is with speaks to the customer, so only they show as typing.
  const conversation = await db.conversation.findFirst({
    where: { id: state.conversationId, workspaceId: principal.workspaceId, assigneeId: principal.userId, status: "with_human" },
    select: { assignee: { select: { name: true } } },
  });
  if (!conversation?.assignee) return;
  io.to(rooms.conversation(state.conversationId)).emit("typing:changed", { conversationId: state.conversationId, who: "agent", name: conversation.assignee.name, typing: state.typing });
}

export function registerTypingHandlers(io: DeskSocketServer): void {
  io.on("connection", (socket) => {
    const principal = socket.data.principal;
    const relay = typingRelay((state) => (principal.kind === "widget" ? customerTyping(io, principal, state) : staffTyping(io, principal, state)));
    const failed = (error: unknown) => console.error(`Relaying typing from socket ${socket.id} failed:`, error);
    socket.on("typing:set", (raw: unknown, ack?: Ack<null>) => {
      const parsed = principal.kind === "widget" ? widgetTypingPayload.safeParse(raw) : consoleTypingPayload.safeParse(raw);
      if (!parsed.success) return ack?.({ ok: false, error: parsed.error.issues[0]?.message ?? "That typing update could not be read." });
      const { typing } = parsed.data;
      const state: TypingState =
        principal.kind === "widget"
          ? { conversationId: principal.conversationId, typing, preview: typing && "preview" in parsed.data ? (parsed.data.preview ?? null) : null }
          : { conversationId: (parsed.data as z.infer<typeof consoleTypingPayload>).conversationId, typing, preview: null };
      relay.offer(state).catch(failed);
      ack?.({ ok: true, data: null });
    });
    socket.on("disconnect", () => void relay.stop().catch(failed));
  });
}
