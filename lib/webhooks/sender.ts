import { randomUUID } from "node:crypto";
import os from "node:os";
import { getDb, type Db } from "../db";
import { afterFailure, DEFAULT_RETRY_BASE_MS, RETRY_FOR_MS } from "./retry-schedule";
import { signDelivery, signingSecrets } from "./signing";

/**
 * Sends what the outbox holds. Each instance of the desk runs one sender; a delivery is sent by
 * whoever takes its lease (a conditional update), so two instances never send it at the same
 * time, and a sender that dies mid-send leaves a lease that runs out and a delivery another
 * sender picks up. Deliveries of one conversation go one at a time, in the order they were
 * written: only the earliest still pending is ever taken.
 */

export interface SenderOptions {
  /** How long to wait for a receiver before counting the attempt as failed. */
  timeoutMs?: number;
  /** The first retry's wait; each following one doubles (see retry-schedule.ts). */
  retryBaseMs?: number;
  /** How long the waits may add up to before a delivery is given up; a day unless told. */
  retryForMs?: number;
  /** How often to look for due deliveries when the last look found none. */
  pollMs?: number;
  /** Receivers answered at the same time (always different conversations). */
  concurrency?: number;
  instanceId?: string;
  /** How long a lease outlasts the receiver's time limit, so a slow send is never taken over. */
  leaseMarginMs?: number;
  db?: () => Promise<Db>;
}

/** How long the delivery log keeps what was delivered or given up; it is also what can be resent. */
export const DELIVERY_LOG_DAYS = 30;
const PRUNE_EVERY_MS = 60 * 60 * 1000;

/** Deletes finished deliveries past the log's age; several instances doing it at once delete each row once. */
export async function pruneDeliveryLog(db: Db, now: Date): Promise<number> {
  const before = new Date(now.getTime() - DELIVERY_LOG_DAYS * 24 * 60 * 60 * 1000);
  return (await db.webhookDelivery.deleteMany({ where: { status: { in: ["delivered", "failed"] }, createdAt: { lt: before } } })).count;
}

type Due = Awaited<ReturnType<typeof dueDeliveries>>[number];

async function dueDeliveries(db: Db, now: Date, take: number) {
  return db.webhookDelivery.findMany({
    where: { status: "pending", nextAttemptAt: { lte: now }, OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }], endpoint: { active: true } },
    orderBy: [{ nextAttemptAt: "asc" }, { sequence: "asc" }, { id: "asc" }],
    take,
    include: { endpoint: true },
  });
}

/** The earliest delivery still owed for the same conversation and endpoint: the only one that may be sent. */
async function firstInLine(db: Db, delivery: { endpointId: string; orderKey: string }) {
  return db.webhookDelivery.findFirstOrThrow({
    where: { endpointId: delivery.endpointId, orderKey: delivery.orderKey, status: "pending" },
    orderBy: [{ sequence: "asc" }, { id: "asc" }],
    select: { id: true, nextAttemptAt: true },
  });
}

function describeFailure(error: unknown): string {
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) return "The receiver did not answer in time.";
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : "";
  return `${error instanceof Error ? error.message : String(error)}${cause}`.slice(0, 500);
}

// Events are written in the socket server's module graph and in Next's route bundle; both run in
// this one process, so the started sender is found through globalThis.
const globalForSender = globalThis as unknown as { deskWebhookWakers?: Set<() => void> };

/** A delivery was just committed: the senders of this process look now rather than at their next poll. */
export function nudgeWebhookSender(): void {
  for (const wakeUp of globalForSender.deskWebhookWakers ?? []) wakeUp();
}

