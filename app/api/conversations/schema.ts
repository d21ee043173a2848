import { z } from "zod";

export const listConversationsQuery = z.strictObject({
  status: z.enum(["open", "waiting_human", "with_human", "pending_async", "resolved"]).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
