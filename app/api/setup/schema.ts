import { z } from "zod";
import { firstAdminSchema } from "@/lib/setup/first-admin";

export const setupBody = firstAdminSchema.extend({
  token: z.string().min(1).max(128).regex(/^[A-Za-z0-9_-]+$/, "The setup link is malformed."),
});
