"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { consoleSocket } from "@/lib/realtime/console-socket";
import type { UnansweredAssignmentAlert } from "@/lib/realtime/events";

/** Tells a supervisor, on any console page, that a conversation went unanswered by the person it was given to. */
export function UnansweredAlerts() {
  const [alerts, setAlerts] = useState<UnansweredAssignmentAlert[]>([]);

  useEffect(() => {
    const socket = consoleSocket();
    const onTimedOut = (alert: UnansweredAssignmentAlert) => setAlerts((current) => [alert, ...current.filter((a) => a.conversationId !== alert.conversationId)].slice(0, 3));
    socket.on("assignment:timed_out", onTimedOut);
    return () => {
      socket.off("assignment:timed_out", onTimedOut);
    };
  }, []);

  if (alerts.length === 0) return null;
  return (
    <div className="fixed bottom-4 left-4 z-50 flex w-96 flex-col gap-2">
      {alerts.map((a) => (
        <div key={a.conversationId} role="alert" data-testid="unanswered-alert" className="rounded-lg border border-amber-300 bg-white p-4 shadow-lg">
          <p className="text-sm font-semibold text-slate-900">
            {a.agentName} did not answer {a.customerName ?? "a visitor"} within {a.timeoutSeconds} s
          </p>
          <p className="mt-1 text-sm text-slate-600">{a.reassignedTo ? `It went to ${a.reassignedTo}.` : "It is waiting in the queue for someone to claim it."}</p>
          <div className="mt-2 flex gap-3 text-sm">
            <Link href={`/console/${a.conversationId}`} className="font-medium text-brand-700 hover:underline" onClick={() => setAlerts((c) => c.filter((x) => x !== a))}>
              Open
            </Link>
            <button type="button" className="text-slate-500 hover:text-slate-800" onClick={() => setAlerts((c) => c.filter((x) => x !== a))}>
              Dismiss
            </button>
          </div>
        </div>
      ))}
    </div>
  );
}
