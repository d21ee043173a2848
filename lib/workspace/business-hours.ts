import type { BusinessHours } from "./settings";

const weekdays = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;

/** Whether `now` falls inside the workspace's opening hours, read in the workspace's own timezone. */
export function isWithinBusinessHours(hours: BusinessHours, timezone: string, now: Date): boolean {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone: timezone, weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(now);
  const weekday = parts.find((p) => p.type === "weekday")!.value.toLowerCase().slice(0, 3) as (typeof weekdays)[number];
  const time = `${parts.find((p) => p.type === "hour")!.value}:${parts.find((p) => p.type === "minute")!.value}`;
  return hours[weekday].some(([open, close]) => time >= open && time < close);
}
