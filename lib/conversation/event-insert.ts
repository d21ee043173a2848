import { Prisma, type ConversationEvent, type Db } from "../db";
import { orderedId } from "../db/ordered-id";

/** A conversation event as written: the columns a writer sets; id and time are filled in here. */
export interface EventRow {
  workspaceId: string;
  conversationId: string;
  type: string;
  payload: Prisma.InputJsonValue;
  actorType: ConversationEvent["actorType"];
  actorId: string | null;
  createdAt?: Date;
  onceKey?: string;
}

/**
 * Several events of one moment as one plain INSERT. Prisma compiles a createMany's query plan
 * afresh on every call (a few milliseconds of CPU for a turn's handful of events, on every turn),
 * while a plain statement needs none. Like createMany, the rows share one time and take their
 * ids in the order given, so the log reads them back in that order. A row whose `onceKey` is
 * taken fails the whole statement as a unique violation (P2002), as createMany would.
 */
export async function insertEvents(db: Pick<Db, "$executeRaw">, rows: readonly EventRow[]): Promise<ConversationEvent[]> {
  const now = new Date();
  const stored = rows.map((row) => ({
    id: orderedId(),
    workspaceId: row.workspaceId,
    conversationId: row.conversationId,
    type: row.type,
    payload: row.payload as Prisma.JsonValue,
    actorType: row.actorType,
    actorId: row.actorId,
    onceKey: row.onceKey ?? null,
    createdAt: row.createdAt ?? now,
  }));
  const values = stored.map(
    (e) => Prisma.sql`(${e.id}, ${e.workspaceId}, ${e.conversationId}, ${e.type}, ${JSON.stringify(e.payload)}, ${e.actorType}, ${e.actorId}, ${e.onceKey}, ${e.createdAt})`,
  );
  await db.$executeRaw`INSERT INTO "ConversationEvent" ("id", "workspaceId", "conversationId", "type", "payload", "actorType", "actorId", "onceKey", "createdAt") VALUES ${Prisma.join(values)}`;
  return stored;
}
