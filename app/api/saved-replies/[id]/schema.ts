import { z } from "zod";

export { savedReplyInput as savedReplyBody } from "@/lib/console/saved-replies";
export const savedReplyIdParam = z.strictObject({ id: z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/) });
