/**
 * Sign-in rate limiting: after too many failures for one account (or from one address) within
 * a window, further attempts are refused until the oldest failure leaves the window. Guessing a
 * password then takes days instead of seconds, while a person who mistypes twice is unaffected.
 */
export interface ThrottlePolicy {
  maxFailures: number;
  windowMs: number;
}

export const defaultThrottlePolicy: ThrottlePolicy = { maxFailures: 5, windowMs: 15 * 60_000 };

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

/** Pure: decides from the failure timestamps of one key. */
export function decideSignInAttempt(
  failures: readonly number[],
  now: number,
  policy: ThrottlePolicy = defaultThrottlePolicy,
): ThrottleDecision {
  const recent = failures.filter((at) => now - at < policy.windowMs).sort((a, b) => a - b);
  if (recent.length < policy.maxFailures) return { allowed: true };
  const oldestCounted = recent[recent.length - policy.maxFailures];
  return { allowed: false, retryAfterMs: oldestCounted + policy.windowMs - now };
}

/** In-process failure memory; a multi-instance deployment would keep it in Redis. */
export class SignInThrottle {
  private failures = new Map<string, number[]>();

  constructor(private readonly policy: ThrottlePolicy = defaultThrottlePolicy) {}

  check(keys: readonly string[], now = Date.now()): ThrottleDecision {
    for (const key of keys) {
      const decision = decideSignInAttempt(this.failures.get(key) ?? [], now, this.policy);
      if (!decision.allowed) return decision;
    }
    return { allowed: true };
  }

  recordFailure(keys: readonly string[], now = Date.now()): void {
    for (const key of keys) {
      const kept = (this.failures.get(key) ?? []).filter((at) => now - at < this.policy.windowMs);
      kept.push(now);
      this.failures.set(key, kept);
    }
  }

  recordSuccess(keys: readonly string[]): void {
    for (const key of keys) this.failures.delete(key);
  }
}
