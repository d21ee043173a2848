import type { Db } from "../db";

/**
 * What the public help pages show: published articles only, read on every request, so an edit,
 * a publish or an unpublish shows on every instance at the next page load.
 */

/** One entry per article: its English version, or its first language when it has no English one. */
export async function publishedArticleList(db: Db, workspaceId: string) {
  const rows = await db.knowledgeArticle.findMany({ where: { workspaceId, published: true }, orderBy: [{ category: "asc" }, { title: "asc" }] });
  const bySlug = new Map<string, (typeof rows)[number]>();
  for (const row of rows) {
    const kept = bySlug.get(row.slug);
    if (!kept || (row.language === "en" && kept.language !== "en")) bySlug.set(row.slug, row);
  }
  return [...bySlug.values()];
}

/** The article in the language asked for, or in English, or in whichever language it is published. */
export async function publishedArticle(db: Db, workspaceId: string, slug: string, language: string | undefined) {
  const translations = await db.knowledgeArticle.findMany({ where: { workspaceId, slug, published: true }, orderBy: { language: "asc" } });
  return translations.find((a) => a.language === language) ?? translations.find((a) => a.language === "en") ?? translations[0] ?? null;
}