export function startWebhookSender(options: SenderOptions = {}) {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const retryBaseMs = options.retryBaseMs ?? DEFAULT_RETRY_BASE_MS;
  const retryForMs = options.retryForMs ?? RETRY_FOR_MS;
  const pollMs = options.pollMs ?? 1_000;
  const concurrency = options.concurrency ?? 4;
  const leaseMs = timeoutMs + (options.leaseMarginMs ?? 15_000);
  const me = options.instanceId ?? `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const openDb = options.db ?? getDb;
  let stopped = false;
  let prunedAt = 0;
  let wake: (() => void) | null = null;

  async function send(db: Db, due: Due): Promise<void> {
    const now = new Date();
    const claimed = await db.webhookDelivery.updateMany({
      where: { id: due.id, status: "pending", nextAttemptAt: { lte: now }, OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] },
      data: { leaseOwner: me, leaseUntil: new Date(now.getTime() + leaseMs) },
    });
    if (claimed.count !== 1) return;
    const mine = { id: due.id, leaseOwner: me };
    // Read again under the lease: another instance may have tried it since (attempts), the secret
    // may have been rotated, and a resend may have put an earlier delivery back in line.
    const delivery = await db.webhookDelivery.findUnique({ where: { id: due.id }, include: { endpoint: true } });
    if (!delivery) return; // its endpoint was removed meanwhile
    if ((await firstInLine(db, delivery)).id !== delivery.id) {
      await db.webhookDelivery.updateMany({ where: mine, data: { leaseOwner: null, leaseUntil: null } });
      return;
    }
    const body = JSON.stringify(delivery.payload);
    const signed = signDelivery(signingSecrets(delivery.endpoint, now), delivery.id, Math.floor(now.getTime() / 1000), body);
    let statusCode: number | null = null;
    let failure: string | null = null;
    try {
      const response = await fetch(delivery.endpoint.url, {
        method: "POST",
        headers: { "content-type": "application/json", "user-agent": "LumenDesk-Webhooks/1", ...signed },
        body,
        redirect: "manual",
        signal: AbortSignal.timeout(timeoutMs),
      });
      statusCode = response.status;
      await response.body?.cancel().catch(() => {});
      if (response.status < 200 || response.status >= 300) failure = `The receiver answered ${response.status}.`;
    } catch (error) {
      failure = describeFailure(error);
    }
    const at = new Date();
    const attempts = delivery.attempts + 1;
    const released = { leaseOwner: null, leaseUntil: null, attempts, lastStatusCode: statusCode, lastError: failure };
    if (!failure) {
      await db.webhookDelivery.updateMany({ where: mine, data: { ...released, status: "delivered", deliveredAt: at } });
      return;
    }
    const next = afterFailure(attempts, at, retryBaseMs, retryForMs);
    await db.webhookDelivery.updateMany({ where: mine, data: { ...released, ...("giveUp" in next ? { status: "failed" } : { nextAttemptAt: next.retryAt }) } });
  }

  /** One pass: sends the first owed delivery of each conversation that is due; returns how many it tried. */
  async function pass(): Promise<number> {
    const db = await openDb();
    const now = new Date();
    const due = await dueDeliveries(db, now, concurrency * 8);
    const queues = new Set<string>();
    const batch: Due[] = [];
    for (const delivery of due) {
      const queue = `${delivery.endpointId} ${delivery.orderKey}`;
      if (queues.has(queue)) continue;
      const first = await firstInLine(db, delivery);
      if (first.id !== delivery.id) {
        // It waits behind an earlier one; moved back, so a long line of one conversation never
        // keeps other conversations' deliveries out of the next pass.
        const later = new Date(Math.max(first.nextAttemptAt.getTime(), now.getTime() + pollMs));
        await db.webhookDelivery.updateMany({ where: { id: delivery.id, status: "pending" }, data: { nextAttemptAt: later } });
        continue;
      }
      queues.add(queue);
      batch.push(delivery);
      if (batch.length === concurrency) break;
    }
    await Promise.all(batch.map((delivery) => send(db, delivery)));
    return batch.length;
  }

  const wakeUp = () => wake?.();
  (globalForSender.deskWebhookWakers ??= new Set()).add(wakeUp);

  const running = (async () => {
    while (!stopped) {
      let tried = 0;
      try {
        tried = await pass();
        if (Date.now() - prunedAt > PRUNE_EVERY_MS) {
          prunedAt = Date.now();
          await pruneDeliveryLog(await openDb(), new Date());
        }
      } catch (error) {
        console.error("Sending webhooks failed; trying again shortly:", error);
      }
      if (tried === 0 && !stopped) await new Promise<void>((resolve) => ((wake = resolve), setTimeout(resolve, pollMs).unref()));
    }
  })();

  return {
    instanceId: me,
    /** Takes no new deliveries and waits for those being sent, so none is left half-recorded. */
    async stop(): Promise<void> {
      stopped = true;
      globalForSender.deskWebhookWakers?.delete(wakeUp);
      wake?.();
      await running;
    },
  };
}

export type WebhookSender = ReturnType<typeof startWebhookSender>;
