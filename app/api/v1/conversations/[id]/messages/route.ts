import { conversationSummaryOf, teamMember } from "@/lib/api/conversations";
import { ApiError } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/operation";
import { toMessage } from "@/lib/api/resources";
import { replyAsHuman, StaffActionError } from "@/lib/console/staff-actions";
import { loadConversationLog, recordMessage } from "@/lib/conversation/log";
import { aiMaySpeak, currentOwner } from "@/lib/conversation/ownership";
import { postMessage } from "./schema";

export const POST = apiRoute(postMessage, async ({ db, token, params, body, now }) => {
  await conversationSummaryOf(db, token.workspaceId, params.id);
  if (body.author === "agent") {
    const staff = await teamMember(db, token.workspaceId, body.userId);
    try {
      return toMessage(await replyAsHuman(db, staff, params.id, body.body, body.clientMessageId, now));
    } catch (error) {
      if (error instanceof StaffActionError) throw new ApiError("conflict", error.message);
      throw error;
    }
  }
  const { events } = await loadConversationLog(db, params.id);
  const owner = currentOwner(events);
  if (!aiMaySpeak(owner)) throw new ApiError("conflict", "A person has this conversation (or it waits for one); the AI does not talk over them.");
  const { message } = await recordMessage(db, { conversationId: params.id, author: "ai", agentName: body.agentName, body: body.body, clientMessageId: body.clientMessageId, at: now });
  return toMessage(message);
});
