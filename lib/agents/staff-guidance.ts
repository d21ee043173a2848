import type { OwnershipChangedPayload } from "../conversation/event-types";

/**
 * What staff told the AI about a conversation it is handling: whispers sent while watching it,
 * and the note left when a person handed it back. Hosted models read all of it in their system
 * prompt. The offline engine cannot follow free-form advice, so a whisper that starts with
 * "Say:" or "Tell them:" is the one kind it honours: those exact words open its next reply,
 * and only that one.
 */

export interface StaffGuidance {
  /** Every whisper and hand-back note, oldest first. */
  notes: string[];
  /** Words a person scripted for the next reply; null when none is waiting. */
  script: string | null;
}

const SCRIPT_PREFIX = /^\s*(?:say|tell (?:them|the customer))\s*:\s*/i;

interface LogEvent {
  type: string;
  payload: unknown;
  createdAt: Date;
}

export function staffGuidance(events: readonly LogEvent[], lastAiReplyAt: Date | null): StaffGuidance {
  const notes: string[] = [];
  let script: string | null = null;
  for (const event of events) {
    if (event.type === "whisper") {
      const body = (event.payload as { body: string }).body;
      notes.push(body);
      const scripted = SCRIPT_PREFIX.test(body) && (lastAiReplyAt === null || event.createdAt > lastAiReplyAt);
      if (scripted) script = body.replace(SCRIPT_PREFIX, "").trim() || null;
    } else if (event.type === "ownership_changed") {
      const payload = event.payload as OwnershipChangedPayload;
      if (payload.to.kind === "ai" && payload.note) notes.push(payload.note);
    }
  }
  return { notes, script };
}
