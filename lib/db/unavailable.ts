/**
 * Prisma codes for a database that could not be reached or answered in time, or a write that
 * lost a conflict: the same request succeeds when sent again. Anything else (a value the
 * database refuses, a broken constraint) fails the same way every time.
 */
const TRANSIENT_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2034"]);

/** True when a failed database call is worth retrying unchanged. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; typeof e === "object" && e !== null && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, errorCode } = e as { code?: unknown; errorCode?: unknown };
    if (TRANSIENT_CODES.has(String(code)) || TRANSIENT_CODES.has(String(errorCode))) return true;
  }
  return false;
}
