"use client";

import { useState } from "react";
import { sendConsoleAction } from "@/lib/realtime/console-socket";
import type { ConversationView } from "@/lib/console/conversation-view";
import { ActionError, Button } from "@/components/ui";

const kindLabels: Record<ConversationView["guidance"][number]["kind"], string> = {
  whisper: "Whisper",
  hand_back_note: "Hand-back note",
  script: "Opens the next reply",
};

/** The guidance the AI follows now; removing a piece takes it out of every later prompt. */
export function ActiveGuidance({ conversationId, guidance }: { conversationId: string; guidance: ConversationView["guidance"] }) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function remove(eventId: string) {
    setBusy(eventId);
    setError(await sendConsoleAction("console:remove_guidance", { conversationId, guidanceEventId: eventId }));
    setBusy(null);
  }

  if (guidance.length === 0) return <p className="text-sm text-slate-500">The AI has no guidance from the team.</p>;
  return (
    <div className="space-y-2">
      <ul className="space-y-2" aria-label="Active guidance">
        {guidance.map((piece) => (
          <li key={piece.eventId} className="flex items-start justify-between gap-3 rounded-md bg-amber-50 p-2 text-sm" data-testid="active-guidance">
            <div>
              <p className="text-xs font-medium text-amber-800">
                {kindLabels[piece.kind]}
                {piece.givenBy ? ` from ${piece.givenBy}` : ""}
              </p>
              <p className="text-slate-800">{piece.body}</p>
            </div>
            {piece.mayRemove ? (
              <Button variant="secondary" size="sm" onClick={() => void remove(piece.eventId)} disabled={busy !== null}>
                Remove<span className="sr-only">: {piece.body}</span>
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      <ActionError message={error} />
    </div>
  );
}
