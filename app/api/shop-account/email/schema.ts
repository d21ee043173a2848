import { z } from "zod";
import { LINK_TOKEN_PATTERN } from "@/lib/auth/one-time-link";

export const emailConfirmationBody = z.strictObject({ token: z.string().regex(LINK_TOKEN_PATTERN, "The confirmation link is malformed.") });
