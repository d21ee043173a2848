import type { Db, Message } from "../db";
import { recordMessage } from "./log";

/**
 * A message from the AI or the desk itself into the customer's chat, announced once stored.
 * `endsTurnOf` names the customer message whose turn this message completes.
 */
export async function sayToCustomer(db: Db, conversationId: string, author: "ai" | "system", body: string, at: Date, agentName?: string, endsTurnOf?: string): Promise<Message> {
  const { message } = await recordMessage(db, { conversationId, author, body, agentName, at, endsTurnOf });
  return message;
}
