import type { Db, Message } from "../db";
import { payloadsOf } from "../events/catalogue";
import { currentOwner, owedHandoff } from "./ownership";
import { conversationsToResume, interruptedTurnStillOwed, type TurnLease } from "./turn-lease";
import type { TurnLane } from "./turn-order";

/**
 * The turns owed to customers, kept in the database rather than in memory: a customer message is
 * stored with `turnPending` set (before the widget is told it is saved), and whichever instance
 * holds the conversation's turn lease answers its owed messages one by one in the order they were
 * sent. A message stored while another instance holds the lease simply waits for that holder; a
 * holder that died is replaced by the sweep once its lease runs out.
 */

/** How often an instance looks for owed turns nobody is answering (after a crash, or a missed wake-up). */
export const OWED_TURN_SWEEP_MS = 5_000;
/** One sweep's share, so a long outage's backlog is picked up over several sweeps rather than all at once. */
const SWEEP_BATCH = 500;

export type TurnRunner<Input, Outcome> = (db: Db, message: Message, input: Input | undefined) => Promise<Outcome>;

export interface OwedTurns<Input, Outcome> {
  /**
   * The turn of a message this process is storing: `stored` is the stored message, or null when
   * there is no turn to give (a resent duplicate). Resolves with the turn's outcome, or null when
   * another instance answers it.
   */
  answer(conversationId: string, stored: Promise<Message | null>, input: Input): Promise<Outcome | null>;
  /** Answers every owed turn whose conversation nobody is answering; resolves when they are done. */
  resume(): Promise<number>;
  /** Resumes owed turns now and every `everyMs`; the returned function stops it. */
  startSweep(everyMs?: number): () => void;
}

/**
 * `endedTurn` says of an outcome whether its own write already ended the turn (a reply stored as
 * ending it), so the turn is not marked settled a second time.
 */
export function createOwedTurns<Input, Outcome>(lane: TurnLane, run: TurnRunner<Input, Outcome>, endedTurn: (outcome: Outcome) => boolean = () => false): OwedTurns<Input, Outcome> {
  /** Turns this process was asked for, with the inputs they were asked with (replays supply past moments). */
  const awaited = new Map<string, { input: Input; settle: (outcome: Outcome | null) => void; fail: (error: unknown) => void }>();

  async function settled(db: Db, messageId: string): Promise<void> {
    await db.message.updateMany({ where: { id: messageId, turnPending: true }, data: { turnPending: false } });
  }

  /** For a message nobody here asked about: it may be one whose turn a crash cut short. */
  async function stillOwed(db: Db, message: Message): Promise<boolean> {
    const [events, aiAfter] = await Promise.all([
      db.conversationEvent.findMany({
        where: { conversationId: message.conversationId, type: { in: ["classification", "escalation_decision", "ownership_changed", "reopened"] } },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, type: true, payload: true },
      }),
      db.message.count({ where: { conversationId: message.conversationId, author: "ai", seq: { gt: message.seq } } }),
    ]);
    return interruptedTurnStillOwed({
      trailWritten: payloadsOf("classification", events).some(({ payload }) => payload.messageId === message.id),
      owner: currentOwner(events),
      answeredAfter: aiAfter > 0,
      handoffOwed: owedHandoff(events)?.messageId === message.id,
    });
  }

  async function answerOne(db: Db, message: Message): Promise<void> {
    const asked = awaited.get(message.id);
    awaited.delete(message.id);
    try {
      if (!asked && !(await stillOwed(db, message))) {
        await settled(db, message.id);
        return;
      }
      const outcome = await run(db, message, asked?.input);
      if (!endedTurn(outcome)) await settled(db, message.id);
      asked?.settle(outcome);
    } catch (error) {
      // A turn that threw would throw the same way again; the message stays in the log for the
      // team, and the next owed message is not held up behind it.
      await settled(db, message.id).catch(() => undefined);
      if (asked) asked.fail(error);
      else console.error(`Resumed turn for message ${message.id} failed:`, error);
    }
  }

  function nextOwed(db: Db, conversationId: string) {
    return db.message.findFirst({ where: { conversationId, turnPending: true }, orderBy: { seq: "asc" } });
  }

  function drain(conversationId: string): Promise<void> {
    return lane.inProcessOrder(conversationId, async () => {
      const db = await lane.db();
      // One owed message per lease: the look that must follow every release finds the next one.
      while (await lane.tryLease(db, conversationId)) {
        await lane.holding(db, conversationId, async () => {
          const message = await nextOwed(db, conversationId);
          if (message) await answerOne(db, message);
        });
        // A message stored on another instance just before the release found the lease taken and
        // was left to this holder; looking once more after releasing means it is never left to nobody.
        if (!(await db.message.findFirst({ where: { conversationId, turnPending: true }, select: { id: true } }))) return;
      }
    });
  }

  async function answer(conversationId: string, stored: Promise<Message | null>, input: Input): Promise<Outcome | null> {
    // Held from before the message is stored, so this instance's sweep leaves it to this call.
    const release = lane.hold(conversationId);
    try {
      const message = await stored.catch(() => null);
      if (!message) return null;
      const outcome = new Promise<Outcome | null>((settle, fail) => awaited.set(message.id, { input, settle, fail }));
      // A failed turn is reported to the caller below, once the drain is over; until then it is not unhandled.
      outcome.catch(() => undefined);
      try {
        await drain(conversationId);
      } finally {
        // Not answered here: another instance held the lease and answers it.
        awaited.get(message.id)?.settle(null);
        awaited.delete(message.id);
      }
      return await outcome;
    } finally {
      release();
    }
  }

  async function resume(): Promise<number> {
    const db = await lane.db();
    const owed = await db.message.findMany({ where: { turnPending: true }, orderBy: { createdAt: "asc" }, take: SWEEP_BATCH, select: { conversationId: true, seq: true } });
    if (owed.length === 0) return 0;
    const rows = await db.conversation.findMany({ where: { id: { in: [...new Set(owed.map((m) => m.conversationId))] } }, select: { id: true, turnLeaseOwner: true, turnLeaseUntil: true } });
    const leases = new Map<string, TurnLease>(rows.map((c) => [c.id, { owner: c.turnLeaseOwner, until: c.turnLeaseUntil }]));
    const conversations = conversationsToResume(owed, leases, lane.busy(), new Date());
    const drained = await Promise.allSettled(conversations.map((id) => drain(id)));
    for (const result of drained) if (result.status === "rejected") console.error("Resuming owed turns failed:", result.reason);
    return conversations.length;
  }

  function startSweep(everyMs = OWED_TURN_SWEEP_MS): () => void {
    let running = false;
    const sweep = () => {
      // A slow sweep is never overlapped by the next one.
      if (running) return;
      running = true;
      resume()
        .catch((error: unknown) => console.error("Looking for owed turns failed:", error))
        .finally(() => {
          running = false;
        });
    };
    sweep();
    const timer = setInterval(sweep, everyMs);
    timer.unref();
    return () => clearInterval(timer);
  }

  return { answer, resume, startSweep };
}
