import { z } from "zod";
import { defineOperation } from "@/lib/api/operation";
import { conversationDetail } from "@/lib/api/resources";

export const conversationParams = z.strictObject({ id: z.string().min(1).max(64) });

export const readConversation = defineOperation({
  method: "GET",
  path: "/api/v1/conversations/{id}",
  tag: "Conversations",
  summary: "A conversation with its messages and its event log",
  scope: "read",
  params: conversationParams,
  response: conversationDetail,
});
