import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db";
import { publicWorkspace } from "@/lib/workspace/public-workspace";
import { MarkdownView } from "@/components/help/markdown-view";
import { publishedArticle } from "@/lib/help-centre/public-articles";

/** The article in the language asked for (`?lang=es`), or in English when it has no such translation. */
async function findArticle(slug: string, workspaceSlug: string | undefined, language: string | undefined) {
  const db = await getDb();
  const workspace = await publicWorkspace(db, workspaceSlug);
  if (!workspace) return null;
  return publishedArticle(db, workspace.id, slug, language);
}

function single(value: string | string[] | undefined): string | undefined {
  return typeof value === "string" ? value : undefined;
}

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ slug }, { workspace, lang }] = await Promise.all([params, searchParams]);
  const article = await findArticle(slug, single(workspace), single(lang));
  return { title: article?.title ?? "Help centre" };
}

export default async function HelpArticlePage({ params, searchParams }: Props) {
  const [{ slug }, { workspace, lang }] = await Promise.all([params, searchParams]);
  const article = await findArticle(slug, single(workspace), single(lang));
  if (!article) notFound();
  return (
    <main className="mx-auto max-w-3xl px-6 py-12">
      <Link href="/help" className="text-sm text-brand-700 hover:underline">
        ← Help centre
      </Link>
      <p className="mt-6 text-sm font-medium uppercase tracking-wide text-slate-500">{article.category}</p>
      <h1 className="mt-1 text-3xl font-bold text-slate-900">{article.title}</h1>
      <article className="mt-6">
        <MarkdownView source={article.body} />
      </article>
    </main>
  );
}
