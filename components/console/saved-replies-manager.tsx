"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { SAVED_REPLY_VARIABLES, type SavedReply } from "@/lib/console/saved-replies";
import { ActionError, Badge, Button, Input, Label, Textarea } from "@/components/ui";

async function send(method: "POST" | "PUT" | "DELETE", path: string, body?: object): Promise<string | null> {
  const response = await fetch(path, { method, headers: body ? { "Content-Type": "application/json" } : undefined, body: body ? JSON.stringify(body) : undefined });
  if (response.ok) return null;
  const answer = (await response.json().catch(() => null)) as { error?: string } | null;
  return answer?.error ?? "That did not work; nothing was changed. Try again.";
}

function ReplyForm({ reply, mayManageTeam, onDone }: { reply: SavedReply | null; mayManageTeam: boolean; onDone: () => void }) {
  const router = useRouter();
  const prefix = reply ? `reply-${reply.id}` : "new-reply";
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    // Kept before the request: React clears currentTarget once the handler has returned.
    const element = e.currentTarget;
    const form = new FormData(element);
    const input = {
      shortcut: String(form.get("shortcut") ?? ""),
      title: String(form.get("title") ?? ""),
      body: String(form.get("body") ?? ""),
      personal: reply ? reply.personal : form.get("scope") !== "team",
    };
    setBusy(true);
    const failure = await send(reply ? "PUT" : "POST", reply ? `/api/saved-replies/${reply.id}` : "/api/saved-replies", input);
    setBusy(false);
    setError(failure);
    if (failure) return;
    if (!reply) element.reset();
    onDone();
    router.refresh();
  }

  return (
    <form onSubmit={submit} className="space-y-3" aria-label={reply ? `Edit /${reply.shortcut}` : "New saved reply"}>
      <div className="grid gap-3 sm:grid-cols-[10rem_1fr]">
        <div>
          <Label htmlFor={`${prefix}-shortcut`}>Shortcut</Label>
          <Input id={`${prefix}-shortcut`} name="shortcut" required maxLength={33} defaultValue={reply?.shortcut ?? ""} placeholder="returns" />
        </div>
        <div>
          <Label htmlFor={`${prefix}-title`}>Title</Label>
          <Input id={`${prefix}-title`} name="title" required maxLength={80} defaultValue={reply?.title ?? ""} placeholder="How returns work" />
        </div>
      </div>
      <div>
        <Label htmlFor={`${prefix}-body`}>Reply</Label>
        <Textarea id={`${prefix}-body`} name="body" required rows={4} maxLength={4000} defaultValue={reply?.body ?? ""} aria-describedby={`${prefix}-variables`} />
        <p id={`${prefix}-variables`} className="mt-1 text-xs text-slate-600">
          Filled in when inserted: {SAVED_REPLY_VARIABLES.map((v) => `{{${v}}}`).join(", ")} (the customer&apos;s first name and their latest order).
        </p>
      </div>
      {reply ? null : (
        <fieldset className="flex gap-4 text-sm">
          <legend className="sr-only">Who can use it</legend>
          <label className="flex items-center gap-1">
            <input type="radio" name="scope" value="personal" defaultChecked /> Only me
          </label>
          {mayManageTeam ? (
            <label className="flex items-center gap-1">
              <input type="radio" name="scope" value="team" /> The whole team
            </label>
          ) : null}
        </fieldset>
      )}
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={busy}>
          {reply ? "Save changes" : "Add saved reply"}
        </Button>
        {reply ? (
          <Button type="button" variant="ghost" onClick={onDone}>
            Cancel
          </Button>
        ) : null}
        <ActionError message={error} />
      </div>
    </form>
  );
}

function ReplyRow({ reply, mayManage, mayManageTeam }: { reply: SavedReply; mayManage: boolean; mayManageTeam: boolean }) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (editing) {
    return (
      <li className="py-3">
        <ReplyForm reply={reply} mayManageTeam={mayManageTeam} onDone={() => setEditing(false)} />
      </li>
    );
  }
  return (
    <li className="flex flex-wrap items-start gap-3 py-3" data-testid="saved-reply">
      <div className="min-w-0 flex-1">
        <p className="text-sm">
          <code className="rounded bg-slate-100 px-1 font-semibold text-slate-900">/{reply.shortcut}</code> <span className="font-medium text-slate-900">{reply.title}</span>{" "}
          <Badge tone={reply.personal ? "neutral" : "brand"}>{reply.personal ? "personal" : "team"}</Badge>
        </p>
        <p className="mt-1 whitespace-pre-wrap text-sm text-slate-700">{reply.body}</p>
      </div>
      {mayManage ? (
        <div className="flex items-center gap-2">
          <Button size="sm" variant="secondary" onClick={() => setEditing(true)} aria-label={`Edit /${reply.shortcut}`}>
            Edit
          </Button>
          <Button
            size="sm"
            variant="ghost"
            aria-label={`Delete /${reply.shortcut}`}
            onClick={async () => {
              const failure = await send("DELETE", `/api/saved-replies/${reply.id}`);
              setError(failure);
              if (!failure) router.refresh();
            }}
          >
            Delete
          </Button>
          <ActionError message={error} />
        </div>
      ) : null}
    </li>
  );
}

/** The team's and one's own saved replies: add, edit, delete. The server decides who may change what. */
export function SavedRepliesManager({ replies, mayManageTeam }: { replies: SavedReply[]; mayManageTeam: boolean }) {
  return (
    <div className="space-y-6">
      <ReplyForm reply={null} mayManageTeam={mayManageTeam} onDone={() => {}} />
      {replies.length === 0 ? (
        <p className="text-sm text-slate-600">No saved replies yet.</p>
      ) : (
        <ul className="divide-y divide-slate-100" aria-label="Saved replies">
          {replies.map((reply) => (
            <ReplyRow key={reply.id} reply={reply} mayManage={reply.personal || mayManageTeam} mayManageTeam={mayManageTeam} />
          ))}
        </ul>
      )}
    </div>
  );
}
