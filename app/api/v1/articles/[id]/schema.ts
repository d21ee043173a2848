import { z } from "zod";
import { defineOperation } from "@/lib/api/operation";
import { articleInput } from "@/lib/help-centre/article-input";
import { article } from "../schema";

const articleParams = z.strictObject({ id: z.string().min(1).max(64) });

export const readArticle = defineOperation({
  method: "GET",
  path: "/api/v1/articles/{id}",
  tag: "Help centre",
  summary: "One article in one language",
  scope: "read",
  params: articleParams,
  response: article,
});

export const replaceArticle = defineOperation({
  method: "PUT",
  path: "/api/v1/articles/{id}",
  tag: "Help centre",
  summary: "Replace an article with a new version",
  scope: "write",
  params: articleParams,
  body: articleInput,
  response: article,
});

export const deleteArticle = defineOperation({
  method: "DELETE",
  path: "/api/v1/articles/{id}",
  tag: "Help centre",
  summary: "Delete one language of an article",
  scope: "write",
  params: articleParams,
  response: z.object({ deleted: z.literal(true), id: z.string() }),
});
