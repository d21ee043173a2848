import type { Db } from "../db";
import { readPayload } from "../events/catalogue";
import type { HandoffBrief } from "./brief";

/** The brief as it was stored when the conversation was last handed over; null when it never was. */
export async function latestHandoffBrief(db: Db, conversationId: string): Promise<HandoffBrief | null> {
  const event = await db.conversationEvent.findFirst({ where: { conversationId, type: "handoff_brief" }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
  return event ? readPayload("handoff_brief", event).brief : null;
}
