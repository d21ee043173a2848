import { z } from "zod";
import { defineOperation } from "@/lib/api/operation";
import { conversationDetail, conversationSummary, page } from "@/lib/api/resources";
import { userText } from "@/lib/validation/user-text";

export const listConversations = defineOperation({
  method: "GET",
  path: "/api/v1/conversations",
  tag: "Conversations",
  summary: "List conversations, newest first",
  scope: "read",
  query: z.strictObject({
    status: conversationSummary.shape.status.optional(),
    assigneeId: z.string().min(1).max(64).optional().describe("Only conversations this team member has."),
    customerExternalId: z.string().min(1).max(200).optional().describe("Only this customer's conversations (your id for them)."),
    createdAfter: z.iso.datetime({ offset: true }).optional(),
    createdBefore: z.iso.datetime({ offset: true }).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(25),
    cursor: z.string().max(200).optional(),
  }),
  response: page(conversationSummary),
});

export const createConversation = defineOperation({
  method: "POST",
  path: "/api/v1/conversations",
  tag: "Conversations",
  summary: "Start a conversation, optionally with the customer's first message",
  description: "With `message`, the AI answers it as it answers the chat widget (or hands the conversation to a person).",
  scope: "write",
  status: 201,
  body: z.strictObject({
    customerExternalId: z
      .string()
      .min(1)
      .max(200)
      .optional()
      .describe("An existing customer (create them with PUT /api/v1/customers/{externalId}). Named by your server, they count as verified, as a signed-in widget customer does."),
    language: z.string().regex(/^[a-z]{2}$/, "Use a two-letter language code such as en.").default("en"),
    message: userText("The message").trim().min(1).max(4000).optional(),
  }),
  response: conversationDetail,
});
