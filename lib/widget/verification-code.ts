import { createHmac, randomInt, timingSafeEqual } from "node:crypto";

/**
 * The decisions of the email one-time code, kept free of the database so each rule is tested on
 * its own: how often a code may be requested, how long it lives and how many guesses it allows.
 */
export const CODE_LENGTH = 6;
export const CODE_TTL_MS = 10 * 60 * 1000;
export const MAX_ATTEMPTS = 5;
/** Codes one conversation may request per window, and codes one address may receive. */
export const REQUEST_WINDOW_MS = 15 * 60 * 1000;
export const MAX_REQUESTS_PER_CONVERSATION = 3;
export const MAX_REQUESTS_PER_EMAIL = 5;

export function generateCode(): string {
  return String(randomInt(0, 10 ** CODE_LENGTH)).padStart(CODE_LENGTH, "0");
}

/** Keyed so a leaked table of hashes cannot be reversed by hashing all million codes. */
export function hashCode(code: string, secret: string): string {
  return createHmac("sha256", secret).update(`verification-code:${code}`).digest("hex");
}

export type RequestDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export function decideCodeRequest(
  recent: { byConversation: Date[]; byEmail: Date[] },
  now: Date,
): RequestDecision {
  const since = now.getTime() - REQUEST_WINDOW_MS;
  const inWindow = (dates: Date[]) => dates.filter((d) => d.getTime() > since).sort((a, b) => a.getTime() - b.getTime());
  const conv = inWindow(recent.byConversation);
  const email = inWindow(recent.byEmail);
  const blockers = [
    conv.length >= MAX_REQUESTS_PER_CONVERSATION ? conv[conv.length - MAX_REQUESTS_PER_CONVERSATION] : null,
    email.length >= MAX_REQUESTS_PER_EMAIL ? email[email.length - MAX_REQUESTS_PER_EMAIL] : null,
  ].filter((d): d is Date => d !== null);
  if (!blockers.length) return { allowed: true };
  // The window reopens when the oldest request that still counts leaves it.
  const reopensAt = Math.max(...blockers.map((d) => d.getTime() + REQUEST_WINDOW_MS));
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((reopensAt - now.getTime()) / 1000)) };
}

export interface StoredCode {
  codeHash: string;
  attempts: number;
  expiresAt: Date;
  consumedAt: Date | null;
}

export type CheckResult = "accepted" | "wrong" | "expired" | "too_many_attempts" | "used";

export function checkCode(stored: StoredCode, given: string, secret: string, now: Date): CheckResult {
  if (stored.consumedAt) return "used";
  if (stored.expiresAt.getTime() <= now.getTime()) return "expired";
  if (stored.attempts >= MAX_ATTEMPTS) return "too_many_attempts";
  const expected = Buffer.from(stored.codeHash, "utf8");
  const actual = Buffer.from(hashCode(given.trim(), secret), "utf8");
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? "accepted" : "wrong";
}
