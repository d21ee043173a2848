"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { consoleSocket } from "@/lib/realtime/console-socket";
import type { ServerToClientEvents } from "@/lib/realtime/events";
import { chime } from "./chime";

type Update = Parameters<ServerToClientEvents["conversation:updated"]>[0];
type Escalation = Parameters<ServerToClientEvents["conversation:escalated"]>[0];
interface QueueNotice {
  conversationId: string;
  reason: string;
}

/**
 * Tells everyone on a console page other than the inbox that a handoff joined the queue: a toast,
 * a chime and a system notification when allowed. The inbox shows the new row itself. A handoff
 * routed straight to someone is that person's assignment alert instead.
 */
export function QueueAlerts() {
  const pathname = usePathname();
  const onInbox = pathname === "/console";
  const onInboxRef = useRef(onInbox);
  const [notices, setNotices] = useState<QueueNotice[]>([]);
  // The inbox lists what the toasts announced: arriving there clears them (during render, so the
  // stale toasts never paint).
  const [wasOnInbox, setWasOnInbox] = useState(onInbox);
  if (onInbox !== wasOnInbox) {
    setWasOnInbox(onInbox);
    if (onInbox) setNotices([]);
  }

  useEffect(() => {
    const socket = consoleSocket();
    // Why it was handed over arrives a moment before the routing outcome.
    const reasons = new Map<string, string>();
    const onEscalated = (escalation: Escalation) => {
      reasons.set(escalation.conversationId, escalation.reason);
    };
    const onUpdated = (update: Update) => {
      // A handoff is announced (conversation:escalated) before routing leaves it in the queue; a
      // colleague putting a conversation back in the queue is not a new handoff.
      const reason = reasons.get(update.conversationId);
      if (reason === undefined) return;
      reasons.delete(update.conversationId);
      if (update.status !== "waiting_human" || update.assigneeId !== null || onInboxRef.current) return;
      const notice = { conversationId: update.conversationId, reason };
      setNotices((current) => [notice, ...current.filter((n) => n.conversationId !== notice.conversationId)].slice(0, 3));
      chime();
      if ("Notification" in window && Notification.permission === "granted") {
        new Notification("A customer is waiting for a person", { body: notice.reason, tag: `queue-${notice.conversationId}` });
      }
    };
    socket.on("conversation:escalated", onEscalated);
    socket.on("conversation:updated", onUpdated);
    return () => {
      socket.off("conversation:escalated", onEscalated);
      socket.off("conversation:updated", onUpdated);
    };
  }, []);

  useEffect(() => {
    onInboxRef.current = onInbox;
  }, [onInbox]);

  if (notices.length === 0) return null;
  const dismiss = (notice: QueueNotice) => setNotices((current) => current.filter((n) => n !== notice));
  return (
    <div className="fixed bottom-4 left-4 z-50 flex w-96 max-w-[calc(100vw-2rem)] flex-col gap-2">
      {notices.map((n) => (
        <div key={n.conversationId} role="status" data-testid="queue-alert" className="rounded-lg border border-amber-200 bg-white p-4 shadow-lg">
          <p className="text-sm font-semibold text-slate-900">A customer is waiting in the queue</p>
          <p className="mt-1 text-sm text-slate-700">{n.reason}</p>
          <div className="mt-2 flex gap-3 text-sm">
            <Link href={`/console/${n.conversationId}`} className="font-medium text-brand-700 hover:underline" onClick={() => dismiss(n)}>
              Open
            </Link>
            <Link href="/console?view=waiting" className="font-medium text-brand-700 hover:underline" onClick={() => dismiss(n)}>
              See the queue
            </Link>
            <button type="button" className="text-slate-700 hover:text-slate-900" onClick={() => dismiss(n)}>
              Dismiss
            </button>
          </div>
        </div>
      ))}
    </div>
  );
}
