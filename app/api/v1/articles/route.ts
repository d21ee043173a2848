import { articleEditor, asApiErrors, toArticle } from "@/lib/api/articles";
import { apiRoute } from "@/lib/api/operation";
import { createArticle as writeArticle, listArticles as allArticles } from "@/lib/help-centre/articles";
import { createArticle, listArticles } from "./schema";

export const GET = apiRoute(listArticles, async ({ db, token, query }) => {
  const articles = (await allArticles(db, token.workspaceId)).filter(
    (a) => (!query.language || a.language === query.language) && (!query.category || a.category === query.category) && (!query.published || String(a.published) === query.published),
  );
  return { data: articles.map(toArticle) };
});

export const POST = apiRoute(createArticle, async ({ db, token, body }) => toArticle(await asApiErrors(writeArticle(db, await articleEditor(db, token), body))));
