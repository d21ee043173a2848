import type { Metadata } from "next";
import Link from "next/link";
import { requireStaffPage } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { EDITING_ROLE } from "@/lib/help-centre/articles";
import { ARTICLE_LANGUAGES } from "@/lib/help-centre/languages";
import { Card, CardBody, CardHeader } from "@/components/ui";
import { ArticleEditor } from "@/components/help-centre/article-editor";

export const metadata: Metadata = { title: "New article" };

/** A new article, or with `?translate=<id>` a new language of an existing one, starting from its text. */
export default async function NewArticlePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const staff = await requireStaffPage(EDITING_ROLE, "/admin/help-centre/new");
  const { translate } = await searchParams;
  const source = typeof translate === "string" ? await (await getDb()).knowledgeArticle.findFirst({ where: { id: translate, workspaceId: staff.workspaceId } }) : null;
  const taken = source ? new Set((await (await getDb()).knowledgeArticle.findMany({ where: { workspaceId: staff.workspaceId, slug: source.slug }, select: { language: true } })).map((a) => a.language)) : new Set<string>();
  const initial = source
    ? {
        slug: source.slug,
        language: ARTICLE_LANGUAGES.find((l) => !taken.has(l.code))?.code ?? source.language,
        title: source.title,
        category: source.category,
        tags: source.tags as string[],
        body: source.body,
        published: false,
      }
    : { slug: "", language: "en", title: "", category: "", tags: [], body: "", published: true };
  return (
    <div className="space-y-4">
      <Link href="/admin/help-centre" className="text-sm text-brand-700 hover:underline">
        ← Help centre
      </Link>
      <Card>
        <CardHeader title={source ? `Translate “${source.title}”` : "New article"} description="Markdown; each ## heading starts a section the AI can answer from." />
        <CardBody>
          <ArticleEditor id={null} initial={initial} languages={ARTICLE_LANGUAGES} />
        </CardBody>
      </Card>
    </div>
  );
}
