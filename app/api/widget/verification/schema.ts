import { z } from "zod";

export const verificationStartBody = z.strictObject({
  email: z.email("Enter a valid email address.").max(254),
});
