/**
 * Contact-frequency anomalies: a customer writing far more often than they usually do is a sign of
 * something broken for them (or of account abuse) that a person should look at.
 */

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** How far back a customer's own baseline looks, not counting the last 24 hours. */
export const BASELINE_WINDOW_DAYS = 30;

/**
 * The lowest baseline a spike is measured against. Without it a customer with no history
 * (baseline 0) would count as a spike on their first contact.
 */
export const CONTACT_BASELINE_FLOOR_PER_DAY = 1;

export interface ContactAnomaly {
  contactsLast24h: number;
  /** Average contacts a day over the 30 days before the last 24 hours. */
  baselinePerDay: number;
}

export function scoreContactAnomaly(contactTimestamps: ReadonlyArray<Date | number>, now: Date | number): ContactAnomaly {
  const nowMs = typeof now === "number" ? now : now.getTime();
  const recentFrom = nowMs - DAY_MS;
  const baselineFrom = recentFrom - BASELINE_WINDOW_DAYS * DAY_MS;
  let contactsLast24h = 0;
  let baselineContacts = 0;
  for (const timestamp of contactTimestamps) {
    const at = typeof timestamp === "number" ? timestamp : timestamp.getTime();
    // Clock skew between nodes can stamp a contact slightly in the future; it is not part of any window.
    if (at > nowMs) continue;
    if (at > recentFrom) contactsLast24h++;
    else if (at > baselineFrom) baselineContacts++;
  }
  return { contactsLast24h, baselinePerDay: baselineContacts / BASELINE_WINDOW_DAYS };
}

/**
 * True when `current` is more than `factor` times the baseline, with the baseline raised to `floor`
 * first. Shared by per-customer contact anomalies and workspace-wide volume alerts.
 */
export function isSpikeAgainstBaseline(current: number, baseline: number, factor: number, floor: number): boolean {
  return current > factor * Math.max(baseline, floor);
}
