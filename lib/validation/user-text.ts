import { z } from "zod";

/**
 * Text a person typed (a message, a note, a comment, a page title). PostgreSQL cannot store a
 * NUL character in text or JSON, so input carrying one is refused where it arrives, with a
 * reason, instead of failing later as a server error or a message that can never be saved.
 */
export function userText(field = "This text") {
  return z.string().refine((text) => !text.includes("\u0000"), `${field} contains a NUL character (\\u0000), which cannot be stored.`);
}
