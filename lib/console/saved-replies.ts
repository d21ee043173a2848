import { z } from "zod";
import { userText } from "../validation/user-text";

/**
 * Saved replies (CannedResponse): text an agent inserts by typing `/shortcut` in the composer,
 * with the customer's name and order number filled in. Pure, so the composer and the tests
 * share it.
 */

export interface SavedReply {
  id: string;
  shortcut: string;
  title: string;
  body: string;
  /** Team replies belong to nobody; personal ones to the person who saved them. */
  personal: boolean;
}

export interface ReplyContext {
  customerName: string | null;
  orderNumber: string | null;
}

export const SAVED_REPLY_VARIABLES = ["customer.name", "order.number"] as const;

export const shortcutSchema = z
  .string()
  .trim()
  .transform((s) => s.replace(/^\//, "").toLowerCase())
  .pipe(z.string().regex(/^[a-z0-9][a-z0-9_-]{0,31}$/, "A shortcut is 1–32 letters, digits, - or _, e.g. returns."));

export const savedReplyInput = z.strictObject({
  shortcut: shortcutSchema,
  title: userText("The title").trim().min(1, "Give the reply a title.").max(80, "Keep the title under 80 characters."),
  body: userText("The reply")
    .trim()
    .min(1, "Write the reply.")
    .max(4000, "Keep a saved reply under 4000 characters.")
    .refine((body) => [...body.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)].every((m) => (SAVED_REPLY_VARIABLES as readonly string[]).includes(m[1]!)), {
      message: `Only these variables can be filled in: ${SAVED_REPLY_VARIABLES.map((v) => `{{${v}}}`).join(", ")}.`,
    }),
  personal: z.boolean(),
});
export type SavedReplyInput = z.infer<typeof savedReplyInput>;

/** The shortcut being typed when the composer holds only `/something`, else null. */
export function typedShortcut(text: string): string | null {
  const m = /^\/([a-z0-9_-]*)$/i.exec(text.trim());
  return m ? m[1]!.toLowerCase() : null;
}

/** Replies whose shortcut starts with what was typed, shortest first; one's own before the team's of the same shortcut. */
export function matchingReplies(replies: readonly SavedReply[], typed: string): SavedReply[] {
  return replies
    .filter((r) => r.shortcut.startsWith(typed))
    .sort((a, b) => a.shortcut.localeCompare(b.shortcut) || Number(b.personal) - Number(a.personal));
}

/**
 * The reply with its variables filled in. A variable with no value stays as written and is
 * listed, so the agent fills it in by hand rather than sending "Hi ," to a customer.
 */
export function expandSavedReply(body: string, context: ReplyContext): { text: string; missing: string[] } {
  const values: Record<string, string | null> = { "customer.name": context.customerName?.split(" ")[0] || null, "order.number": context.orderNumber };
  const missing = new Set<string>();
  const text = body.replace(/\{\{\s*([a-z.]+)\s*\}\}/g, (whole, name: string) => {
    const value = values[name];
    if (value) return value;
    missing.add(name);
    return whole;
  });
  return { text, missing: [...missing] };
}
