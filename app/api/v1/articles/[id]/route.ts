import { articleEditor, asApiErrors, deleteArticle as removeArticle, toArticle } from "@/lib/api/articles";
import { ApiError } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/operation";
import { findArticle, updateArticle } from "@/lib/help-centre/articles";
import { deleteArticle, readArticle, replaceArticle } from "./schema";

export const GET = apiRoute(readArticle, async ({ db, token, params }) => {
  const found = await findArticle(db, token.workspaceId, params.id);
  if (!found) throw new ApiError("not_found", `No article ${params.id} in this help centre.`);
  return toArticle(found);
});

export const PUT = apiRoute(replaceArticle, async ({ db, token, params, body }) => toArticle(await asApiErrors(updateArticle(db, await articleEditor(db, token), params.id, body))));

export const DELETE = apiRoute(deleteArticle, async ({ db, token, params }) => {
  await asApiErrors(removeArticle(db, await articleEditor(db, token), params.id));
  return { deleted: true as const, id: params.id };
});
