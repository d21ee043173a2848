import { z } from "zod";
import { userText } from "@/lib/validation/user-text";

export const csatBody = z.strictObject({
  score: z.number().int("score must be a whole number.").min(1, "score is 1 to 5.").max(5, "score is 1 to 5."),
  comment: userText("The comment").trim().max(1000, "The comment is limited to 1000 characters.").optional(),
});
