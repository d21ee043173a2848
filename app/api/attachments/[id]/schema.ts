import { z } from "zod";

export const attachmentIdParam = z.strictObject({ id: z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/) });
