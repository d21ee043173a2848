"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { ActionError, Button, Input, Label } from "@/components/ui";

interface ImportOutcome {
  created: { slug: string; language: string; source: string }[];
  updated: { slug: string; language: string; source: string }[];
  unchanged: number;
  rejected: { name: string; reason: string }[];
  ignored: string[];
}

/** Uploads a zip of Markdown files, a CSV or one Markdown file, and says what became of each file. */
export function ImportForm() {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);

  async function upload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setOutcome(null);
    const response = await fetch("/api/admin/articles/import", { method: "POST", body: new FormData(event.currentTarget) });
    setBusy(false);
    const body = (await response.json().catch(() => null)) as (ImportOutcome & { error?: string }) | null;
    if (!response.ok || !body) return setError(body?.error ?? "The import could not be read.");
    setOutcome(body);
    router.refresh();
  }

  return (
    <form onSubmit={upload} aria-label="Import articles" className="space-y-3">
      <div>
        <Label htmlFor="import-file">A .zip of Markdown files, a .csv or a .md file</Label>
        <Input id="import-file" name="file" type="file" required accept=".zip,.csv,.md,.markdown" className="py-1.5" />
      </div>
      <Button type="submit" disabled={busy}>
        {busy ? "Importing…" : "Import"}
      </Button>
      <ActionError message={error} />
      {outcome ? (
        <div role="status" className="space-y-2 text-sm text-slate-700">
          <p>
            {outcome.created.length} created, {outcome.updated.length} updated, {outcome.unchanged} unchanged, {outcome.rejected.length} refused
            {outcome.ignored.length > 0 ? `, ${outcome.ignored.length} other files ignored` : ""}.
          </p>
          {outcome.rejected.length > 0 ? (
            <ul className="list-disc space-y-1 pl-5 text-red-700">
              {outcome.rejected.map((r) => (
                <li key={r.name}>
                  <span className="font-medium">{r.name}</span>: {r.reason}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}
