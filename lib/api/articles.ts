import type { Db } from "../db";
import type { KnowledgeArticle } from "../db";
import { audit } from "../business/audit";
import { actorOf, assertMayEdit, HelpCentreError, type ArticleEditor } from "../help-centre/articles";
import { ApiError } from "./errors";
import { tokenActor } from "./conversations";
import type { AuthenticatedToken } from "./tokens";

/** Help-centre articles through the REST API: the console's own functions, edited as the token's admin. */

export async function articleEditor(db: Db, token: AuthenticatedToken): Promise<ArticleEditor> {
  const actor = await tokenActor(db, token);
  return { workspaceId: token.workspaceId, user: { id: actor.userId, role: actor.role } };
}

const STATUS_CODE = { forbidden: "insufficient_scope", not_found: "not_found", slug_taken: "conflict" } as const;

/** The help centre's refusals in the API's error shape. */
export async function asApiErrors<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof HelpCentreError) throw new ApiError(STATUS_CODE[error.reason], error.message);
    throw error;
  }
}

/** Removes one language of an article; the answer index notices on its next look (its version counts articles). */
export async function deleteArticle(db: Db, editor: ArticleEditor, id: string): Promise<void> {
  assertMayEdit(editor);
  await db.$transaction(async (tx) => {
    const article = await tx.knowledgeArticle.findFirst({ where: { id, workspaceId: editor.workspaceId } });
    if (!article) throw new HelpCentreError("not_found", "There is no such article in this help centre.");
    await tx.knowledgeArticle.delete({ where: { id } });
    await audit(tx, {
      workspaceId: editor.workspaceId,
      ...actorOf(editor),
      action: "help_centre.article_deleted",
      targetType: "knowledge_article",
      targetId: id,
      detail: { slug: article.slug, language: article.language, title: article.title },
    });
  });
}

export function toArticle(a: KnowledgeArticle) {
  return {
    id: a.id,
    slug: a.slug,
    language: a.language,
    title: a.title,
    category: a.category,
    tags: Array.isArray(a.tags) ? a.tags.filter((t): t is string => typeof t === "string") : [],
    body: a.body,
    published: a.published,
    source: a.source,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  };
}
