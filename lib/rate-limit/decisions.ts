/**
 * Decisions over one shared counter (a `RateLimit` row). The caller counts an attempt first, in
 * one atomic increment, and decides from the count it got back: parallel attempts each see a
 * different count, so no more of them pass than the limit allows, on any number of instances.
 */
export interface CounterState {
  hits: number;
  windowStartedAt: Date;
  blockedUntil: Date | null;
}

export interface WindowPolicy {
  /** Attempts allowed per window. */
  limit: number;
  windowMs: number;
}

export type LimitDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

/** How long the key is still refused outright; 0 when it is not. */
export function blockedForMs(state: CounterState, now: Date): number {
  return state.blockedUntil ? Math.max(0, state.blockedUntil.getTime() - now.getTime()) : 0;
}

/** The window is over and no block outlives it: counting starts again from zero. */
export function windowHasEnded(state: CounterState, now: Date, windowMs: number): boolean {
  return state.windowStartedAt.getTime() + windowMs <= now.getTime() && blockedForMs(state, now) === 0;
}

/** From the state just after this attempt was counted. */
export function decideWindowHit(counted: CounterState, now: Date, policy: WindowPolicy): LimitDecision {
  const blocked = blockedForMs(counted, now);
  if (blocked) return { allowed: false, retryAfterMs: blocked };
  if (counted.hits <= policy.limit) return { allowed: true };
  return { allowed: false, retryAfterMs: Math.max(1000, windowEnd(counted, policy).getTime() - now.getTime()) };
}

export function windowEnd(state: CounterState, policy: WindowPolicy): Date {
  return new Date(state.windowStartedAt.getTime() + policy.windowMs);
}
