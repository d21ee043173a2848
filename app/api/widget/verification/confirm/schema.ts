import { z } from "zod";

export const verificationConfirmBody = z.strictObject({
  code: z.string().trim().regex(/^\d{6}$/, "The code is the 6 digits from the email."),
});
