import type { Db } from "../db";
import type { CounterState, LimitDecision } from "../rate-limit/decisions";
import { claimUntil, clearCounter, countAttempt, giveBack, hitWindow } from "../rate-limit/store";

/**
 * Sign-in throttling that slows a password guesser without handing anyone a way to lock an owner
 * out. Attempts are counted per account and client address together: after a few failures that
 * pair waits 30 s, then twice as long after each further failure, up to 15 minutes, while the
 * same account signing in from any other address is unaffected. A looser cap per address limits
 * one client trying many accounts. Every attempt is counted in the shared database before the
 * password is compared, so parallel guesses and several instances cannot exceed the allowance.
 */
export interface SignInPolicy {
  /** Attempts per account and address compared without waiting. */
  freeAttempts: number;
  baseBlockMs: number;
  maxBlockMs: number;
  /** How long an account and address pair's failures are remembered. */
  accountWindowMs: number;
  /** Failed attempts one address may make across all accounts per window. */
  addressLimit: number;
  addressWindowMs: number;
}

export const defaultSignInPolicy: SignInPolicy = {
  freeAttempts: 5,
  baseBlockMs: 30_000,
  maxBlockMs: 15 * 60_000,
  accountWindowMs: 24 * 60 * 60_000,
  addressLimit: 30,
  addressWindowMs: 15 * 60_000,
};

/** The wait after the attempt counted `attempt` (1-based), were it to fail. */
export function backoffMs(attempt: number, policy: SignInPolicy = defaultSignInPolicy): number {
  if (attempt < policy.freeAttempts) return 0;
  const doublings = Math.min(attempt - policy.freeAttempts, 30);
  return Math.min(policy.maxBlockMs, policy.baseBlockMs * 2 ** doublings);
}

export type AccountAttemptDecision =
  | { action: "compare" }
  | { action: "claim"; blockedUntil: Date }
  | { action: "refuse"; retryAfterMs: number };

/**
 * From the account and address counter just after this attempt was counted. From the last free
 * attempt on, an attempt is compared only if it first claims the key until its backoff ends: a
 * failure then leaves the pair waiting, a success clears the key.
 */
export function decideAccountAttempt(counted: CounterState, now: Date, policy: SignInPolicy = defaultSignInPolicy): AccountAttemptDecision {
  const blockedMs = counted.blockedUntil ? counted.blockedUntil.getTime() - now.getTime() : 0;
  if (blockedMs > 0) return { action: "refuse", retryAfterMs: blockedMs };
  const wait = backoffMs(counted.hits, policy);
  if (wait === 0) return { action: "compare" };
  return { action: "claim", blockedUntil: new Date(now.getTime() + wait) };
}

export function signInKeys(email: string, address: string): { account: string; address: string } {
  return { account: `sign-in:account:${email}|${address}`, address: `sign-in:address:${address}` };
}

/** Counts this attempt and says whether its password may be compared. */
export async function admitSignInAttempt(
  db: Db,
  email: string,
  address: string,
  now = new Date(),
  policy: SignInPolicy = defaultSignInPolicy,
): Promise<LimitDecision> {
  const keys = signInKeys(email, address);
  const byAddress = await hitWindow(db, keys.address, { limit: policy.addressLimit, windowMs: policy.addressWindowMs }, now);
  if (!byAddress.allowed) return byAddress;

  const counted = await countAttempt(db, keys.account, policy.accountWindowMs, now);
  if (counted.refused) return counted.refused;
  const decision = decideAccountAttempt(counted.counter, now, policy);
  if (decision.action === "refuse") return { allowed: false, retryAfterMs: decision.retryAfterMs };
  if (decision.action === "claim" && !(await claimUntil(db, keys.account, decision.blockedUntil, now))) {
    return { allowed: false, retryAfterMs: decision.blockedUntil.getTime() - now.getTime() };
  }
  return { allowed: true };
}

/** A right password clears its account and address pair and does not count against the address. */
export async function recordSignInSuccess(db: Db, email: string, address: string): Promise<void> {
  const keys = signInKeys(email, address);
  await Promise.all([clearCounter(db, keys.account), giveBack(db, keys.address)]);
}
