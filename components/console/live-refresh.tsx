"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { consoleSocket } from "@/lib/realtime/console-socket";

/**
 * Re-renders the server-rendered page when something it shows changes, without reloading it:
 * the page's data is read fresh on the server, form fields and scroll position stay as they are.
 * Bursts (an AI reply streams several events) are folded into one refresh.
 */
export function LiveRefresh({ conversationId }: { conversationId?: string }) {
  const router = useRouter();
  useEffect(() => {
    const socket = consoleSocket();
    let pending: ReturnType<typeof setTimeout> | null = null;
    const refresh = (payload: { conversationId: string }) => {
      if (conversationId && payload.conversationId !== conversationId) return;
      pending ??= setTimeout(() => {
        pending = null;
        router.refresh();
      }, 150);
    };
    socket.on("conversation:updated", refresh);
    socket.on("message:created", refresh);
    socket.on("conversation:activity", refresh);
    socket.on("conversation:escalated", refresh);
    return () => {
      if (pending) clearTimeout(pending);
      socket.off("conversation:updated", refresh);
      socket.off("message:created", refresh);
      socket.off("conversation:activity", refresh);
      socket.off("conversation:escalated", refresh);
    };
  }, [router, conversationId]);
  return null;
}
