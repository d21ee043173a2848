import type { BusinessHours } from "./settings";

type Weekday = Exclude<keyof BusinessHours, "holidays">;

/**
 * Whether `now` falls inside the workspace's opening hours, read in the workspace's own timezone;
 * a holiday (a date on that same clock) is closed all day.
 */
export function isWithinBusinessHours(hours: BusinessHours, timezone: string, now: Date): boolean {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone: timezone, year: "numeric", month: "2-digit", day: "2-digit", weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)!.value;
  if ((hours.holidays ?? []).includes(`${part("year")}-${part("month")}-${part("day")}`)) return false;
  const weekday = part("weekday").toLowerCase().slice(0, 3) as Weekday;
  const time = `${part("hour")}:${part("minute")}`;
  return hours[weekday].some(([open, close]) => time >= open && time < close);
}
