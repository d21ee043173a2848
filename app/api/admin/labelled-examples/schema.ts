import { z } from "zod";
import { userText } from "@/lib/validation/user-text";

export const addLabelledExamplesBody = z.strictObject({
  examples: z
    .array(
      z.strictObject({
        text: userText("An example").trim().min(2).max(500),
        intent: z.string().regex(/^[a-z][a-z0-9_]{1,63}$/, "Intents are lower_snake_case labels such as track_order."),
      }),
    )
    .min(1)
    .max(500, "Send at most 500 examples at a time."),
});
