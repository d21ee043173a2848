import { payloadOrSkip, payloadsOf, readPayload } from "../events/catalogue";

/**
 * What staff told the AI about a conversation it is handling: whispers sent while watching it,
 * and the note left when a person handed it back. Hosted models read the standing guidance in
 * their system prompt. A whisper that starts with "Say:" or "Tell them:" is a script, not
 * guidance: its words open the AI's next reply, and only that one, so no model repeats it later.
 * Handing back starts afresh: the hand-back note replaces what was whispered before it. A person
 * can withdraw any piece (a `guidance_removed` event naming it), and the AI no longer sees it.
 */

export interface StaffGuidance {
  /** Standing guidance, oldest first: the latest hand-back note and the whispers since, scripts left out. */
  notes: string[];
  /** Words a person scripted for the next reply; null when none is waiting. */
  script: string | null;
}

/** One piece of guidance the AI is following now, as the console lists it. */
export interface GuidancePiece {
  /** The whisper or hand-back event that gave it; removing it names this id. */
  eventId: string;
  kind: "whisper" | "hand_back_note" | "script";
  body: string;
  /** The person who gave it. */
  userId: string | null;
  at: Date;
}

const SCRIPT_PREFIX = /^\s*(?:say|tell (?:them|the customer))\s*:\s*/i;

interface LogEvent {
  id: string;
  type: string;
  payload: unknown;
  actorId?: string | null;
  createdAt: Date;
}

/** The guidance in force, standing pieces oldest first and a waiting script last. */
export function activeGuidance(events: readonly LogEvent[], lastAiReplyAt: Date | null): GuidancePiece[] {
  const removed = new Set(payloadsOf("guidance_removed", events).map(({ payload }) => payload.eventId));
  let standing: GuidancePiece[] = [];
  let script: GuidancePiece | null = null;
  for (const event of events) {
    const given = { eventId: event.id, userId: event.actorId ?? null, at: event.createdAt };
    if (event.type === "whisper") {
      const body = payloadOrSkip("whisper", event)?.body;
      if (body === undefined) continue;
      if (!SCRIPT_PREFIX.test(body)) standing.push({ ...given, kind: "whisper", body });
      else if (lastAiReplyAt === null || event.createdAt > lastAiReplyAt) {
        const words = body.replace(SCRIPT_PREFIX, "").trim();
        script = words ? { ...given, kind: "script", body: words } : null;
      }
    } else if (event.type === "ownership_changed") {
      const payload = readPayload("ownership_changed", event);
      if (payload.to.kind === "ai" && payload.from.kind === "human") standing = payload.note ? [{ ...given, kind: "hand_back_note", body: payload.note }] : [];
    }
  }
  return [...standing, ...(script ? [script] : [])].filter((piece) => !removed.has(piece.eventId));
}

export function staffGuidance(events: readonly LogEvent[], lastAiReplyAt: Date | null): StaffGuidance {
  const active = activeGuidance(events, lastAiReplyAt);
  return { notes: active.filter((p) => p.kind !== "script").map((p) => p.body), script: active.find((p) => p.kind === "script")?.body ?? null };
}
