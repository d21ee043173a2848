import { z } from "zod";

export const widgetConfigQuery = z.strictObject({
  workspace: z.string().min(1).max(64).regex(/^[a-z0-9-]+$/, "A workspace slug has lowercase letters, digits and dashes."),
});
