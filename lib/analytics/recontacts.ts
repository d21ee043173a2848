import type { Db } from "../db";
import { CONVERSATIONAL_INTENTS, payloadsOf } from "../events/catalogue";
import { REOPEN_WINDOW_MS } from "./conversation-facts";

/**
 * How many times each customer came back about the same thing: conversations they started within
 * 7 days after this one began that share one of its topics (an intent other than greetings and
 * thanks). A new, unrelated question is not a sign the first one was handled badly. Anonymous
 * visitors cannot be recognised, so they count none.
 */

export interface TopicConversation {
  id: string;
  customerId: string | null;
  createdAt: Date;
  intents: readonly string[];
}

const topicsOf = (c: TopicConversation) => new Set(c.intents.filter((intent) => !CONVERSATIONAL_INTENTS.has(intent)));

export function recontactCounts(conversations: readonly TopicConversation[]): Map<string, number> {
  const byCustomer = new Map<string, TopicConversation[]>();
  for (const c of conversations) if (c.customerId) byCustomer.set(c.customerId, [...(byCustomer.get(c.customerId) ?? []), c]);
  return new Map(
    conversations.map((c) => {
      const topics = topicsOf(c);
      const start = c.createdAt.getTime();
      const later = (c.customerId ? byCustomer.get(c.customerId)! : []).filter((other) => {
        const gap = other.createdAt.getTime() - start;
        return gap > 0 && gap <= REOPEN_WINDOW_MS && [...topicsOf(other)].some((topic) => topics.has(topic));
      });
      return [c.id, later.length];
    }),
  );
}

export async function loadRecontacts(db: Db, workspaceId: string, conversationIds: readonly string[]): Promise<Map<string, number>> {
  const scored = await db.conversation.findMany({ where: { workspaceId, id: { in: [...conversationIds] } }, select: { customerId: true, createdAt: true } });
  const customers = [...new Set(scored.flatMap((c) => (c.customerId ? [c.customerId] : [])))];
  if (customers.length === 0) return new Map(conversationIds.map((id) => [id, 0]));
  const earliest = Math.min(...scored.map((c) => c.createdAt.getTime()));
  const latest = Math.max(...scored.map((c) => c.createdAt.getTime()));
  // Their later conversations may fall after the period being looked at.
  const theirs = await db.conversation.findMany({
    where: { workspaceId, customerId: { in: customers }, createdAt: { gte: new Date(earliest), lte: new Date(latest + REOPEN_WINDOW_MS) } },
    select: { id: true, customerId: true, createdAt: true, events: { where: { type: "classification" }, select: { id: true, type: true, payload: true } } },
  });
  const counts = recontactCounts(
    theirs.map((c) => ({ id: c.id, customerId: c.customerId, createdAt: c.createdAt, intents: payloadsOf("classification", c.events).map(({ payload }) => payload.intent) })),
  );
  return new Map(conversationIds.map((id) => [id, counts.get(id) ?? 0]));
}
