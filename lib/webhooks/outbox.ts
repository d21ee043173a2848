import { isTransactionClient, type ConversationEvent, type Db, type Message, type Prisma } from "../db";
import { webhookTypeOfConversationEvent, type WebhookEventType } from "./event-types";

/**
 * The durable outbox: every committed event a webhook endpoint subscribed to becomes one
 * WebhookDelivery row, written in the same transaction as the event, so an event that rolled
 * back is never sent and one that committed is never lost. The sender (./sender.ts) works from
 * these rows.
 */

type Tx = Prisma.TransactionClient;

export interface WebhookSource {
  type: WebhookEventType;
  /** Unique per event, so writing it twice queues nothing twice (unique per endpoint). */
  sourceKey: string;
  /** Deliveries with the same key are sent one at a time, in the order they were written. */
  orderKey: string;
  occurredAt: Date;
  data: Record<string, unknown>;
}

export function messageSource(message: Message): WebhookSource {
  return {
    type: "message.created",
    sourceKey: `message:${message.id}`,
    orderKey: message.conversationId,
    occurredAt: message.createdAt,
    data: {
      conversationId: message.conversationId,
      message: { id: message.id, seq: message.seq, author: message.author, agentName: message.agentName, userId: message.userId, body: message.body, createdAt: message.createdAt.toISOString() },
    },
  };
}

export function conversationEventSource(event: ConversationEvent): WebhookSource | null {
  const type = webhookTypeOfConversationEvent(event.type);
  if (!type) return null;
  const payload = event.payload && typeof event.payload === "object" && !Array.isArray(event.payload) ? event.payload : { value: event.payload };
  return {
    type,
    sourceKey: `event:${event.id}`,
    orderKey: event.conversationId,
    occurredAt: event.createdAt,
    data: { conversationId: event.conversationId, eventId: event.id, actor: { type: event.actorType, id: event.actorId }, ...payload },
  };
}

export interface RaisedAlert {
  id: string;
  rule: string;
  key: string;
  message: string;
  conversationId: string | null;
  raisedAt: string;
}

export function alertSource(workspaceId: string, alert: RaisedAlert): WebhookSource {
  return {
    type: "alert.raised",
    sourceKey: `alert:${alert.id}`,
    orderKey: `alerts:${workspaceId}`,
    occurredAt: new Date(alert.raisedAt),
    data: { alert: { id: alert.id, rule: alert.rule, key: alert.key, message: alert.message, conversationId: alert.conversationId, raisedAt: alert.raisedAt } },
  };
}

/** The body every delivery of the source carries: `{type, timestamp, data}`, as Standard Webhooks lays it out. */
export function deliveryBody(source: WebhookSource): Prisma.InputJsonObject {
  return { type: source.type, timestamp: source.occurredAt.toISOString(), data: source.data as Prisma.InputJsonObject };
}

function subscribesTo(eventTypes: Prisma.JsonValue, type: WebhookEventType): boolean {
  return Array.isArray(eventTypes) && eventTypes.includes(type);
}

/** Queues each source for every active endpoint of the workspace subscribed to its type; call inside the event's transaction. */
export async function queueWebhookDeliveries(tx: Tx, workspaceId: string, sources: readonly WebhookSource[]): Promise<void> {
  if (sources.length === 0) return;
  const endpoints = await tx.webhookEndpoint.findMany({ where: { workspaceId, active: true }, select: { id: true, eventTypes: true } });
  for (const endpoint of endpoints) {
    for (const source of sources) {
      if (!subscribesTo(endpoint.eventTypes, source.type)) continue;
      const last = await tx.webhookDelivery.aggregate({ where: { endpointId: endpoint.id, orderKey: source.orderKey }, _max: { sequence: true } });
      await tx.webhookDelivery.create({
        data: {
          endpointId: endpoint.id,
          workspaceId,
          eventType: source.type,
          sourceKey: source.sourceKey,
          orderKey: source.orderKey,
          sequence: (last._max.sequence ?? 0) + 1,
          payload: deliveryBody(source),
        },
      });
    }
  }
}

/**
 * Runs `write` in a transaction: the caller's, when it passes one, or a new one. The outbox rows
 * then commit or roll back with the event they announce.
 */
export async function withinTransaction<T>(db: Db | Tx, write: (tx: Tx) => Promise<T>): Promise<T> {
  return isTransactionClient(db) ? write(db) : (db as Db).$transaction(write);
}
