import type { Db } from "../db";
import { audit } from "../business/audit";
import { actorOf, assertMayEdit, changedFields, type ArticleEditor } from "./articles";
import type { ImportBatch, ImportedArticle, RejectedFile } from "./import-source";

export interface ImportOutcome {
  created: { slug: string; language: string; source: string }[];
  updated: { slug: string; language: string; source: string }[];
  unchanged: number;
  rejected: RejectedFile[];
  ignored: string[];
}

type Applied = "created" | "updated" | "unchanged";

/**
 * Writes an import's articles. The (workspace, slug, language) key decides which row an article
 * is, so importing the same source again updates what changed and leaves the rest alone; each
 * article is its own transaction with its audit row, so one failing does not undo the others.
 */
export async function applyImport(db: Db, editor: ArticleEditor, batch: ImportBatch, importName: string): Promise<ImportOutcome> {
  assertMayEdit(editor);
  const outcome: ImportOutcome = { created: [], updated: [], unchanged: 0, rejected: [...batch.rejected], ignored: batch.ignored };
  for (const article of batch.articles) {
    try {
      const applied = await applyOne(db, editor, article, importName);
      if (applied === "unchanged") outcome.unchanged++;
      else outcome[applied].push({ slug: article.input.slug, language: article.input.language, source: article.source });
    } catch (error) {
      outcome.rejected.push({ name: article.source, reason: `It could not be saved: ${error instanceof Error ? error.message : String(error)}` });
    }
  }
  await audit(db, {
    workspaceId: editor.workspaceId,
    ...actorOf(editor),
    action: "help_centre.imported",
    targetType: "workspace",
    targetId: editor.workspaceId,
    detail: {
      import: importName,
      created: outcome.created.length,
      updated: outcome.updated.length,
      unchanged: outcome.unchanged,
      rejected: outcome.rejected.map((r) => `${r.name}: ${r.reason}`).slice(0, 100),
    },
  });
  return outcome;
}

async function applyOne(db: Db, editor: ArticleEditor, { source, input }: ImportedArticle, importName: string, retried = false): Promise<Applied> {
  try {
    return await db.$transaction(async (tx) => {
      const key = { workspaceId: editor.workspaceId, slug: input.slug, language: input.language };
      const stored = await tx.knowledgeArticle.findUnique({ where: { workspaceId_slug_language: key } });
      if (!stored) {
        const article = await tx.knowledgeArticle.create({ data: { ...key, ...input, source } });
        await audit(tx, {
          workspaceId: editor.workspaceId,
          ...actorOf(editor),
          action: "help_centre.article_imported",
          targetType: "knowledge_article",
          targetId: article.id,
          detail: { slug: input.slug, language: input.language, source, import: importName, outcome: "created" },
        });
        return "created";
      }
      const changed = [...changedFields(stored, input), ...(stored.source === source ? [] : ["source"])];
      if (changed.length === 0) return "unchanged";
      await tx.knowledgeArticle.update({ where: { id: stored.id }, data: { ...input, source } });
      await audit(tx, {
        workspaceId: editor.workspaceId,
        ...actorOf(editor),
        action: "help_centre.article_imported",
        targetType: "knowledge_article",
        targetId: stored.id,
        detail: { slug: input.slug, language: input.language, source, import: importName, outcome: "updated", changed },
      });
      return "updated";
    });
  } catch (error) {
    // Another instance created the same article a moment ago: it exists now, so this becomes an update.
    if (!retried && (error as { code?: string }).code === "P2002") return applyOne(db, editor, { source, input }, importName, true);
    throw error;
  }
}
