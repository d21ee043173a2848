import type { Metadata } from "next";
import Link from "next/link";
import { requireStaffPage } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { EDITING_ROLE, listArticles } from "@/lib/help-centre/articles";
import { articleKey, gapQuestionsFor, loadArticleUsage, loadGapQuestions, USAGE_DAYS } from "@/lib/help-centre/article-usage";
import { languageName } from "@/lib/help-centre/languages";
import { Badge, buttonClasses, Card, CardBody, CardHeader, EmptyRow, Table, Td, Th } from "@/components/ui";
import { ImportForm } from "@/components/help-centre/import-form";

export const metadata: Metadata = { title: "Help centre" };

export default async function HelpCentreAdminPage() {
  const staff = await requireStaffPage(EDITING_ROLE, "/admin/help-centre");
  const db = await getDb();
  const now = new Date();
  const [rows, usage, gaps] = await Promise.all([listArticles(db, staff.workspaceId), loadArticleUsage(db, staff.workspaceId, now), loadGapQuestions(db, staff.workspaceId, now)]);
  // One line per article; each language of it is a link to its editor.
  const bySlug = new Map<string, typeof rows>();
  for (const row of rows) bySlug.set(row.slug, [...(bySlug.get(row.slug) ?? []), row]);
  const articles = [...bySlug.values()].map((translations) => {
    const lead = translations.find((t) => t.language === "en") ?? translations[0]!;
    return {
      lead,
      translations,
      answers: translations.reduce((sum, t) => sum + (usage.get(articleKey(t.slug, t.language))?.answers ?? 0), 0),
      gaps: gapQuestionsFor(lead, gaps).length,
    };
  });

  return (
    <div className="space-y-6">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold text-slate-900">Help centre</h1>
        <div className="flex gap-3">
          <Link href="/help" className={buttonClasses("secondary")}>
            View the help pages
          </Link>
          <Link href="/admin/help-centre/new" className={buttonClasses()}>
            New article
          </Link>
        </div>
      </div>
      <Card>
        <CardHeader
          title={`${articles.length} articles`}
          description={`Published articles are on the help pages and in the AI's answers within seconds of a change. Usage and gap questions cover the last ${USAGE_DAYS} days.`}
        />
        <Table>
          <thead>
            <tr>
              <Th>Article</Th>
              <Th>Category</Th>
              <Th>Languages</Th>
              <Th>AI answers</Th>
              <Th>Gap questions</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {articles.length === 0 ? <EmptyRow colSpan={5}>No articles yet: write one or import your help centre below.</EmptyRow> : null}
            {articles.map(({ lead, translations, answers, gaps }) => (
              <tr key={lead.slug}>
                <Td>
                  <Link href={`/admin/help-centre/${lead.id}`} className="font-medium text-brand-700 hover:underline">
                    {lead.title}
                  </Link>
                  <div className="text-xs text-slate-500">/help/{lead.slug}</div>
                </Td>
                <Td className="capitalize">{lead.category}</Td>
                <Td>
                  <div className="flex flex-wrap gap-1">
                    {translations.map((t) => (
                      <Link key={t.id} href={`/admin/help-centre/${t.id}`} title={`${languageName(t.language)}: ${t.published ? "published" : "draft"}`}>
                        <Badge tone={t.published ? "success" : "neutral"}>
                          {t.language}
                          {t.published ? "" : " · draft"}
                        </Badge>
                      </Link>
                    ))}
                  </div>
                </Td>
                <Td>{answers}</Td>
                <Td>{gaps}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>
      <Card>
        <CardHeader
          title="Import"
          description="Markdown files with front matter (slug, title, category, language, tags, published) in a .zip, or a CSV with the columns slug,language,title,category,tags,body. Articles are matched by slug and language: importing again updates them."
        />
        <CardBody>
          <ImportForm />
        </CardBody>
      </Card>
    </div>
  );
}
