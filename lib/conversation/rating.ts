import type { Db } from "../db";
import { appendEvent } from "./log";
import { dispatch } from "../events/dispatcher";
import { resolveConversation } from "./transitions";

/**
 * The customer's rating of their conversation; one per conversation. Rating is how a customer
 * ends the chat, so an open conversation is resolved with it: analytics count an AI-only
 * conversation as resolved by the AI only when the customer closed it this way.
 */
export async function rateConversation(
  db: Db,
  input: { workspaceId: string; conversationId: string; score: number; comment: string | null; at: Date },
): Promise<"rated" | "already_rated"> {
  const already = await db.conversationEvent.findFirst({ where: { conversationId: input.conversationId, type: "csat" } });
  if (already) return "already_rated";
  const scope = { workspaceId: input.workspaceId, conversationId: input.conversationId, actor: { type: "customer" as const }, at: input.at };
  await appendEvent(db, { ...scope, type: "csat", payload: { score: input.score, comment: input.comment } });
  const conversation = await db.conversation.findUniqueOrThrow({ where: { id: input.conversationId } });
  if (conversation.status !== "resolved") {
    await resolveConversation(db, scope, "customer_ended", null);
    void dispatch([{ kind: "conversation_changed", workspaceId: input.workspaceId, update: { conversationId: conversation.id, status: "resolved", assigneeId: conversation.assigneeId } }], db);
  }
  return "rated";
}
