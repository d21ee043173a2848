"use client";

import { useSyncExternalStore } from "react";
import { cx } from "@/components/ui";

function format(seconds: number): string {
  const abs = Math.abs(seconds);
  const m = Math.floor(abs / 60);
  const s = abs % 60;
  const text = m >= 60 ? `${Math.floor(m / 60)}h ${m % 60}m` : `${m}:${String(s).padStart(2, "0")}`;
  return seconds < 0 ? `${text} over` : text;
}

function subscribeToSeconds(onTick: () => void): () => void {
  const timer = setInterval(onTick, 1000);
  return () => clearInterval(timer);
}
// Whole seconds, so every read within a tick returns the same snapshot.
const currentSecond = () => Math.floor(Date.now() / 1000) * 1000;
// The server render and hydration show a placeholder: the server's clock is not the browser's.
const noClockOnServer = () => null;

/** Time left on the first-response target, ticking every second; red once breached. */
export function SlaCountdown({ dueAt }: { dueAt: string | null }) {
  const now = useSyncExternalStore<number | null>(subscribeToSeconds, currentSecond, noClockOnServer);
  if (!dueAt) return <span className="text-slate-600">—</span>;
  if (now === null) return <time dateTime={dueAt}>…</time>;
  const left = Math.round((new Date(dueAt).getTime() - now) / 1000);
  return (
    <time dateTime={dueAt} data-testid="sla" className={cx("tabular-nums", left < 0 ? "font-semibold text-red-600" : left < 120 ? "text-amber-700" : "text-slate-700")}>
      {format(left)}
    </time>
  );
}
