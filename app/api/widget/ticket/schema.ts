import { z } from "zod";
import { userText } from "@/lib/validation/user-text";

const DAY_MS = 24 * 3600 * 1000;

export const ticketBody = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("email"),
    email: z.email("Enter a valid email address.").max(254),
    note: userText("The note").trim().max(1000, "The note is limited to 1000 characters.").optional(),
  }),
  z.strictObject({
    kind: z.literal("callback"),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[0-9 ()-]{6,24}$/, "Enter a phone number with digits, spaces, dashes or a leading +."),
    callbackAt: z.iso
      .datetime({ offset: true, message: "callbackAt must be an ISO date and time." })
      .refine((at) => {
        const t = Date.parse(at);
        return t > Date.now() - 60_000 && t < Date.now() + 14 * DAY_MS;
      }, "Pick a callback time within the next 14 days."),
    note: userText("The note").trim().max(1000, "The note is limited to 1000 characters.").optional(),
  }),
]);
