import { readPayload, type Owner } from "../events/catalogue";

/**
 * The conversation's one owner, replayed from its ownership events: the AI until a handoff,
 * then the queue or one named human. Everything that may speak to the customer asks this first,
 * so the AI can never talk over a person.
 */
export function currentOwner(events: readonly { type: string; payload: unknown }[]): Owner {
  let owner: Owner = { kind: "ai" };
  for (const event of events) {
    if (event.type === "ownership_changed") owner = readPayload("ownership_changed", event).to;
    // A resolved conversation that the customer reopens starts with the AI, never a stale owner.
    if (event.type === "reopened") owner = { kind: "ai" };
  }
  return owner;
}

export function aiMaySpeak(owner: Owner): boolean {
  return owner.kind === "ai";
}

/** A stored escalation decision whose handoff has not happened: the decision event (the handoff's key) and the message it decided. */
export interface OwedHandoff {
  decisionEventId: string;
  messageId: string;
}

/**
 * The handoff a conversation's log still owes: its latest escalation decision hands off, the AI
 * still owns it, and nobody changed its owner since. A decision taken while a person had it, or
 * followed by a person taking it, owes nothing; once the handoff is written it owes nothing either.
 */
export function owedHandoff(events: readonly { id: string; type: string; payload: unknown }[]): OwedHandoff | null {
  let owed: OwedHandoff | null = null;
  for (const event of events) {
    if (event.type === "escalation_decision") {
      const { decision, messageId } = readPayload("escalation_decision", event);
      owed = decision.action === "handoff" ? { decisionEventId: event.id, messageId } : null;
    }
    if (event.type === "ownership_changed" || event.type === "reopened") owed = null;
  }
  return owed && aiMaySpeak(currentOwner(events)) ? owed : null;
}
