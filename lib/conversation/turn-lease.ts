import type { Owner } from "../events/catalogue";

/**
 * Decisions about a conversation's turn lease and the turns still owed to its customer, as plain
 * data: the scheduler in turn-order.ts does the reading and writing.
 */

/** Long enough that a renewal is never late under load; short enough that a crash is noticed soon. */
export const TURN_LEASE_MS = 15_000;
/** A holder renews well before expiry, so a slow turn never loses the lease to another instance. */
export const TURN_LEASE_RENEW_MS = 5_000;

export interface TurnLease {
  owner: string | null;
  until: Date | null;
}

/** The moment a lease taken or renewed at `now` runs out. */
export function leaseExpiry(now: Date): Date {
  return new Date(now.getTime() + TURN_LEASE_MS);
}

/** Someone is answering this conversation right now (the holder has renewed within the lease). */
export function leaseIsLive(lease: TurnLease, now: Date): boolean {
  return lease.owner !== null && lease.until !== null && lease.until.getTime() >= now.getTime();
}

/** Whether `me` may take the lease: nobody holds it, the holder stopped renewing, or it is already mine. */
export function mayTakeLease(lease: TurnLease, me: string, now: Date): boolean {
  return !leaseIsLive(lease, now) || lease.owner === me;
}

export interface OwedMessage {
  conversationId: string;
  seq: number;
}

/**
 * The conversations a sweep resumes, oldest owed turn first: those with a message still owed a
 * turn and nobody answering them. A live lease (this instance's included) means its holder drains
 * them; conversations this process is about to answer are left to it.
 */
export function conversationsToResume(owed: readonly OwedMessage[], leases: ReadonlyMap<string, TurnLease>, busyHere: ReadonlySet<string>, now: Date): string[] {
  const resume: string[] = [];
  for (const { conversationId } of owed) {
    if (resume.includes(conversationId) || busyHere.has(conversationId)) continue;
    const lease = leases.get(conversationId);
    if (lease && leaseIsLive(lease, now)) continue;
    resume.push(conversationId);
  }
  return resume;
}

export interface InterruptedTurnFacts {
  /** A decision trail for this message exists: an earlier attempt got past triage. */
  trailWritten: boolean;
  owner: Owner;
  /** The AI spoke after this message (a desk notice such as a specialist joining is not an answer). */
  answeredAfter: boolean;
  /** The message's stored escalation decision hands off and the handoff was never written. */
  handoffOwed: boolean;
}

/**
 * Whether a message still owed a turn should get one. A turn cut short after its decision trail
 * either handed the conversation to a person (who answers now) or may already have spoken; running
 * it again would tell the customer twice. Without a trail the turn never started, so it runs. A
 * turn whose stored decision hands off, cut short before the handoff was written, runs again even
 * after the AI spoke (an action it reported as failed): the rerun hands off from that decision.
 */
export function interruptedTurnStillOwed(facts: InterruptedTurnFacts): boolean {
  if (!facts.trailWritten) return true;
  if (facts.handoffOwed) return true;
  return facts.owner.kind === "ai" && !facts.answeredAfter;
}
