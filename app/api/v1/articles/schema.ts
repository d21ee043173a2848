import { z } from "zod";
import { defineOperation } from "@/lib/api/operation";
import { articleInput, articleLanguage } from "@/lib/help-centre/article-input";

export const article = z.object({
  id: z.string(),
  slug: z.string(),
  language: z.string(),
  title: z.string(),
  category: z.string(),
  tags: z.array(z.string()),
  body: z.string().describe("Markdown."),
  published: z.boolean(),
  source: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const listArticles = defineOperation({
  method: "GET",
  path: "/api/v1/articles",
  tag: "Help centre",
  summary: "Every help-centre article; each language of an article is its own entry",
  scope: "read",
  query: z.strictObject({
    language: articleLanguage.optional(),
    category: z.string().trim().toLowerCase().max(60).optional(),
    published: z.enum(["true", "false"]).optional(),
  }),
  response: z.object({ data: z.array(article) }),
});

export const createArticle = defineOperation({
  method: "POST",
  path: "/api/v1/articles",
  tag: "Help centre",
  summary: "Write an article in one language",
  description: "The slug and language together are unique; a second article with both answers 409. The AI answers from it once it is published.",
  scope: "write",
  status: 201,
  body: articleInput,
  response: article,
});
