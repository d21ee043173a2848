"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { consoleSocket } from "@/lib/realtime/console-socket";

type RefreshEvent = "conversation:updated" | "message:created" | "conversation:activity" | "conversation:escalated" | "alert:raised" | "alert:acknowledged";

/**
 * Re-renders the server-rendered page when one of `events` arrives (about `conversationId`, when
 * given), without reloading: the page's data is read fresh on the server, form fields and scroll
 * position stay as they are. Bursts (an AI reply streams several events) are folded into one refresh.
 */
function useRefreshOn(events: readonly RefreshEvent[], conversationId?: string) {
  const router = useRouter();
  useEffect(() => {
    const socket = consoleSocket();
    let pending: ReturnType<typeof setTimeout> | null = null;
    const refresh = (payload: { conversationId: string | null }) => {
      if (conversationId && payload.conversationId !== conversationId) return;
      pending ??= setTimeout(() => {
        pending = null;
        router.refresh();
      }, 150);
    };
    for (const event of events) socket.on(event, refresh);
    return () => {
      if (pending) clearTimeout(pending);
      for (const event of events) socket.off(event, refresh);
    };
  }, [router, events, conversationId]);
}

const conversationEvents = ["conversation:updated", "message:created", "conversation:activity", "conversation:escalated"] as const;
const alertEvents = ["alert:raised", "alert:acknowledged"] as const;

/** For the inbox (every conversation) or one conversation's page. */
export function LiveRefresh({ conversationId }: { conversationId?: string }) {
  useRefreshOn(conversationEvents, conversationId);
  return null;
}

/** For the supervisor's alert list. */
export function AlertsLiveRefresh() {
  useRefreshOn(alertEvents);
  return null;
}
