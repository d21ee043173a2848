import { z } from "zod";

/** What an admin gives for a new API token; shared by the admin page's form and its route handler. */
export const apiTokenScopes = ["read", "write"] as const;
export type ApiTokenScope = (typeof apiTokenScopes)[number];

export const apiTokenInput = z.strictObject({
  name: z.string().trim().min(1, "Name the token after what uses it.").max(80),
  scope: z.enum(apiTokenScopes),
});
