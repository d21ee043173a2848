"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { consoleSocket, sendConsoleAction } from "@/lib/realtime/console-socket";
import type { SupervisorAlertView } from "@/lib/realtime/events";
import { alertRuleTitle } from "@/lib/alerts/rule-titles";
import { ActionError, Button } from "@/components/ui";
import { chime } from "./chime";

/** Acknowledges one alert for every supervisor; each console drops it when the server confirms. */
export function AcknowledgeAlertButton({ alertId }: { alertId: string }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="flex flex-col items-end gap-1">
      <Button
        size="sm"
        variant="secondary"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          setError(await sendConsoleAction("console:alert_ack", { alertId }));
          setBusy(false);
        }}
      >
        Acknowledge
      </Button>
      <ActionError message={error} />
    </div>
  );
}

async function fetchOpenAlerts(): Promise<SupervisorAlertView[] | null> {
  const response = await fetch("/api/supervisor/alerts?status=open", { cache: "no-store" });
  if (!response.ok) return null;
  return ((await response.json()) as { alerts: SupervisorAlertView[] }).alerts;
}

/**
 * The supervisor's bell in the console header: how many alerts are open, the list to acknowledge
 * them from, and a chime and a system notification the moment a new one is raised.
 */
export function AlertTray() {
  const [alerts, setAlerts] = useState<SupervisorAlertView[]>([]);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const socket = consoleSocket();
    // Read on every (re)connect: an alert raised while the socket was down was not pushed.
    const onConnect = () => {
      void fetchOpenAlerts().then((current) => current && setAlerts(current));
    };
    const onRaised = (alert: SupervisorAlertView) => {
      setAlerts((current) => [alert, ...current.filter((a) => a.id !== alert.id)]);
      chime();
      // AssignmentAlerts asks for the permission on every console page.
      if ("Notification" in window && Notification.permission === "granted") {
        new Notification(`Alert: ${alertRuleTitle(alert.rule)}`, { body: alert.message, tag: alert.id });
      }
    };
    const onAcknowledged = (alert: SupervisorAlertView) => setAlerts((current) => current.filter((a) => a.id !== alert.id));
    socket.on("connect", onConnect);
    socket.on("alert:raised", onRaised);
    socket.on("alert:acknowledged", onAcknowledged);
    if (socket.connected) onConnect();
    return () => {
      socket.off("connect", onConnect);
      socket.off("alert:raised", onRaised);
      socket.off("alert:acknowledged", onAcknowledged);
    };
  }, []);

  return (
    <div className="relative">
      <button
        type="button"
        aria-label={`Alerts: ${alerts.length} open`}
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
        className="relative flex h-8 w-8 items-center justify-center rounded-md text-slate-600 hover:bg-slate-100 hover:text-slate-900"
      >
        <svg viewBox="0 0 20 20" fill="currentColor" className="h-5 w-5" aria-hidden>
          <path d="M10 2a6 6 0 0 0-6 6v3.586l-.707.707A1 1 0 0 0 4 14h12a1 1 0 0 0 .707-1.707L16 11.586V8a6 6 0 0 0-6-6Zm0 16a3 3 0 0 1-2.83-2h5.66A3 3 0 0 1 10 18Z" />
        </svg>
        {alerts.length > 0 ? (
          <span data-testid="alert-count" className="absolute -top-1 -right-1 min-w-4 rounded-full bg-red-600 px-1 text-center text-[10px] leading-4 font-semibold text-white">
            {alerts.length}
          </span>
        ) : null}
      </button>
      {open ? (
        <div data-testid="alert-tray" className="absolute right-0 z-50 mt-2 w-96 rounded-lg border border-slate-200 bg-white shadow-lg">
          <div className="flex items-center justify-between border-b border-slate-100 px-4 py-2">
            <h2 className="text-sm font-semibold text-slate-900">Open alerts</h2>
            <Link href="/supervisor/alerts" className="text-sm text-brand-700 hover:underline" onClick={() => setOpen(false)}>
              All alerts
            </Link>
          </div>
          {alerts.length === 0 ? (
            <p className="px-4 py-3 text-sm text-slate-500">Nothing needs your attention.</p>
          ) : (
            <ul className="max-h-96 divide-y divide-slate-100 overflow-y-auto">
              {alerts.map((a) => (
                <li key={a.id} data-testid="open-alert" data-alert-id={a.id} data-alert-rule={a.rule} className="flex gap-3 px-4 py-3">
                  <div className="min-w-0 flex-1">
                    <p className="text-sm font-medium text-slate-900">{alertRuleTitle(a.rule)}</p>
                    <p className="mt-0.5 text-sm text-slate-600">{a.message}</p>
                    {a.conversationId ? (
                      <Link href={`/console/${a.conversationId}`} className="mt-1 inline-block text-sm font-medium text-brand-700 hover:underline">
                        Open conversation
                      </Link>
                    ) : null}
                  </div>
                  <AcknowledgeAlertButton alertId={a.id} />
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
    </div>
  );
}
