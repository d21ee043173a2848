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
