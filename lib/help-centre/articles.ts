import type { Db, Prisma } from "../db";
import { isUniqueViolation } from "../db/unique-violation";
import { audit } from "../business/audit";
import { roleAtLeast, type StaffRole } from "../auth/roles";
import type { ArticleInput } from "./article-input";

/**
 * Who changes the help centre: a signed-in person, or the server itself (the import command a
 * self-hoster runs). People need the supervisor role; agents read articles but do not edit them.
 */
export interface ArticleEditor {
  workspaceId: string;
  user: { id: string; role: StaffRole } | null;
}

export const EDITING_ROLE: StaffRole = "supervisor";

export class HelpCentreError extends Error {
  constructor(
    readonly reason: "forbidden" | "not_found" | "slug_taken",
    message: string,
  ) {
    super(message);
  }
}

export function assertMayEdit(editor: ArticleEditor): void {
  if (editor.user && !roleAtLeast(editor.user.role, EDITING_ROLE)) {
    throw new HelpCentreError("forbidden", `Editing the help centre needs the ${EDITING_ROLE} role.`);
  }
}

export function actorOf(editor: ArticleEditor) {
  return editor.user ? { actorType: "user" as const, actorId: editor.user.id } : { actorType: "system" as const, actorId: null };
}

const EDITABLE = ["slug", "language", "title", "category", "tags", "body", "published"] as const;

type StoredArticle = { slug: string; language: string; title: string; category: string; tags: unknown; body: string; published: boolean };

/** Which fields an edit changes; an unchanged save writes nothing, so answers are not re-indexed for it. */
export function changedFields(stored: StoredArticle, next: ArticleInput): (typeof EDITABLE)[number][] {
  return EDITABLE.filter((field) => JSON.stringify(stored[field]) !== JSON.stringify(next[field]));
}

function slugTaken(input: Pick<ArticleInput, "slug" | "language">) {
  return new HelpCentreError("slug_taken", `An article with the slug "${input.slug}" already exists in ${input.language}; edit that one instead.`);
}

/** A new article (one language of it). The (workspace, slug, language) key makes a second one with the same address fail. */
export async function createArticle(db: Db, editor: ArticleEditor, input: ArticleInput) {
  assertMayEdit(editor);
  try {
    return await db.$transaction(async (tx) => {
      const article = await tx.knowledgeArticle.create({ data: { workspaceId: editor.workspaceId, ...input } });
      await audit(tx, {
        workspaceId: editor.workspaceId,
        ...actorOf(editor),
        action: "help_centre.article_created",
        targetType: "knowledge_article",
        targetId: article.id,
        detail: { slug: article.slug, language: article.language, title: article.title, published: article.published },
      });
      return article;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw slugTaken(input);
    throw error;
  }
}

export async function updateArticle(db: Db, editor: ArticleEditor, id: string, input: ArticleInput) {
  assertMayEdit(editor);
  try {
    return await db.$transaction(async (tx) => {
      const stored = await tx.knowledgeArticle.findFirst({ where: { id, workspaceId: editor.workspaceId } });
      if (!stored) throw new HelpCentreError("not_found", "There is no such article in this help centre.");
      const changed = changedFields(stored, input);
      if (changed.length === 0) return stored;
      const article = await tx.knowledgeArticle.update({ where: { id }, data: input });
      await auditChange(tx, editor, article, changed, stored.published);
      return article;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw slugTaken(input);
    throw error;
  }
}

/** Publishing and unpublishing are their own audit actions: they decide what customers and the AI see. */
async function auditChange(tx: Prisma.TransactionClient, editor: ArticleEditor, article: StoredArticle & { id: string }, changed: readonly string[], wasPublished: boolean) {
  const action =
    article.published !== wasPublished ? (article.published ? "help_centre.article_published" : "help_centre.article_unpublished") : "help_centre.article_updated";
  await audit(tx, {
    workspaceId: editor.workspaceId,
    ...actorOf(editor),
    action,
    targetType: "knowledge_article",
    targetId: article.id,
    detail: { slug: article.slug, language: article.language, changed: [...changed] },
  });
}

/** Shows or hides an article; only a real change is written and audited, so two clicks at once audit once. */
export async function setArticlePublished(db: Db, editor: ArticleEditor, id: string, published: boolean) {
  assertMayEdit(editor);
  return db.$transaction(async (tx) => {
    const flipped = await tx.knowledgeArticle.updateMany({ where: { id, workspaceId: editor.workspaceId, published: !published }, data: { published } });
    const article = await tx.knowledgeArticle.findFirst({ where: { id, workspaceId: editor.workspaceId } });
    if (!article) throw new HelpCentreError("not_found", "There is no such article in this help centre.");
    if (flipped.count === 1) await auditChange(tx, editor, article, ["published"], !published);
    return article;
  });
}

/** Every article of the workspace, each language a row, by category, slug and language. */
export function listArticles(db: Db, workspaceId: string) {
  return db.knowledgeArticle.findMany({ where: { workspaceId }, orderBy: [{ category: "asc" }, { slug: "asc" }, { language: "asc" }] });
}

export function findArticle(db: Db, workspaceId: string, id: string) {
  return db.knowledgeArticle.findFirst({ where: { id, workspaceId } });
}
