import { z } from "zod";
import { LINK_TOKEN_PATTERN } from "@/lib/auth/one-time-link";
import { passwordResetSchema } from "@/lib/team/schemas";

export const passwordResetBody = passwordResetSchema.extend({ token: z.string().regex(LINK_TOKEN_PATTERN, "The reset link is malformed.") });
