/**
 * When a failed delivery is tried again: exponential backoff from `baseMs`, each wait at most an
 * hour, until the waits add up to a day; then the delivery is given up (and can be resent by hand).
 */

export const DEFAULT_RETRY_BASE_MS = 10_000;
const MAX_WAIT_MS = 60 * 60 * 1000;
export const RETRY_FOR_MS = 24 * 60 * 60 * 1000;

export function retryWaitMs(failedAttempts: number, baseMs: number): number {
  return Math.min(MAX_WAIT_MS, baseMs * 2 ** Math.max(0, failedAttempts - 1));
}

/** The total wait before attempt number `attempts + 1`. */
function waitedMs(failedAttempts: number, baseMs: number): number {
  let total = 0;
  for (let n = 1; n <= failedAttempts; n++) total += retryWaitMs(n, baseMs);
  return total;
}

export type AfterFailure = { retryAt: Date } | { giveUp: true };

/** What to do after the `failedAttempts`-th failure at `now`. */
export function afterFailure(failedAttempts: number, now: Date, baseMs: number, retryForMs = RETRY_FOR_MS): AfterFailure {
  if (waitedMs(failedAttempts, baseMs) > retryForMs) return { giveUp: true };
  return { retryAt: new Date(now.getTime() + retryWaitMs(failedAttempts, baseMs)) };
}
