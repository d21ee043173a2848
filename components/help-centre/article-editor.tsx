"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { splitSections } from "@/lib/models/offline/article-sections";
import { ActionError, Button, Input, Label, Textarea } from "@/components/ui";

export interface ArticleDraft {
  slug: string;
  language: string;
  title: string;
  category: string;
  tags: string[];
  body: string;
  published: boolean;
}

/** What a title reads as in an address: "Gift cards & vouchers" → gift-cards-vouchers. */
function slugOf(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
}

async function refusal(response: Response, fallback: string): Promise<string> {
  const body = (await response.json().catch(() => null)) as { error?: string } | null;
  return body?.error ?? fallback;
}

/**
 * Writes or edits one language of an article. The `##` headings are listed as they are typed:
 * each is a section the AI can answer from on its own.
 */
export function ArticleEditor({ id, initial, languages }: { id: string | null; initial: ArticleDraft; languages: { code: string; name: string }[] }) {
  const router = useRouter();
  const [draft, setDraft] = useState(initial);
  const [slugEdited, setSlugEdited] = useState(id !== null || initial.slug !== "");
  const [tags, setTags] = useState(initial.tags.join(", "));
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const sections = splitSections(draft.body).filter((s) => s.heading !== null);

  const change = (next: Partial<ArticleDraft>) => {
    setNotice(null);
    setDraft((d) => ({ ...d, ...next, ...(next.title !== undefined && !slugEdited ? { slug: slugOf(next.title) } : {}) }));
  };

  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const body = { ...draft, tags: tags.split(",").map((t) => t.trim()).filter(Boolean) };
    const response = await fetch(id ? `/api/admin/articles/${id}` : "/api/admin/articles", {
      method: id ? "PUT" : "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    setBusy(false);
    if (!response.ok) return setError(await refusal(response, "The article could not be saved."));
    const { article } = (await response.json()) as { article: { id: string } };
    if (!id) return router.push(`/admin/help-centre/${article.id}`);
    setNotice(draft.published ? "Saved. The help page and the AI's answers use it within seconds." : "Saved as a draft: customers and the AI do not see it until it is published.");
    router.refresh();
  }

  async function setPublished(published: boolean) {
    setBusy(true);
    setError(null);
    const response = await fetch(`/api/admin/articles/${id}`, { method: "PATCH", headers: { "content-type": "application/json" }, body: JSON.stringify({ published }) });
    setBusy(false);
    if (!response.ok) return setError(await refusal(response, "The article could not be changed."));
    setDraft((d) => ({ ...d, published }));
    setNotice(published ? "Published: on the help pages and in the AI's answers within seconds." : "Unpublished: gone from the help pages and the AI's answers within seconds.");
    router.refresh();
  }

  return (
    <form onSubmit={save} aria-label={id ? "Edit article" : "New article"} className="space-y-4">
      <div className="grid gap-4 md:grid-cols-2">
        <div>
          <Label htmlFor="article-title">Title</Label>
          <Input id="article-title" required minLength={2} maxLength={200} value={draft.title} onChange={(e) => change({ title: e.target.value })} />
        </div>
        <div>
          <Label htmlFor="article-slug">Slug (its address: /help/…)</Label>
          <Input
            id="article-slug"
            required
            pattern="[a-z0-9]+(-[a-z0-9]+)*"
            title="Lowercase letters, digits and single hyphens"
            maxLength={80}
            value={draft.slug}
            onChange={(e) => {
              setSlugEdited(true);
              change({ slug: e.target.value });
            }}
          />
        </div>
        <div>
          <Label htmlFor="article-language">Language</Label>
          <select
            id="article-language"
            className="block h-10 w-full rounded-md border border-slate-300 bg-white px-3 text-sm"
            value={draft.language}
            onChange={(e) => change({ language: e.target.value })}
          >
            {languages.map((language) => (
              <option key={language.code} value={language.code}>
                {language.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <Label htmlFor="article-category">Category</Label>
          <Input id="article-category" required minLength={2} maxLength={60} value={draft.category} onChange={(e) => change({ category: e.target.value })} />
        </div>
      </div>
      <div>
        <Label htmlFor="article-tags">Tags (comma-separated)</Label>
        <Input id="article-tags" value={tags} onChange={(e) => setTags(e.target.value)} />
      </div>
      <div>
        <Label htmlFor="article-body">Article text (Markdown)</Label>
        <Textarea id="article-body" required minLength={20} maxLength={50_000} rows={16} className="font-mono" value={draft.body} onChange={(e) => change({ body: e.target.value })} />
        <p className="mt-1 text-xs text-slate-500">
          {sections.length > 0
            ? `Sections the AI answers from: ${sections.map((s) => s.heading).join(" · ")}`
            : "Start each topic with a ## heading: the AI answers from one section at a time."}
        </p>
      </div>
      {id === null ? (
        <label className="flex items-center gap-2 text-sm text-slate-700">
          <input type="checkbox" checked={draft.published} onChange={(e) => change({ published: e.target.checked })} />
          Publish now (otherwise it is saved as a draft)
        </label>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={busy}>
          {id ? "Save changes" : "Create article"}
        </Button>
        {id ? (
          draft.published ? (
            <Button variant="secondary" disabled={busy} onClick={() => setPublished(false)}>
              Unpublish
            </Button>
          ) : (
            <Button variant="secondary" disabled={busy} onClick={() => setPublished(true)}>
              Publish
            </Button>
          )
        ) : null}
        {notice ? (
          <p role="status" className="text-sm text-emerald-700">
            {notice}
          </p>
        ) : null}
        <ActionError message={error} />
      </div>
    </form>
  );
}
