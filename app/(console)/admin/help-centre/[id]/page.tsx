import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireStaffPage } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { helpCentreLink } from "@/lib/agents/answer-basis";
import { EDITING_ROLE, findArticle } from "@/lib/help-centre/articles";
import { articleKey, gapQuestionsFor, loadArticleUsage, loadGapQuestions, USAGE_DAYS } from "@/lib/help-centre/article-usage";
import { ARTICLE_LANGUAGES, languageName } from "@/lib/help-centre/languages";
import { Badge, Card, CardBody, CardHeader } from "@/components/ui";
import { ArticleEditor } from "@/components/help-centre/article-editor";

export const metadata: Metadata = { title: "Article" };

const AUDIT_SHOWN = 10;

export default async function ArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const staff = await requireStaffPage(EDITING_ROLE, `/admin/help-centre/${id}`);
  const db = await getDb();
  const article = await findArticle(db, staff.workspaceId, id);
  if (!article) notFound();
  const now = new Date();
  const [translations, usageByArticle, gaps, history] = await Promise.all([
    db.knowledgeArticle.findMany({ where: { workspaceId: staff.workspaceId, slug: article.slug }, orderBy: { language: "asc" } }),
    loadArticleUsage(db, staff.workspaceId, now),
    loadGapQuestions(db, staff.workspaceId, now),
    db.auditLog.findMany({ where: { workspaceId: staff.workspaceId, targetType: "knowledge_article", targetId: article.id }, orderBy: { createdAt: "desc" }, take: AUDIT_SHOWN }),
  ]);
  const usage = usageByArticle.get(articleKey(article.slug, article.language));
  const gapQuestions = gapQuestionsFor(article, gaps);
  const untranslated = ARTICLE_LANGUAGES.filter((l) => !translations.some((t) => t.language === l.code));
  const actors = new Map((await db.user.findMany({ where: { id: { in: history.flatMap((h) => h.actorId ?? []) } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));

  return (
    <div className="space-y-6">
      <Link href="/admin/help-centre" className="text-sm text-brand-700 hover:underline">
        ← Help centre
      </Link>
      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <CardHeader
            title={
              <span className="flex items-center gap-2">
                {article.title}
                <Badge tone={article.published ? "success" : "neutral"}>{article.published ? "published" : "draft"}</Badge>
              </span>
            }
            description={`${languageName(article.language)}${article.source ? ` · imported from ${article.source}` : ""}`}
            actions={
              article.published ? (
                <Link href={helpCentreLink(article.slug, article.language)} className="text-sm text-brand-700 hover:underline">
                  Open on the help pages
                </Link>
              ) : null
            }
          />
          <CardBody>
            <ArticleEditor
              id={article.id}
              languages={ARTICLE_LANGUAGES}
              initial={{ slug: article.slug, language: article.language, title: article.title, category: article.category, tags: article.tags as string[], body: article.body, published: article.published }}
            />
          </CardBody>
        </Card>
        <div className="space-y-6">
          <Card>
            <CardHeader title="Languages" />
            <CardBody className="space-y-2 text-sm">
              {translations.map((t) => (
                <div key={t.id} className="flex items-center justify-between">
                  {t.id === article.id ? <span className="font-medium">{languageName(t.language)}</span> : <Link href={`/admin/help-centre/${t.id}`} className="text-brand-700 hover:underline">{languageName(t.language)}</Link>}
                  <Badge tone={t.published ? "success" : "neutral"}>{t.published ? "published" : "draft"}</Badge>
                </div>
              ))}
              {untranslated.length > 0 ? (
                <Link href={`/admin/help-centre/new?translate=${article.id}`} className="block text-brand-700 hover:underline">
                  Add a translation ({untranslated.map((l) => l.name).join(", ")})
                </Link>
              ) : null}
            </CardBody>
          </Card>
          <Card>
            <CardHeader title="Used in AI answers" description={`Replies built on this article in the last ${USAGE_DAYS} days.`} />
            <CardBody className="text-sm">
              {usage ? (
                <>
                  <p>
                    {usage.answers} replies, average match {usage.averageConfidence.toFixed(2)}, last {usage.lastAnsweredAt?.toISOString().slice(0, 16).replace("T", " ")} UTC
                  </p>
                  <ul className="mt-2 space-y-1">
                    {usage.sections.map((s) => (
                      <li key={s.heading} className="flex justify-between gap-2">
                        <span className="truncate">{s.heading}</span>
                        <span className="text-slate-500">{s.answers}</span>
                      </li>
                    ))}
                  </ul>
                </>
              ) : (
                <p className="text-slate-500">No replies were built on it yet.</p>
              )}
            </CardBody>
          </Card>
          <Card>
            <CardHeader title="Content-gap questions" description="Questions the help centre answered below the confidence floor that share this article's topic words." />
            <CardBody className="text-sm">
              {gapQuestions.length > 0 ? (
                <ul className="list-disc space-y-1 pl-5">
                  {gapQuestions.slice(0, 20).map((g, i) => (
                    <li key={i}>
                      “{g.question}” <span className="text-slate-500">(match {g.answerConfidence.toFixed(2)})</span>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="text-slate-500">None in the last {USAGE_DAYS} days.</p>
              )}
            </CardBody>
          </Card>
          <Card>
            <CardHeader title="History" />
            <CardBody className="space-y-1 text-sm">
              {history.map((h) => (
                <p key={h.id}>
                  <span className="text-slate-500">{h.createdAt.toISOString().slice(0, 16).replace("T", " ")}</span> {h.action.replace("help_centre.article_", "")} by{" "}
                  {h.actorId ? (actors.get(h.actorId) ?? "a former team member") : "the import command"}
                </p>
              ))}
            </CardBody>
          </Card>
        </div>
      </div>
    </div>
  );
}
