import { AsyncLocalStorage } from "node:async_hooks";
import { isTransactionClient, type Db, type Message, type Prisma } from "../db";
import type { AttachmentView } from "../attachments/attachments";
import type { HandoffBrief } from "../handoff/brief";
import type { AssignmentNotice, ServerToClientEvents, SupervisorAlertView, UnansweredAssignmentAlert } from "../realtime/events";
import type { NewEvent } from "../conversation/log";
import { deskListeners } from "./listeners";

/**
 * The desk's one dispatcher: writers say what happened, once it is committed, and each listener in
 * ./listeners reacts on its own (socket fan-out, assignment notices, alert checks, analytics rollups,
 * webhooks). Adding a reaction never touches a write path.
 *
 * Listeners run in the instance that committed the write. What they send to sockets reaches the
 * other instances through the socket.io Redis adapter (lib/realtime/cluster-adapter.ts); what must
 * survive a crash is not left to them: webhook deliveries are outbox rows written with the event,
 * and a rollup fold lost with its instance is redone by the conversation's next event.
 */

export type ConversationUpdate = Parameters<ServerToClientEvents["conversation:updated"]>[0];

export type DeskEvent =
  /** An event appended to a conversation's log. */
  | { kind: "event_appended"; event: NewEvent }
  | { kind: "message_recorded"; workspaceId: string; message: Message; attachments?: AttachmentView[] }
  /** A conversation's status or owner changed (the projection is written with its event). */
  | { kind: "conversation_changed"; workspaceId: string; update: ConversationUpdate }
  /** A conversation was handed to people: decision, brief, routing and assignment are stored. `decidedAt` (epoch ms) is when the decision was committed. */
  | { kind: "conversation_escalated"; workspaceId: string; conversationId: string; brief: HandoffBrief; decidedAt: number }
  /** A person was given a conversation by a colleague or by the watch over unanswered ones. */
  | { kind: "conversation_assigned"; workspaceId: string; agentId: string; notice: AssignmentNotice }
  | { kind: "assignment_timed_out"; workspaceId: string; alert: UnansweredAssignmentAlert }
  | { kind: "alert_raised"; workspaceId: string; alert: SupervisorAlertView }
  | { kind: "alert_acknowledged"; workspaceId: string; alert: SupervisorAlertView }
  /** A customer's data was erased with their conversations. */
  | { kind: "conversations_erased"; workspaceId: string; conversationIds: string[] }
  // What follows is live and never stored: a reply being written, and the language it is written in.
  | { kind: "reply_typing"; workspaceId: string; conversationId: string; agentName: string | null; typing: boolean }
  | { kind: "reply_delta"; workspaceId: string; conversationId: string; replyId: string; agentName: string; text: string }
  | { kind: "conversation_language"; workspaceId: string; conversationId: string; language: string };

/**
 * Hears the events of one commit (or one live moment) together, so it can do its work once for
 * them; `committedBy` is the client that wrote them (null for live events), for listeners that
 * read them back.
 */
export type DeskListener = (events: readonly DeskEvent[], committedBy: Db | null) => void | Promise<void>;

/**
 * Gives the events to every listener. One listener failing (throwing, or rejecting later) is
 * logged and changes nothing for the others. Resolves once every listener has finished.
 */
export async function dispatchTo(listeners: readonly DeskListener[], events: readonly DeskEvent[], committedBy: Db | null = null): Promise<void> {
  if (events.length === 0) return;
  const running: Promise<void>[] = [];
  const kinds = [...new Set(events.map((e) => e.kind))].join(", ");
  const failed = (listener: DeskListener) => (error: unknown) => console.error(`Listener ${listener.name || "(anonymous)"} failed on ${kinds}:`, error);
  for (const listener of listeners) {
    try {
      const result = listener(events, committedBy);
      if (result) running.push(result.catch(failed(listener)));
    } catch (error) {
      failed(listener)(error);
    }
  }
  await Promise.all(running);
}

/** Tells the desk's listeners of what just happened: live events that are never stored, or writes `committedBy` has committed. */
export function dispatch(events: readonly DeskEvent[], committedBy: Db | null = null): Promise<void> {
  return dispatchTo(deskListeners, events, committedBy);
}

const committing = new AsyncLocalStorage<DeskEvent[]>();

export interface TransactionOptions {
  isolationLevel?: Prisma.TransactionIsolationLevel;
  maxWait?: number;
  timeout?: number;
}

/**
 * An interactive transaction whose events are dispatched once it commits, and never if it rolls
 * back. Every transaction that appends events goes through this.
 */
export async function transaction<T>(db: Db, work: (tx: Prisma.TransactionClient) => Promise<T>, options?: TransactionOptions): Promise<T> {
  const pending: DeskEvent[] = [];
  const result = await committing.run(pending, () => db.$transaction(work, options));
  committed(pending, db);
  return result;
}

const hearing = new AsyncLocalStorage<Promise<void>[]>();

/**
 * Writes that resolve only once every listener has finished with their events: for a writer whose
 * next step must find what they did. A customer turn whose decision hands the conversation over
 * ends once the handoff is stored, so the customer's next message finds it with people and the AI
 * never answers it. A single insert needs no transaction of its own to be heard this way.
 */
export async function writeHeard<T>(write: () => Promise<T>): Promise<T> {
  const heard: Promise<void>[] = [];
  const result = await hearing.run(heard, write);
  await Promise.all(heard);
  return result;
}

/**
 * Dispatches committed events. Listeners never reject (dispatchTo logs their failures), so only a
 * `writeHeard` writer waits for them; what the listeners write in turn is theirs, not its.
 */
function committed(events: readonly DeskEvent[], db: Db): void {
  const heard = hearing.exit(() => dispatch(events, db));
  hearing.getStore()?.push(heard);
}

/**
 * What a write just did: dispatched now if `db` wrote it outside a transaction (it is committed),
 * or after the enclosing `transaction` commits.
 */
export function afterCommit(db: Db | Prisma.TransactionClient, ...events: DeskEvent[]): void {
  if (!isTransactionClient(db)) {
    committed(events, db);
    return;
  }
  const pending = committing.getStore();
  if (!pending) throw new Error("An event was written in a transaction not opened with transaction() from lib/events/dispatcher.ts: its listeners would never hear of it.");
  pending.push(...events);
}
