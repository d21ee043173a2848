import { z } from "zod";
import { articleInput } from "@/lib/help-centre/article-input";

/** The whole article as it should read now. */
export const updateArticleBody = articleInput;

/** Showing or hiding the article on the help pages and in the AI's answers. */
export const publicationBody = z.strictObject({ published: z.boolean() });
