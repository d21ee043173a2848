import { conversationSummaryOf, tokenActor } from "@/lib/api/conversations";
import { ApiError } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/operation";
import { resolveAsStaff, StaffActionError } from "@/lib/console/staff-actions";
import { resolveConversation } from "./schema";

export const POST = apiRoute(resolveConversation, async ({ db, token, params, body, now }) => {
  await conversationSummaryOf(db, token.workspaceId, params.id);
  const actor = await tokenActor(db, token);
  try {
    await resolveAsStaff(db, actor, params.id, body.outcome, body.note || null, now);
  } catch (error) {
    if (error instanceof StaffActionError) throw new ApiError("conflict", error.message);
    throw error;
  }
  return conversationSummaryOf(db, token.workspaceId, params.id);
});
