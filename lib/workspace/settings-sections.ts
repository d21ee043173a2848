import { z } from "zod";
import { userText } from "../validation/user-text";
import {
  authorityLimitsSchema,
  businessHoursSchema,
  emailSettingsSchema,
  retentionPolicySchema,
  slaPolicySchema,
  widgetSettingsSchema,
} from "./settings";

/**
 * The parts of a workspace's settings an admin edits, each with the schema its form and the
 * settings API both check it with. Plain zod, so the console's forms import it as they are.
 */

export const timezoneSchema = z
  .string()
  .max(64)
  .refine((tz) => {
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, "The time zone must be an IANA time zone such as Europe/Berlin.");

const strict = <T extends z.ZodRawShape>(schema: z.ZodObject<T>) => z.strictObject(schema.shape);
export const settingsPatchSchema = z.strictObject({
  name: userText("The workspace name").trim().min(1, "Name the workspace.").max(80).optional(),
  businessHours: businessHoursSchema.optional(),
  timezone: timezoneSchema.optional(),
  sla: strict(slaPolicySchema).optional(),
  authority: strict(authorityLimitsSchema).optional(),
  widget: strict(widgetSettingsSchema).optional(),
  email: emailSettingsSchema.optional(),
  retention: retentionPolicySchema.optional(),
});
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;
