"use client";

import { useEffect, useState } from "react";
import { consoleSocket } from "@/lib/realtime/console-socket";
import type { PresenceState } from "@/lib/realtime/events";

const labels: Record<PresenceState, string> = { online: "Online", away: "Away", offline: "Offline" };
const dots: Record<PresenceState, string> = { online: "bg-emerald-500", away: "bg-amber-400", offline: "bg-slate-400" };

export function PresenceControl() {
  const [presence, setPresence] = useState<PresenceState>("offline");
  const [connected, setConnected] = useState(false);
  const [error, setError] = useState<string | null>(null);

  function choose(next: PresenceState) {
    consoleSocket().emit("presence:set", { presence: next }, (result) => {
      if (result.ok) {
        setPresence(result.data.presence);
        setError(null);
      } else {
        setError(result.error);
      }
    });
  }

  useEffect(() => {
    const socket = consoleSocket();
    const onConnect = () => {
      setConnected(true);
      // Opening the console means being available, as in every desk agents already use.
      choose("online");
    };
    const onDisconnect = () => setConnected(false);
    socket.on("connect", onConnect);
    socket.on("disconnect", onDisconnect);
    if (socket.connected) onConnect();
    return () => {
      socket.off("connect", onConnect);
      socket.off("disconnect", onDisconnect);
    };
  }, []);

  return (
    <label className="flex items-center gap-2 text-sm text-slate-600">
      <span className={`h-2.5 w-2.5 rounded-full ${connected ? dots[presence] : "bg-slate-300"}`} aria-hidden />
      <span className="sr-only">Presence</span>
      <select
        aria-label="Presence"
        data-testid="presence"
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
        value={presence}
        disabled={!connected}
        onChange={(e) => choose(e.target.value as PresenceState)}
      >
        {(Object.keys(labels) as PresenceState[]).map((p) => (
          <option key={p} value={p}>
            {labels[p]}
          </option>
        ))}
      </select>
      {error ? <span role="alert" className="text-red-600">{error}</span> : null}
    </label>
  );
}
