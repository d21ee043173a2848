import { z } from "zod";
import { CUSTOMER_LANGUAGES } from "../language/detect";

/** The part of a help-centre address after /help/: what customers see and links point at. */
export const ARTICLE_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_BODY_CHARS = 50_000;
export const MAX_TAGS = 20;

export const articleSlug = z
  .string()
  .trim()
  .min(2, "A slug needs at least 2 characters.")
  .max(80, "A slug has at most 80 characters.")
  .regex(ARTICLE_SLUG, "A slug is lowercase letters, digits and single hyphens, such as returns-policy.");

export const articleLanguage = z.enum(CUSTOMER_LANGUAGES, { error: `The language must be one the desk answers in: ${CUSTOMER_LANGUAGES.join(", ")}.` });

/** One article in one language, as written in the console or read from an import. */
export const articleInput = z.strictObject({
  slug: articleSlug,
  language: articleLanguage,
  title: z.string().trim().min(2, "A title needs at least 2 characters.").max(200, "A title has at most 200 characters."),
  category: z
    .string()
    .trim()
    .toLowerCase()
    .min(2, "A category needs at least 2 characters.")
    .max(60, "A category has at most 60 characters."),
  tags: z
    .array(z.string().trim().toLowerCase().min(1).max(40, "A tag has at most 40 characters."))
    .max(MAX_TAGS, `An article has at most ${MAX_TAGS} tags.`)
    .default([])
    .transform((tags) => [...new Set(tags)]),
  body: z
    .string()
    .trim()
    .min(20, "The article's text needs at least 20 characters.")
    .max(MAX_BODY_CHARS, `The article's text has at most ${MAX_BODY_CHARS} characters.`),
  published: z.boolean().default(true),
});

export type ArticleInput = z.output<typeof articleInput>;

/** The zod issues as one sentence a person can act on. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message)).join("; ");
}
