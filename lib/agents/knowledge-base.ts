import type { Db } from "../db";
import { KnowledgeIndex, questionClauses, SEMANTIC_LANGUAGES, type AnswerModels, type KnowledgeHit, type Question } from "../models/offline/knowledge-retrieval";
import { encodeSentences } from "../models/offline/sentence-encoder";
import type { IntentModel } from "../models/offline/intent-model";
import { intentClassifierFor } from "../models/offline/workspace-intent-model";

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

/** How many of an article's likeliest intents make up its profile: the rest is noise. */
const PROFILE_INTENTS = 5;

/**
 * One search index per workspace, rebuilt only when an article is added, removed or edited, so
 * answering a question never re-reads, re-embeds or re-classifies the whole help centre.
 */
interface IndexEntry {
  version: string;
  checkedAt: number;
  index: Promise<KnowledgeIndex>;
}
const cache = new Map<string, IndexEntry>();

/**
 * Each workspace's section embeddings from its last index build, by text: after an article is
 * edited or published only its own sections are encoded again, so the change reaches answers
 * within seconds instead of after re-reading the whole help centre.
 */
const embeddingsByWorkspace = new Map<string, Map<string, Float32Array>>();

function reusingEncoder(workspaceId: string) {
  return async (texts: readonly string[]): Promise<Float32Array[]> => {
    const previous = embeddingsByWorkspace.get(workspaceId) ?? new Map<string, Float32Array>();
    const missing = [...new Set(texts.filter((t) => !previous.has(t)))];
    const fresh = missing.length > 0 ? await encodeSentences(missing) : [];
    const known = new Map([...previous, ...missing.map((t, i) => [t, fresh[i]!] as const)]);
    const embeddings = texts.map((t) => known.get(t)!);
    // Only the texts of this build are kept, so removed articles do not pile up.
    embeddingsByWorkspace.set(workspaceId, new Map(texts.map((t, i) => [t, embeddings[i]!])));
    return embeddings;
  };
}

/** How long an index is used before checking for edited articles; an edit reaches answers within it. */
const VERSION_CHECK_MS = 10_000;

export async function knowledgeIndexFor(db: Db, workspaceId: string, classifier: IntentModel, now = Date.now()): Promise<{ index: KnowledgeIndex }> {
  const current = cache.get(workspaceId);
  if (current && now - current.checkedAt < VERSION_CHECK_MS) return { index: await current.index };
  const stats = await db.knowledgeArticle.aggregate({
    where: { workspaceId, published: true },
    _count: true,
    _max: { updatedAt: true },
  });
  const version = `${stats._count}:${stats._max.updatedAt?.getTime() ?? 0}`;
  if (current?.version === version) {
    current.checkedAt = now;
    return { index: await current.index };
  }
  const articles = await db.knowledgeArticle.findMany({ where: { workspaceId, published: true } });
  const entry: IndexEntry = {
    version,
    checkedAt: now,
    index: KnowledgeIndex.build(
      articles.map((a) => ({ id: a.id, slug: a.slug, language: a.language, title: a.title, body: a.body, tags: a.tags as string[] })),
      {
        encode: reusingEncoder(workspaceId),
        intentsOf: async (texts) =>
          (await classifier.classifyAll(texts)).map((p) => new Map(p.scores.slice(0, PROFILE_INTENTS).map((s) => [s.label, s.probability]))),
      },
    ),
  };
  // A failed build is not kept: the next question tries again.
  entry.index.catch(() => cache.get(workspaceId) === entry && cache.delete(workspaceId));
  cache.set(workspaceId, entry);
  return { index: await entry.index };
}

/**
 * Builds every workspace's help-centre index ahead of the first question: encoding each article
 * section takes tens of seconds on a small machine, longer than a customer's turn may wait.
 * One workspace at a time, so answering customers meanwhile still gets a core.
 */
export async function warmHelpCentres(db: Db): Promise<void> {
  const workspaces = await db.workspace.findMany({ select: { id: true } });
  for (const { id } of workspaces) await knowledgeIndexFor(db, id, await intentClassifierFor(id));
}

/**
 * The question's embedding and its clauses', in a language the encoder reads (none in another).
 * The encoder works on its own thread, so a caller may start this early and do other work meanwhile.
 */
export function readQuestion(text: string, language: string): Promise<Float32Array[]> {
  return SEMANTIC_LANGUAGES.has(language) ? encodeSentences([text, ...questionClauses(text)]) : Promise.resolve([]);
}

/**
 * Searches the help centre in the customer's language. The question is embedded once per turn
 * (`readQuestion`), and only in a language the encoder reads. English articles nobody translated are weighed
 * too, even when an article in the customer's language seems to fit: a word two articles share by
 * chance ("falla" in a failed payment and a failed firmware update) must not hide the one article
 * about the question just because it is in English. Saying it is in English is the reply's concern.
 * An English article that has a translation was already weighed in the customer's words, so it is
 * not offered again on the strength of a shared word. A question naming what only an untranslated
 * English article speaks of ("firmware", in a help centre whose Spanish firmware article is not
 * written yet) gets that article, however well the customer's other words fit one in their language.
 */
export async function searchHelpCentre(
  index: KnowledgeIndex,
  question: Omit<Question, "embedding">,
  options: { limit: number; models?: AnswerModels; /** `readQuestion` of the question, when the caller started it earlier. */ read?: Promise<Float32Array[]> },
): Promise<KnowledgeHit[]> {
  const [embedding = null, ...clauseEmbeddings] = await (options.read ?? readQuestion(question.text, question.language));
  const inLanguage = index.search({ ...question, embedding, clauseEmbeddings }, options);
  if (question.language === "en") return inLanguage;
  // Words shared with the English articles (product names, "PayPal", "2FA") are the only evidence here.
  const english = index.search({ ...question, language: "en", embedding: null }, options).filter((hit) => !index.hasArticle(question.language, hit.article.slug));
  if (english.length === 0) return inLanguage;
  const unused = index.unusedWords(question.language, question.text);
  const namesUntranslated = unused.length > 0 && index.search({ ...question, text: unused.join(" "), language: "en", embedding: null }, options).some((hit) => hit.article.slug === english[0]!.article.slug && hit.features.lexical > 0);
  return namesUntranslated || english[0]!.confidence > (inLanguage[0]?.confidence ?? 0) ? english : inLanguage;
}
