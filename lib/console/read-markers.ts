import type { Db } from "../db";

/**
 * How far each person has read each conversation (ConversationRead.lastReadSeq), from which the
 * inbox counts unread customer messages. The marker only moves forward: two tabs, or a page
 * rendered from an older read, never mark fewer messages read.
 */
export async function markConversationRead(db: Db, userId: string, conversationId: string, throughSeq: number, now = new Date()): Promise<void> {
  const { count } = await db.conversationRead.updateMany({ where: { userId, conversationId, lastReadSeq: { lt: throughSeq } }, data: { lastReadSeq: throughSeq, readAt: now } });
  if (count > 0) return;
  try {
    await db.conversationRead.create({ data: { userId, conversationId, lastReadSeq: throughSeq, readAt: now } });
  } catch (error) {
    // The marker exists already: either at or past this point (nothing to do), or another
    // request created it just now, so move it forward once more.
    if ((error as { code?: string }).code !== "P2002") throw error;
    await db.conversationRead.updateMany({ where: { userId, conversationId, lastReadSeq: { lt: throughSeq } }, data: { lastReadSeq: throughSeq, readAt: now } });
  }
}
