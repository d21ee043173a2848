import { articleInput } from "@/lib/help-centre/article-input";

/** A new article in one language: the same rules the import applies to each file. */
export const createArticleBody = articleInput;
