import { z } from "zod";
import { attributesUpdateSchema } from "@/lib/widget/attributes";
import { userText } from "@/lib/validation/user-text";

const pageUrl = userText("pageUrl")
  .max(2048, "pageUrl is limited to 2048 characters.")
  .refine((u) => /^https?:\/\//i.test(u), "pageUrl must be an http(s) URL.");

export const widgetSessionBody = z.strictObject({
  workspace: z.string().min(1).max(64).regex(/^[a-z0-9-]+$/, "A workspace slug has lowercase letters, digits and dashes."),
  userId: userText("userId").min(1).max(128).optional(),
  userHash: z.string().regex(/^[0-9a-fA-F]{64}$/, "userHash must be the hex HMAC-SHA256 of userId.").optional(),
  pageUrl: pageUrl.optional(),
  pageTitle: userText("pageTitle").max(300, "pageTitle is limited to 300 characters.").optional(),
  language: z.string().max(35).regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, "language must be a language tag such as en or es-MX.").optional(),
  name: userText("name").trim().min(1).max(120, "name is limited to 120 characters.").optional(),
  email: z.email("email must be an email address.").max(254).optional(),
  attributes: attributesUpdateSchema.optional(),
  resume: z
    .strictObject({
      conversationId: userText("resume.conversationId").min(1).max(64),
      token: userText("resume.token").min(1).max(512),
    })
    .optional(),
});
