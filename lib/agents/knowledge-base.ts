import type { Db } from "../db";
import { KnowledgeIndex } from "../models/offline/knowledge-retrieval";

const CATALOGUE_TTL_MS = 60_000;
const catalogues = new Map<string, { loadedAt: number; products: { id: string; name: string }[] }>();

/** Product names for entity extraction; a minute-old catalogue is fresh enough to recognise names. */
export async function catalogueFor(db: Db, workspaceId: string) {
  const cached = catalogues.get(workspaceId);
  if (cached && Date.now() - cached.loadedAt < CATALOGUE_TTL_MS) return cached.products;
  const products = await db.product.findMany({ where: { workspaceId }, select: { id: true, name: true } });
  catalogues.set(workspaceId, { loadedAt: Date.now(), products });
  return products;
}

/**
 * One search index per workspace, rebuilt only when an article is added, removed or edited, so
 * answering a question never re-reads the whole help centre.
 */
const cache = new Map<string, { version: string; checkedAt: number; index: KnowledgeIndex; categories: Map<string, string> }>();

/** How long an index is used before checking for edited articles; an edit reaches answers within it. */
const VERSION_CHECK_MS = 10_000;

export async function knowledgeIndexFor(db: Db, workspaceId: string) {
  const current = cache.get(workspaceId);
  if (current && Date.now() - current.checkedAt < VERSION_CHECK_MS) return current;
  const stats = await db.knowledgeArticle.aggregate({
    where: { workspaceId, published: true },
    _count: true,
    _max: { updatedAt: true },
  });
  const version = `${stats._count}:${stats._max.updatedAt?.getTime() ?? 0}`;
  if (current?.version === version) {
    current.checkedAt = Date.now();
    return current;
  }
  const articles = await db.knowledgeArticle.findMany({ where: { workspaceId, published: true } });
  const entry = {
    version,
    checkedAt: Date.now(),
    index: new KnowledgeIndex(articles.map((a) => ({ id: a.id, slug: a.slug, title: a.title, body: a.body, tags: a.tags as string[] }))),
    categories: new Map(articles.map((a) => [a.id, a.category])),
  };
  cache.set(workspaceId, entry);
  return entry;
}
