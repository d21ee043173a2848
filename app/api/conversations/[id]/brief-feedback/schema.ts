import { z } from "zod";
import { userText } from "@/lib/validation/user-text";

export const MAX_BRIEF_NOTE_LENGTH = 500;

export const briefFeedbackBody = z.strictObject({
  handoffId: z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/),
  useful: z.boolean(),
  note: userText("The note")
    .trim()
    .max(MAX_BRIEF_NOTE_LENGTH, `Keep the note under ${MAX_BRIEF_NOTE_LENGTH} characters.`)
    .optional()
    .transform((note) => note || null),
});
