import { z } from "zod";
export { memberProfileSchema as memberProfileBody } from "@/lib/team/schemas";

export const memberIdParam = z.strictObject({ id: z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, "That is not a person's id.") });
