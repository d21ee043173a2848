import type { ConversationEvent, Db, Message, Prisma } from "../db";
import type { AttachmentView } from "../attachments/attachments";
import { afterCommit, transaction } from "../events/dispatcher";
import { checkedPayload, type Actor, type ConversationEventType, type EventPayload } from "../events/catalogue";
import { insertEvents } from "./event-insert";
import { conversationEventSource, messageSource, queueWebhookDeliveries, withinTransaction } from "../webhooks/outbox";
import { webhookTypeOfConversationEvent } from "../webhooks/event-types";

/**
 * The one write path of a conversation: messages get a per-conversation sequence number (so a
 * reconnecting widget can ask for everything after the last one it saw) and events are appended,
 * never edited.
 */

export interface NewMessage {
  conversationId: string;
  author: "customer" | "ai" | "human" | "system";
  body: string;
  clientMessageId?: string;
  agentName?: string;
  userId?: string;
  at?: Date;
  /** The customer message whose turn this reply ends: it stops being owed in the same write. */
  endsTurnOf?: string;
  /** False for a customer message the AI has nothing to answer in (a file sent on its own). */
  owesTurn?: boolean;
  /** Stores the files the message carries in its own transaction, so it is announced with them. */
  attach?: (tx: Prisma.TransactionClient, message: Message) => Promise<AttachmentView[]>;
  /** Events of the message's moment (what a reply was based on), stored in its transaction and announced after it. */
  events?: NewEvent[];
}

export async function recordMessage(db: Db, input: NewMessage): Promise<{ message: Message; duplicate: boolean; workspaceId: string; attachments?: AttachmentView[] }> {
  return transaction(db, async (tx) => {
    if (input.clientMessageId) {
      const existing = await tx.message.findUnique({
        where: { conversationId_clientMessageId: { conversationId: input.conversationId, clientMessageId: input.clientMessageId } },
      });
      if (existing) {
        const { workspaceId } = await tx.conversation.findUniqueOrThrow({ where: { id: input.conversationId }, select: { workspaceId: true } });
        return { message: existing, duplicate: true, workspaceId };
      }
    }
    const at = input.at ?? new Date();
    const conversation = await tx.conversation.update({
      where: { id: input.conversationId },
      data: { lastSeq: { increment: 1 }, lastMessageAt: at },
      select: { lastSeq: true, workspaceId: true },
    });
    const message = await tx.message.create({
      data: {
        conversationId: input.conversationId,
        seq: conversation.lastSeq,
        clientMessageId: input.clientMessageId ?? null,
        author: input.author,
        agentName: input.agentName ?? null,
        userId: input.userId ?? null,
        body: input.body,
        // Owed its AI turn from the moment it is stored, so a crash before the turn is answered is resumed.
        turnPending: input.author === "customer" && input.owesTurn !== false,
        createdAt: at,
      },
    });
    if (input.endsTurnOf) await tx.message.updateMany({ where: { id: input.endsTurnOf, turnPending: true }, data: { turnPending: false } });
    const attachments = input.attach ? await input.attach(tx, message) : undefined;
    await queueWebhookDeliveries(tx, conversation.workspaceId, [messageSource(message)]);
    afterCommit(tx, { kind: "message_recorded", workspaceId: conversation.workspaceId, message, ...(attachments ? { attachments } : {}) });
    if (input.events) await appendEvents(tx, input.events);
    return { message, duplicate: false, workspaceId: conversation.workspaceId, attachments };
  });
}

function actorColumns(actor: Actor): { actorType: "customer" | "ai" | "user" | "system"; actorId: string | null } {
  switch (actor.type) {
    case "ai":
      return { actorType: "ai", actorId: actor.agent };
    case "user":
      return { actorType: "user", actorId: actor.userId };
    default:
      return { actorType: actor.type, actorId: null };
  }
}

/** An event to append; its payload is the one its type declares in the catalogue (lib/events/catalogue.ts). */
export interface NewEvent<T extends ConversationEventType = ConversationEventType> {
  workspaceId: string;
  conversationId: string;
  type: T;
  payload: EventPayload<T>;
  actor: Actor;
  at?: Date;
  /** For an event that happens once whoever writes it: a second writer's insert fails (P2002). */
  onceKey?: string;
}

function eventRow(event: NewEvent) {
  checkedPayload(event.type, event.payload);
  return {
    workspaceId: event.workspaceId,
    conversationId: event.conversationId,
    type: event.type,
    // Stored as the writer gave it once it matches its type's schema (checked just above).
    payload: event.payload as Prisma.InputJsonValue,
    ...actorColumns(event.actor),
    ...(event.at ? { createdAt: event.at } : {}),
    ...(event.onceKey ? { onceKey: event.onceKey } : {}),
  };
}

/** One event; see appendEvents. */
export async function appendEvent<T extends ConversationEventType>(db: Db | Prisma.TransactionClient, event: NewEvent<T>): Promise<void> {
  await appendEvents(db, [event]);
}

/**
 * Several events of one moment in a single write, so a turn's decision trail costs one round trip.
 * Every event is written by insertEvents, whose ids keep the events of one moment in the order
 * given. Events webhooks announce are written with their outbox rows, in one transaction.
 */
export async function appendEvents(db: Db | Prisma.TransactionClient, events: NewEvent[]): Promise<void> {
  if (events.length === 0) return;
  const rows = events.map(eventRow);
  if (!events.some((e) => webhookTypeOfConversationEvent(e.type))) {
    await insertEvents(db, rows);
  } else {
    await withinTransaction(db, async (tx) => {
      const stored = await insertEvents(tx, rows);
      for (const workspaceId of new Set(stored.map((e) => e.workspaceId))) {
        const sources = stored.filter((e) => e.workspaceId === workspaceId).flatMap((e) => conversationEventSource(e) ?? []);
        await queueWebhookDeliveries(tx, workspaceId, sources);
      }
    });
  }
  afterCommit(db, ...events.map((event) => ({ kind: "event_appended" as const, event })));
}

/** The parts of a conversation every reader of its log needs, in the order they happened. */
export const conversationLogInclude = {
  workspace: true,
  messages: { orderBy: { seq: "asc" } },
  events: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
} satisfies Prisma.ConversationInclude;

export function splitConversationLog<T extends { messages: Message[]; events: ConversationEvent[] }>({ messages, events, ...conversation }: T) {
  return { conversation, messages, events };
}

export async function loadConversationLog(db: Db, conversationId: string) {
  return splitConversationLog(await db.conversation.findUniqueOrThrow({ where: { id: conversationId }, include: { ...conversationLogInclude, customer: true } }));
}

export type ConversationLog = Awaited<ReturnType<typeof loadConversationLog>>;
