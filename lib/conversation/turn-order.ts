import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { getDb, type Db } from "../db";
import { leaseExpiry, TURN_LEASE_RENEW_MS } from "./turn-lease";

/**
 * Work on one conversation runs one piece after another, on every instance together: customer
 * turns in the order they were sent, and a staff decision the AI announces never lands in the
 * middle of a turn the AI is still answering. Across instances the conversation's turn lease in
 * the database decides who works; inside one process a queue per conversation keeps this
 * instance's own pieces in line without asking the database.
 */

/** Between polls for a lease another instance holds; short at first, since most turns are short. */
const FIRST_POLL_MS = 25;
const LONGEST_POLL_MS = 500;

export interface TurnLane {
  /** Who this lane is in the lease columns. */
  readonly owner: string;
  /** The database whose lease columns this lane writes. */
  db(): Promise<Db>;
  /** Runs `work` after this process's earlier work on the conversation, holding its lease (waiting for it if need be). */
  inOrder<T>(conversationId: string, work: () => Promise<T>): Promise<T>;
  /** Runs `work` after this process's earlier work on the conversation, without holding the lease. */
  inProcessOrder<T>(conversationId: string, work: () => Promise<T>): Promise<T>;
  /** Takes the lease with one conditional write; false when another instance holds a live one. */
  tryLease(db: Db, conversationId: string): Promise<boolean>;
  /** Runs `work` under a lease already taken, renewing it meanwhile, and gives it back after. */
  holding<T>(db: Db, conversationId: string, work: () => Promise<T>): Promise<T>;
  /** Marks the conversation as having work on its way in this process until the returned function is called. */
  hold(conversationId: string): () => void;
  /** Conversations this process has work queued or on its way for. */
  busy(): ReadonlySet<string>;
}

export function createTurnLane(owner: string, openDb: () => Promise<Db> = getDb): TurnLane {
  const queues = new Map<string, Promise<unknown>>();
  const holds = new Map<string, number>();

  function hold(conversationId: string): () => void {
    holds.set(conversationId, (holds.get(conversationId) ?? 0) + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = holds.get(conversationId)! - 1;
      if (left === 0) holds.delete(conversationId);
      else holds.set(conversationId, left);
    };
  }

  function inProcessOrder<T>(conversationId: string, work: () => Promise<T>): Promise<T> {
    const release = hold(conversationId);
    const previous = queues.get(conversationId) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(work);
    queues.set(conversationId, next);
    void next.finally(() => {
      release();
      if (queues.get(conversationId) === next) queues.delete(conversationId);
    }).catch(() => undefined);
    return next;
  }

  async function tryLease(db: Db, conversationId: string): Promise<boolean> {
    const now = new Date();
    // The same rule as mayTakeLease, as one conditional update: of two instances asking at once,
    // the database lets exactly one change the row.
    const { count } = await db.conversation.updateMany({
      where: { id: conversationId, OR: [{ turnLeaseUntil: null }, { turnLeaseUntil: { lt: now } }, { turnLeaseOwner: owner }] },
      data: { turnLeaseOwner: owner, turnLeaseUntil: leaseExpiry(now) },
    });
    return count === 1;
  }

  async function holding<T>(db: Db, conversationId: string, work: () => Promise<T>): Promise<T> {
    const renewal = setInterval(() => {
      db.conversation
        .updateMany({ where: { id: conversationId, turnLeaseOwner: owner }, data: { turnLeaseUntil: leaseExpiry(new Date()) } })
        .catch((error: unknown) => console.error(`Renewing the turn lease of conversation ${conversationId} failed:`, error));
    }, TURN_LEASE_RENEW_MS);
    renewal.unref();
    try {
      return await work();
    } finally {
      clearInterval(renewal);
      await db.conversation.updateMany({ where: { id: conversationId, turnLeaseOwner: owner }, data: { turnLeaseOwner: null, turnLeaseUntil: null } });
    }
  }

  async function waitForLease(db: Db, conversationId: string): Promise<void> {
    for (let wait = FIRST_POLL_MS; !(await tryLease(db, conversationId)); wait = Math.min(wait * 2, LONGEST_POLL_MS)) {
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }

  return {
    owner,
    db: openDb,
    inOrder: (conversationId, work) =>
      inProcessOrder(conversationId, async () => {
        const db = await openDb();
        await waitForLease(db, conversationId);
        return holding(db, conversationId, work);
      }),
    inProcessOrder,
    tryLease,
    holding,
    hold,
    busy: () => new Set([...holds.keys()]),
  };
}

/** This process's lane; the owner is new at every start, so a restarted instance never inherits a dead one's lease. */
export const turnLane = createTurnLane(`${hostname()}/${process.pid}/${randomUUID()}`);

export function inConversationOrder<T>(conversationId: string, work: () => Promise<T>): Promise<T> {
  return turnLane.inOrder(conversationId, work);
}
