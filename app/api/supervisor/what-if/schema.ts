import { z } from "zod";
import { escalationPolicySchema } from "@/lib/workspace/settings";

export const whatIfBody = z.strictObject({
  days: z.number().int().min(1).max(90),
  policy: escalationPolicySchema,
});
