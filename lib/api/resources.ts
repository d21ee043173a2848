import { z } from "zod";

/** The shapes the REST API answers with; route handlers return them and the OpenAPI document describes them. */

const timestamp = z.string().describe("ISO 8601 date-time.");

export const customerRef = z.object({ id: z.string(), externalId: z.string().nullable(), name: z.string(), email: z.string() });

export const conversationSummary = z.object({
  id: z.string(),
  status: z.enum(["open", "waiting_human", "with_human", "pending_async", "resolved"]),
  channel: z.string(),
  language: z.string(),
  assigneeId: z.string().nullable(),
  customer: customerRef.nullable(),
  createdAt: timestamp,
  lastMessageAt: timestamp,
  resolvedAt: timestamp.nullable(),
});

export const message = z.object({
  id: z.string(),
  seq: z.number().int(),
  author: z.enum(["customer", "ai", "human", "system"]),
  agentName: z.string().nullable(),
  userId: z.string().nullable(),
  body: z.string(),
  createdAt: timestamp,
});

export const conversationEvent = z.object({
  id: z.string(),
  type: z.string(),
  actorType: z.enum(["customer", "ai", "user", "system"]),
  actorId: z.string().nullable(),
  payload: z.unknown(),
  createdAt: timestamp,
});

export const conversationDetail = conversationSummary.extend({ messages: z.array(message), events: z.array(conversationEvent) });

export function page<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item), nextCursor: z.string().nullable().describe("Pass as `cursor` for the next page; null on the last page.") });
}

export const customer = z.object({
  id: z.string(),
  externalId: z.string().nullable(),
  name: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
  tier: z.enum(["free", "pro", "premium", "enterprise"]),
  language: z.string(),
  attributes: z.record(z.string(), z.unknown()).nullable(),
  createdAt: timestamp,
});

type Row = {
  id: string;
  status: z.infer<typeof conversationSummary>["status"];
  channel: string;
  language: string;
  assigneeId: string | null;
  createdAt: Date;
  lastMessageAt: Date;
  resolvedAt: Date | null;
  customer: { id: string; externalId: string | null; name: string; email: string } | null;
};

export function toConversationSummary(c: Row): z.input<typeof conversationSummary> {
  return {
    id: c.id,
    status: c.status,
    channel: c.channel,
    language: c.language,
    assigneeId: c.assigneeId,
    customer: c.customer ? { id: c.customer.id, externalId: c.customer.externalId, name: c.customer.name, email: c.customer.email } : null,
    createdAt: c.createdAt.toISOString(),
    lastMessageAt: c.lastMessageAt.toISOString(),
    resolvedAt: c.resolvedAt?.toISOString() ?? null,
  };
}

export function toMessage(m: { id: string; seq: number; author: z.infer<typeof message>["author"]; agentName: string | null; userId: string | null; body: string; createdAt: Date }): z.input<typeof message> {
  return { id: m.id, seq: m.seq, author: m.author, agentName: m.agentName, userId: m.userId, body: m.body, createdAt: m.createdAt.toISOString() };
}

export function toEvent(e: { id: string; type: string; actorType: z.infer<typeof conversationEvent>["actorType"]; actorId: string | null; payload: unknown; createdAt: Date }): z.input<typeof conversationEvent> {
  return { id: e.id, type: e.type, actorType: e.actorType, actorId: e.actorId, payload: e.payload, createdAt: e.createdAt.toISOString() };
}

export function toCustomer(c: { id: string; externalId: string | null; name: string; email: string; phone: string | null; tier: z.infer<typeof customer>["tier"]; language: string; attributes: unknown; createdAt: Date }): z.input<typeof customer> {
  const attributes = c.attributes && typeof c.attributes === "object" && !Array.isArray(c.attributes) ? (c.attributes as Record<string, unknown>) : null;
  return { id: c.id, externalId: c.externalId, name: c.name, email: c.email, phone: c.phone, tier: c.tier, language: c.language, attributes, createdAt: c.createdAt.toISOString() };
}
