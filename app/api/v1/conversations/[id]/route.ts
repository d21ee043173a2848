import { conversationDetail } from "@/lib/api/conversations";
import { apiRoute } from "@/lib/api/operation";
import { readConversation } from "./schema";

export const GET = apiRoute(readConversation, async ({ db, token, params }) => conversationDetail(db, token.workspaceId, params.id));
