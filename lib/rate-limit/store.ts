import { Prisma, type Db } from "../db";
import { blockedForMs, decideWindowHit, windowEnd, windowHasEnded, type CounterState, type LimitDecision, type WindowPolicy } from "./decisions";

/**
 * Counters in the `RateLimit` table, which every instance of the desk shares. Each write is a
 * single conditional statement, so the database, not a process, decides who got which count.
 */

export type Counted = { refused: LimitDecision & { allowed: false }; counter?: undefined } | { refused?: undefined; counter: CounterState };

async function increment(db: Db, key: string, now: Date): Promise<CounterState> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.rateLimit.upsert({
        where: { key },
        create: { key, hits: 1, windowStartedAt: now },
        update: { hits: { increment: 1 } },
        select: { hits: true, windowStartedAt: true, blockedUntil: true },
      });
    } catch (error) {
      // Two first attempts at once: the loser's insert collides and it increments the winner's row.
      const collided = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
      if (!collided || attempt > 0) throw error;
    }
  }
}

/**
 * Counts one attempt against `key` and returns the counter as this attempt left it, or the
 * refusal when the key is blocked already (a blocked attempt is not counted, so someone waiting
 * out a block does not lengthen it by trying again).
 */
export async function countAttempt(db: Db, key: string, windowMs: number, now: Date): Promise<Counted> {
  const existing = await db.rateLimit.findUnique({ where: { key }, select: { hits: true, windowStartedAt: true, blockedUntil: true } });
  if (existing) {
    const blocked = blockedForMs(existing, now);
    if (blocked) return { refused: { allowed: false, retryAfterMs: blocked } };
    if (windowHasEnded(existing, now, windowMs)) {
      // Only the first of several attempts arriving together restarts the window.
      await db.rateLimit.updateMany({
        where: { key, windowStartedAt: existing.windowStartedAt },
        data: { hits: 0, windowStartedAt: now, blockedUntil: null },
      });
    }
  }
  return { counter: await increment(db, key, now) };
}

/** A fixed window of `limit` attempts; past it the key is blocked until the window ends. */
export async function hitWindow(db: Db, key: string, policy: WindowPolicy, now: Date): Promise<LimitDecision> {
  const counted = await countAttempt(db, key, policy.windowMs, now);
  if (counted.refused) return counted.refused;
  const decision = decideWindowHit(counted.counter, now, policy);
  if (!decision.allowed && counted.counter.hits === policy.limit + 1) {
    // Recorded once, by the first attempt over the limit, so later ones are refused on reading.
    await db.rateLimit.updateMany({ where: { key, blockedUntil: null }, data: { blockedUntil: windowEnd(counted.counter, policy) } });
  }
  return decision;
}

/**
 * Takes the one attempt allowed until `blockedUntil`: of several callers finding the key
 * unblocked at once, only the first to write succeeds.
 */
export async function claimUntil(db: Db, key: string, blockedUntil: Date, now: Date): Promise<boolean> {
  const claimed = await db.rateLimit.updateMany({
    where: { key, OR: [{ blockedUntil: null }, { blockedUntil: { lte: now } }] },
    data: { blockedUntil },
  });
  return claimed.count === 1;
}

/** An attempt that turned out legitimate gives its count back. */
export async function giveBack(db: Db, key: string): Promise<void> {
  await db.rateLimit.updateMany({ where: { key, hits: { gt: 0 } }, data: { hits: { decrement: 1 } } });
}

export async function clearCounter(db: Db, key: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key } });
}
