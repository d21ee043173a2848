import type { Db } from "../db";
import { REOPEN_WINDOW_MS } from "./conversation-facts";

/**
 * How many conversations each customer started within 7 days after each of theirs began: the
 * customer had to come back. Anonymous visitors cannot be recognised, so they count none.
 */

export function recontactCounts(conversations: readonly { id: string; customerId: string | null; createdAt: Date }[]): Map<string, number> {
  const byCustomer = new Map<string, number[]>();
  for (const c of conversations) if (c.customerId) byCustomer.set(c.customerId, [...(byCustomer.get(c.customerId) ?? []), c.createdAt.getTime()]);
  return new Map(
    conversations.map((c) => {
      const start = c.createdAt.getTime();
      const later = c.customerId ? byCustomer.get(c.customerId)!.filter((t) => t > start && t - start <= REOPEN_WINDOW_MS).length : 0;
      return [c.id, later];
    }),
  );
}

export async function loadRecontacts(db: Db, workspaceId: string, conversationIds: readonly string[]): Promise<Map<string, number>> {
  const scored = await db.conversation.findMany({ where: { workspaceId, id: { in: [...conversationIds] } }, select: { id: true, customerId: true, createdAt: true } });
  const customers = [...new Set(scored.flatMap((c) => (c.customerId ? [c.customerId] : [])))];
  if (customers.length === 0) return recontactCounts(scored);
  const earliest = Math.min(...scored.map((c) => c.createdAt.getTime()));
  const latest = Math.max(...scored.map((c) => c.createdAt.getTime()));
  // Their later conversations may fall after the period being looked at.
  const theirs = await db.conversation.findMany({
    where: { workspaceId, customerId: { in: customers }, createdAt: { gte: new Date(earliest), lte: new Date(latest + REOPEN_WINDOW_MS) } },
    select: { id: true, customerId: true, createdAt: true },
  });
  const counts = recontactCounts(theirs);
  return new Map(conversationIds.map((id) => [id, counts.get(id) ?? 0]));
}
