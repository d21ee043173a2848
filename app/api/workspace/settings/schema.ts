import { z } from "zod";
import { businessHoursSchema } from "@/lib/workspace/settings";

export const settingsPatchBody = z.strictObject({
  businessHours: businessHoursSchema.optional(),
  timezone: z
    .string()
    .max(64)
    .refine((tz) => {
      try {
        new Intl.DateTimeFormat("en-US", { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, "timezone must be an IANA time zone such as Europe/Berlin.")
    .optional(),
});
