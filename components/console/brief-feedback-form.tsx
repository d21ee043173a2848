"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { MAX_BRIEF_NOTE_LENGTH } from "@/app/api/conversations/[id]/brief-feedback/schema";
import { ActionError, Button, Label, Textarea } from "@/components/ui";

interface Props {
  conversationId: string;
  handoffId: string;
  current: { useful: boolean; note: string | null } | null;
}

/** One click says whether the brief was enough to work from; the note says what it lacked. */
export function BriefFeedbackForm({ conversationId, handoffId, current }: Props) {
  const router = useRouter();
  const [note, setNote] = useState(current?.note ?? "");
  const [verdict, setVerdict] = useState(current?.useful ?? null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function rate(useful: boolean) {
    setBusy(true);
    const response = await fetch(`/api/conversations/${encodeURIComponent(conversationId)}/brief-feedback`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ handoffId, useful, note }),
    });
    setBusy(false);
    if (!response.ok) return setError(((await response.json().catch(() => null)) as { error?: string } | null)?.error ?? "The rating could not be saved.");
    setError(null);
    setVerdict(useful);
    router.refresh();
  }

  return (
    <section aria-label="Rate this brief" className="mt-4 space-y-2 border-t border-slate-100 pt-3" data-testid="brief-feedback">
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-sm font-medium text-slate-700">Was this brief enough to work from?</span>
        <Button size="sm" variant={verdict === true ? "primary" : "secondary"} aria-pressed={verdict === true} onClick={() => void rate(true)} disabled={busy}>
          Useful
        </Button>
        <Button size="sm" variant={verdict === false ? "primary" : "secondary"} aria-pressed={verdict === false} onClick={() => void rate(false)} disabled={busy}>
          Missing something
        </Button>
        <span role="status" className="text-xs text-slate-500">
          {verdict === null ? "" : `You rated it ${verdict ? "useful" : "missing something"}.`}
        </span>
      </div>
      <Label htmlFor="brief-feedback-note">What was missing or wrong (optional)</Label>
      <Textarea id="brief-feedback-note" rows={2} maxLength={MAX_BRIEF_NOTE_LENGTH} value={note} onChange={(e) => setNote(e.target.value)} />
      <ActionError message={error} />
    </section>
  );
}
