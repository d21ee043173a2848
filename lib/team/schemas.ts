import { z } from "zod";
import { staffRoles } from "../auth/roles";
import { isPublishedDemoPassword } from "../demo/people";
import { AGENT_SKILLS } from "../handoff/routing";
import { userText } from "../validation/user-text";

/**
 * What the team pages, the account page and the invitation and reset pages send, checked by
 * the same schemas in the browser's forms and in the API. Plain zod, safe for client components.
 */

export const MIN_STAFF_PASSWORD_LENGTH = 12;

export const staffPasswordSchema = z
  .string()
  .min(MIN_STAFF_PASSWORD_LENGTH, `The password needs at least ${MIN_STAFF_PASSWORD_LENGTH} characters.`)
  .max(200)
  .refine((p) => !isPublishedDemoPassword(p), "That is a published demo password; choose another.");

export const displayNameSchema = userText("The name").trim().min(1, "Give a name.").max(120);
export const staffEmailSchema = z.string().trim().toLowerCase().email("Give a valid email address.").max(254);

export const SENIORITIES = ["junior", "senior", "lead"] as const;

/** What an admin sets about a person. */
export const memberProfileSchema = z.strictObject({
  role: z.enum(staffRoles),
  skills: z.array(z.enum(AGENT_SKILLS)).max(AGENT_SKILLS.length),
  languages: z.array(z.string().regex(/^[a-z]{2}$/, "A language is a two-letter code such as en.")).min(1, "Give at least one language.").max(20),
  seniority: z.enum(SENIORITIES),
  maxConcurrentChats: z.number().int().min(1, "A chat limit is at least 1.").max(20, "A chat limit is at most 20."),
});
export type MemberProfile = z.infer<typeof memberProfileSchema>;

export const invitationSchema = z.strictObject({
  email: staffEmailSchema,
  role: z.enum(staffRoles),
});

export const acceptInvitationSchema = z.strictObject({
  name: displayNameSchema,
  password: staffPasswordSchema,
});

export const passwordResetSchema = z.strictObject({ password: staffPasswordSchema });

export const ownProfileSchema = z.strictObject({ name: displayNameSchema });

export const ownPasswordSchema = z.strictObject({
  currentPassword: z.string().min(1, "Give your current password.").max(200),
  newPassword: staffPasswordSchema,
});

/** The first problem a schema found, for a form to show next to its button. */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? issue.message : "Check the form.";
}

export const forgotPasswordSchema = z.strictObject({ email: staffEmailSchema });
