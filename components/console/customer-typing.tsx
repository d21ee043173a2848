"use client";

import { useEffect, useState } from "react";
import { consoleSocket } from "@/lib/realtime/console-socket";
import { TYPING_LAPSE_MS } from "@/lib/realtime/typing-sender";

/** "Customer is typing…" under the transcript, with their draft when the workspace shows previews. */
export function CustomerTyping({ conversationId }: { conversationId: string }) {
  const [typing, setTyping] = useState<{ preview: string | null } | null>(null);

  useEffect(() => {
    const socket = consoleSocket();
    let lapse: ReturnType<typeof setTimeout> | undefined;
    const onTyping = (update: { conversationId: string; who: "customer" | "agent"; typing: boolean; preview?: string }) => {
      if (update.conversationId !== conversationId || update.who !== "customer") return;
      clearTimeout(lapse);
      setTyping(update.typing ? { preview: update.preview ?? null } : null);
      // An indicator nobody refreshes (a closed tab, a lost network) goes away by itself.
      if (update.typing) lapse = setTimeout(() => setTyping(null), TYPING_LAPSE_MS);
    };
    // The message itself ends the typing.
    const onMessage = (event: { conversationId: string; message: { author: string } }) => {
      if (event.conversationId === conversationId && event.message.author === "customer") setTyping(null);
    };
    socket.on("typing:changed", onTyping);
    socket.on("message:created", onMessage);
    return () => {
      clearTimeout(lapse);
      socket.off("typing:changed", onTyping);
      socket.off("message:created", onMessage);
    };
  }, [conversationId]);

  return (
    <div role="status" aria-live="polite" className="min-h-5 text-sm text-slate-700" data-testid="customer-typing">
      {typing ? (
        <>
          <span className="italic">Customer is typing…</span>
          {typing.preview ? <span className="mt-1 block rounded-md border border-dashed border-slate-300 px-2 py-1 text-slate-700">{typing.preview}</span> : null}
        </>
      ) : null}
    </div>
  );
}
