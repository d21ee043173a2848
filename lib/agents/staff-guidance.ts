import type { OwnershipChangedPayload } from "../conversation/event-types";

/**
 * What staff told the AI about a conversation it is handling: whispers sent while watching it,
 * and the note left when a person handed it back. Hosted models read the standing guidance in
 * their system prompt. A whisper that starts with "Say:" or "Tell them:" is a script, not
 * guidance: its words open the AI's next reply, and only that one, so no model repeats it later.
 * Handing back starts afresh: the hand-back note replaces what was whispered before it.
 */

export interface StaffGuidance {
  /** Standing guidance, oldest first: the latest hand-back note and the whispers since, scripts left out. */
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
      if (!SCRIPT_PREFIX.test(body)) notes.push(body);
      else if (lastAiReplyAt === null || event.createdAt > lastAiReplyAt) script = body.replace(SCRIPT_PREFIX, "").trim() || null;
    } else if (event.type === "ownership_changed") {
      const payload = event.payload as OwnershipChangedPayload;
      if (payload.to.kind === "ai" && payload.from.kind === "human") {
        notes.length = 0;
        if (payload.note) notes.push(payload.note);
      }
    }
  }
  return { notes, script };
}
