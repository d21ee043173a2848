import { z } from "zod";
import { LINK_TOKEN_PATTERN } from "@/lib/auth/one-time-link";
import { MIN_CUSTOMER_PASSWORD_LENGTH } from "@/lib/business/account";

export const customerPasswordBody = z.strictObject({
  token: z.string().regex(LINK_TOKEN_PATTERN, "The reset link is malformed."),
  password: z.string().min(MIN_CUSTOMER_PASSWORD_LENGTH, `The password needs at least ${MIN_CUSTOMER_PASSWORD_LENGTH} characters.`).max(200, "The password can have at most 200 characters."),
});
