import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db";
import { publicWorkspace } from "@/lib/workspace/public-workspace";
import { publishedArticleList } from "@/lib/help-centre/public-articles";
import { helpCentreLink } from "@/lib/agents/answer-basis";
import { Card, CardBody } from "@/components/ui";

export const metadata: Metadata = { title: "Help centre" };

export default async function HelpCentrePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { workspace: slug } = await searchParams;
  const db = await getDb();
  const workspace = await publicWorkspace(db, typeof slug === "string" ? slug : undefined);
  if (!workspace) notFound();
  const articles = await publishedArticleList(db, workspace.id);
  const byCategory = new Map<string, typeof articles>();
  for (const article of articles) byCategory.set(article.category, [...(byCategory.get(article.category) ?? []), article]);
  return (
    <main className="mx-auto max-w-4xl px-6 py-12">
      <h1 className="text-3xl font-bold text-slate-900">{workspace.name} help centre</h1>
      <div className="mt-8 grid gap-4 sm:grid-cols-2">
        {[...byCategory].map(([category, items]) => (
          <Card key={category}>
            <CardBody>
              <h2 className="font-semibold capitalize text-slate-900">{category}</h2>
              <ul className="mt-2 space-y-1 text-sm">
                {items.map((a) => (
                  <li key={a.id}>
                    <Link href={helpCentreLink(a.slug, a.language)} className="text-brand-700 hover:underline">
                      {a.title}
                    </Link>
                  </li>
                ))}
              </ul>
            </CardBody>
          </Card>
        ))}
      </div>
    </main>
  );
}
