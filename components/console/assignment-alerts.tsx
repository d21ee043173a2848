"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { consoleSocket } from "@/lib/realtime/console-socket";
import type { AssignmentNotice } from "@/lib/realtime/events";
import { chime } from "./chime";

/**
 * Tells an agent the moment a conversation is given to them: a banner on every console page,
 * a short chime, and a system notification when the browser allows them.
 */
export function AssignmentAlerts() {
  const [notices, setNotices] = useState<AssignmentNotice[]>([]);

  useEffect(() => {
    const socket = consoleSocket();
    const onAssigned = (notice: AssignmentNotice) => {
      setNotices((current) => [notice, ...current.filter((n) => n.conversationId !== notice.conversationId)].slice(0, 3));
      chime();
      if ("Notification" in window && Notification.permission === "granted") {
        new Notification(`New conversation: ${notice.customerName ?? "a visitor"}`, { body: notice.reason, tag: notice.conversationId });
      }
    };
    socket.on("assignment:created", onAssigned);
    if ("Notification" in window && Notification.permission === "default") void Notification.requestPermission();
    return () => {
      socket.off("assignment:created", onAssigned);
    };
  }, []);

  if (notices.length === 0) return null;
  return (
    <div className="fixed right-4 bottom-4 z-50 flex w-96 flex-col gap-2">
      {notices.map((n) => (
        <div key={n.conversationId} role="status" data-testid="assignment-alert" className="rounded-lg border border-brand-100 bg-white p-4 shadow-lg">
          <p className="text-sm font-semibold text-slate-900">New conversation for you: {n.customerName ?? "a visitor"}</p>
          <p className="mt-1 text-sm text-slate-600">{n.reason}</p>
          <div className="mt-2 flex gap-3 text-sm">
            <Link href={`/console/${n.conversationId}`} className="font-medium text-brand-700 hover:underline" onClick={() => setNotices((c) => c.filter((x) => x !== n))}>
              Open
            </Link>
            <button type="button" className="text-slate-500 hover:text-slate-800" onClick={() => setNotices((c) => c.filter((x) => x !== n))}>
              Dismiss
            </button>
          </div>
        </div>
      ))}
    </div>
  );
}
