import type { Db } from "../db";
import type { LimitDecision } from "../rate-limit/decisions";
import { hitWindow } from "../rate-limit/store";

/**
 * Anyone may open the widget without signing in, so new chats are rate-limited: per client
 * address, so one script cannot flood a workspace's inbox, and per workspace overall, as a
 * backstop against many addresses at once. Continuing a chat is never limited.
 */
export const NEW_CHAT_WINDOW_MS = 10 * 60_000;

export interface NewChatLimits {
  /** New chats per client address and workspace per window; null = unlimited. */
  perAddress: number | null;
  /** New chats per workspace per window; null = unlimited. */
  perWorkspace: number | null;
}

function limitFrom(name: string, value: string | undefined, fallback: number): number | null {
  if (value === undefined || value.trim() === "") return fallback;
  if (value.trim().toLowerCase() === "off") return null;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`${name} must be a whole number of new chats per 10 minutes, or "off"; not "${value}".`);
  return limit;
}

export function newChatLimits(env: Record<string, string | undefined> = process.env): NewChatLimits {
  return {
    perAddress: limitFrom("DESK_WIDGET_SESSIONS_PER_ADDRESS", env.DESK_WIDGET_SESSIONS_PER_ADDRESS, 20),
    perWorkspace: limitFrom("DESK_WIDGET_SESSIONS_PER_WORKSPACE", env.DESK_WIDGET_SESSIONS_PER_WORKSPACE, 2000),
  };
}

/** Counts one new chat for this address and workspace, and says whether it may start. */
export async function admitNewChat(
  db: Db,
  workspaceId: string,
  address: string,
  limits: NewChatLimits = newChatLimits(),
  now = new Date(),
): Promise<LimitDecision> {
  if (limits.perAddress !== null) {
    const byAddress = await hitWindow(db, `new-chat:address:${workspaceId}|${address}`, { limit: limits.perAddress, windowMs: NEW_CHAT_WINDOW_MS }, now);
    if (!byAddress.allowed) return byAddress;
  }
  if (limits.perWorkspace !== null) {
    return hitWindow(db, `new-chat:workspace:${workspaceId}`, { limit: limits.perWorkspace, windowMs: NEW_CHAT_WINDOW_MS }, now);
  }
  return { allowed: true };
}
