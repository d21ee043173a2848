import { z } from "zod";
import { defineOperation } from "@/lib/api/operation";
import { conversationSummary } from "@/lib/api/resources";
import { userText } from "@/lib/validation/user-text";
import { conversationParams } from "../schema";

export const assignConversation = defineOperation({
  method: "POST",
  path: "/api/v1/conversations/{id}/assign",
  tag: "Conversations",
  summary: "Give the conversation to a team member, or put it back in the queue",
  description:
    "Made by the admin who created the token, under the console's rules: the change applies only if nobody changed the owner meanwhile, and the customer is told who joins.",
  scope: "write",
  params: conversationParams,
  body: z.strictObject({
    userId: z.string().min(1).max(64).nullable().describe("The team member; null puts the conversation back in the queue."),
    note: userText("The note").trim().max(500).optional(),
  }),
  response: conversationSummary,
});
