import { conversationSummaryOf, teamMember, tokenActor } from "@/lib/api/conversations";
import { ApiError } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/operation";
import { StaffActionError, transferConversation } from "@/lib/console/staff-actions";
import { assignConversation } from "./schema";

export const POST = apiRoute(assignConversation, async ({ db, token, params, body, now }) => {
  await conversationSummaryOf(db, token.workspaceId, params.id);
  const actor = await tokenActor(db, token);
  if (body.userId) await teamMember(db, token.workspaceId, body.userId);
  try {
    await transferConversation(db, actor, params.id, body.userId, body.note || null, now);
  } catch (error) {
    if (error instanceof StaffActionError) throw new ApiError("conflict", error.message);
    throw error;
  }
  return conversationSummaryOf(db, token.workspaceId, params.id);
});
