"use client";

import { useEffect, useMemo } from "react";
import { consoleSocket } from "@/lib/realtime/console-socket";
import { typingSender } from "@/lib/realtime/typing-sender";

/**
 * Tells the customer "Maya is typing…" while the agent who has the conversation writes a reply.
 * Notes and whispers are never for the customer, so only `replying` drafts count.
 */
export function useTypingSignal(conversationId: string, replying: boolean) {
  const sender = useMemo(
    () =>
      typingSender(
        (update) => {
          // Not buffered while offline: a stale "typing" after reconnecting would mislead the customer.
          const socket = consoleSocket();
          if (socket.connected) socket.emit("typing:set", { conversationId, typing: update.typing });
        },
        { preview: false },
      ),
    [conversationId],
  );
  useEffect(() => {
    if (!replying) sender.stop();
    return () => sender.stop();
  }, [sender, replying]);
  return useMemo(() => ({ draft: (text: string) => (replying ? sender.input(text) : sender.stop()), stop: () => sender.stop() }), [sender, replying]);
}
