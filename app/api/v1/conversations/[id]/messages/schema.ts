import { z } from "zod";
import { defineOperation } from "@/lib/api/operation";
import { message } from "@/lib/api/resources";
import { userText } from "@/lib/validation/user-text";
import { conversationParams } from "../schema";

const text = userText("The message").trim().min(1, "The message is empty.").max(4000);
const clientMessageId = z.string().min(1).max(100).optional().describe("Send the same id again to retry safely: the message is stored once.");

export const postMessage = defineOperation({
  method: "POST",
  path: "/api/v1/conversations/{id}/messages",
  tag: "Conversations",
  summary: "Post a message to the customer as a team member or as the AI",
  description:
    "A team member must have the conversation (assign it first); the AI may speak only while no person has it. The customer sees the message at once.",
  scope: "write",
  status: 201,
  params: conversationParams,
  body: z.discriminatedUnion("author", [
    z.strictObject({ author: z.literal("agent"), userId: z.string().min(1).max(64), body: text, clientMessageId }),
    z.strictObject({ author: z.literal("ai"), body: text, agentName: z.string().trim().min(1).max(60).default("assistant"), clientMessageId }),
  ]),
  response: message,
});
