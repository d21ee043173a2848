import { z } from "zod";
import { defineOperation } from "@/lib/api/operation";
import { conversationSummary } from "@/lib/api/resources";
import { userText } from "@/lib/validation/user-text";
import { conversationParams } from "../schema";

export const resolveConversation = defineOperation({
  method: "POST",
  path: "/api/v1/conversations/{id}/resolve",
  tag: "Conversations",
  summary: "Resolve the conversation",
  description: "Made by the admin who created the token. Resolving a resolved conversation changes nothing.",
  scope: "write",
  params: conversationParams,
  body: z.strictObject({
    outcome: z.enum(["solved", "no_action_needed", "not_solved", "duplicate", "spam"]),
    note: userText("The note").trim().max(500).optional(),
  }),
  response: conversationSummary,
});
