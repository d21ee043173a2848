"use client";

import { useState, type FormEvent } from "react";
import { sendConsoleAction, type ConsoleAction } from "@/lib/realtime/console-socket";
import { ActionError, Button, Label, Textarea } from "@/components/ui";
import { useTypingSignal } from "./use-typing-signal";
import { AttachmentUpload } from "./attachment-upload";
import { expandSavedReply, matchingReplies, typedShortcut, type ReplyContext, type SavedReply } from "@/lib/console/saved-replies";

interface Props {
  conversationId: string;
  status: string;
  ownerKind: "ai" | "queue" | "human";
  mine: boolean;
  /** Supervisors may transfer, hand back or resolve a colleague's conversation. */
  supervises: boolean;
  colleagues: { id: string; name: string; presence: string }[];
  meId: string;
  /** Inserted by typing `/shortcut`; the context fills in their variables. */
  savedReplies: SavedReply[];
  replyContext: ReplyContext;
}

/** The agent's controls. Who may do what is decided on the server; this only hides what cannot apply. */
export function ConversationActions({ conversationId, status, ownerKind, mine, supervises, colleagues, meId, savedReplies, replyContext }: Props) {
  const [text, setText] = useState("");
  const [unfilled, setUnfilled] = useState<string[]>([]);
  const [mode, setMode] = useState<"reply" | "note" | "whisper">(mine ? "reply" : ownerKind === "ai" ? "whisper" : "note");
  const [transferTo, setTransferTo] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const resolved = status === "resolved";
  const controls = mine || (ownerKind === "human" && supervises);
  const typingSignal = useTypingSignal(conversationId, mine && mode === "reply" && !resolved);

  async function run(event: ConsoleAction, payload: object, after?: () => void) {
    setBusy(true);
    const failure = await sendConsoleAction(event, { conversationId, ...payload });
    setBusy(false);
    setError(failure);
    if (!failure) after?.();
  }

  const typed = typedShortcut(text);
  // A saved reply's variable left in the text would reach the customer as "{{order.number}}".
  const holdsVariable = unfilled.some((v) => text.includes(`{{${v}}}`));
  const suggestions = typed === null ? [] : matchingReplies(savedReplies, typed).slice(0, 6);

  function insert(reply: SavedReply) {
    const { text: expanded, missing } = expandSavedReply(reply.body, replyContext);
    setText(expanded);
    setUnfilled(missing);
    document.getElementById("composer")?.focus();
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!text.trim() || holdsVariable) return;
    if (mode === "reply") {
      typingSignal.stop();
      void run("console:reply", { body: text, clientMessageId: crypto.randomUUID().replaceAll("-", "") }, () => setText(""));
    } else void run("console:remark", { kind: mode, body: text }, () => setText(""));
  }

  const composerModes = [
    ...(mine ? [{ key: "reply" as const, label: "Reply to customer" }] : []),
    { key: "whisper" as const, label: "Whisper to the AI" },
    { key: "note" as const, label: "Internal note" },
  ];

  if (resolved) {
    return (
      <section aria-label="Conversation actions" className="flex flex-wrap items-center gap-3" data-testid="resolved-read-only">
        <p className="text-sm text-slate-700">This conversation is resolved, so it is read-only. Reopen it to write to the customer again; the AI has it until someone takes over.</p>
        <Button variant="secondary" onClick={() => void run("console:reopen", { note: null })} disabled={busy}>
          Reopen
        </Button>
        <ActionError message={error} />
      </section>
    );
  }

  return (
    <section aria-label="Conversation actions" className="space-y-3">
      <div className="flex flex-wrap gap-2">
        {!mine ? (
          <Button onClick={() => void run("console:claim", {}, () => setMode("reply"))} disabled={busy}>
            {ownerKind === "ai" ? "Take over" : ownerKind === "queue" ? "Claim" : "Take from colleague"}
          </Button>
        ) : null}
        {controls ? (
          <Button variant="secondary" onClick={() => void run("console:hand_back", { note: text || undefined }, () => setText(""))} disabled={busy}>
            Hand back to AI
          </Button>
        ) : null}
        {controls || ownerKind !== "human" ? (
          <>
            <Button variant="secondary" onClick={() => void run("console:resolve", { outcome: "solved", note: text || undefined }, () => setText(""))} disabled={busy}>
              Resolve
            </Button>
            {/* Marks handoffs that needed no person, which supervisors use to tune thresholds. */}
            <Button variant="ghost" onClick={() => void run("console:resolve", { outcome: "no_action_needed", note: text || undefined }, () => setText(""))} disabled={busy}>
              Resolve: no action needed
            </Button>
          </>
        ) : null}
      </div>
      {controls ? (
        <div className="flex items-end gap-2">
          <div>
            <Label htmlFor="transfer-to">Transfer to</Label>
            <select id="transfer-to" className="h-8 rounded-md border border-slate-300 bg-white px-2 text-sm" value={transferTo} onChange={(e) => setTransferTo(e.target.value)}>
              <option value="">the queue</option>
              {colleagues
                .filter((c) => c.id !== meId)
                .map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name} ({c.presence})
                  </option>
                ))}
            </select>
          </div>
          <Button size="sm" variant="secondary" disabled={busy} onClick={() => void run("console:transfer", { toUserId: transferTo || null, note: text || undefined }, () => setText(""))}>
            Transfer
          </Button>
        </div>
      ) : null}
      <form onSubmit={submit} className="space-y-2">
        <div role="radiogroup" aria-label="Write as" className="flex gap-3 text-sm">
          {composerModes.map((m) => (
            <label key={m.key} className="flex items-center gap-1">
              <input type="radio" name="composer-mode" checked={mode === m.key} onChange={() => setMode(m.key)} />
              {m.label}
            </label>
          ))}
        </div>
        <Label htmlFor="composer" className="sr-only">
          Message
        </Label>
        <Textarea
          id="composer"
          rows={3}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            typingSignal.draft(e.target.value);
            if (!e.target.value) setUnfilled([]);
          }}
          aria-describedby={suggestions.length > 0 ? "saved-reply-suggestions" : unfilled.length > 0 ? "saved-reply-unfilled" : undefined}
          placeholder={mode === "reply" ? "Write to the customer… (type / for saved replies)" : mode === "whisper" ? 'Guide the AI; start with "Say:" to give it the exact words.' : "Only your colleagues see this."}
          onKeyDown={(e) => {
            if (suggestions.length > 0 && (e.key === "Tab" || (e.key === "Enter" && !e.shiftKey && !e.metaKey && !e.ctrlKey))) {
              e.preventDefault();
              insert(suggestions[0]!);
              return;
            }
            if (e.key === "Enter" && (e.metaKey || e.ctrlKey)) submit(e);
          }}
        />
        {suggestions.length > 0 ? (
          <ul id="saved-reply-suggestions" aria-label="Saved replies" className="rounded-md border border-slate-200 bg-white text-sm shadow-sm" data-testid="saved-reply-suggestions">
            {suggestions.map((reply, i) => (
              <li key={reply.id}>
                <button type="button" className="flex w-full gap-2 px-3 py-1.5 text-left hover:bg-slate-50 focus:bg-slate-100" onClick={() => insert(reply)}>
                  <code className="font-semibold text-slate-900">/{reply.shortcut}</code>
                  <span className="truncate text-slate-700">{reply.title}</span>
                  {i === 0 ? <span className="ml-auto text-xs text-slate-600">Enter or Tab</span> : null}
                </button>
              </li>
            ))}
          </ul>
        ) : typed !== null && savedReplies.length > 0 ? (
          <p className="text-xs text-slate-600">No saved reply starts with /{typed}.</p>
        ) : null}
        {unfilled.length > 0 ? (
          <p id="saved-reply-unfilled" className="text-xs text-amber-800" role="status">
            Fill in {unfilled.map((v) => `{{${v}}}`).join(" and ")} before sending; this conversation does not have {unfilled.length === 1 ? "it" : "them"}.
          </p>
        ) : null}
        <div className="flex items-center gap-3">
          <Button type="submit" disabled={busy || !text.trim() || holdsVariable}>
            {mode === "reply" ? "Send" : mode === "whisper" ? "Whisper" : "Add note"}
          </Button>
          {mine && mode === "reply" ? <AttachmentUpload conversationId={conversationId} /> : null}
          <ActionError message={error} />
        </div>
      </form>
    </section>
  );
}
