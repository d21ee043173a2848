import { isDeepStrictEqual } from "node:util";
import { decideEscalation } from "../agents/escalation-router";
import type { EscalationDecision, EscalationTrigger, TurnSignals } from "../events/catalogue";
import type { EscalationPolicy } from "../workspace/settings";
import type { AnalyticsEvent } from "./dataset";
import { payloadsOf, type EscalationDecisionPayload } from "../events/catalogue";

/**
 * Threshold what-if: every stored customer turn decided again by the router itself under a
 * candidate policy. Turns are re-decided on the signals exactly as stored, so later turns of a
 * conversation that would have gone to a person earlier are still counted as they happened.
 */

export interface StoredTurn {
  conversationId: string;
  messageId: string;
  at: Date;
  signals: TurnSignals;
  stored: EscalationDecision;
  thresholds: EscalationPolicy;
}

/** Pairs each turn's stored signals with the decision stored for the same customer message. */
export function storedTurns(events: readonly AnalyticsEvent[]): StoredTurn[] {
  const decisions = new Map<string, EscalationDecisionPayload>();
  for (const { payload } of payloadsOf("escalation_decision", events)) decisions.set(payload.messageId, payload);
  const turns: StoredTurn[] = [];
  for (const { event, payload } of payloadsOf("turn_signals", events)) {
    const { messageId, signals } = payload;
    const decision = decisions.get(messageId);
    // A turn no model could answer, or whose action was not done, is re-decided with that failure, which no threshold undoes.
    const weighed = decision ? { ...signals, ...(decision.modelFailure ? { modelFailure: decision.modelFailure } : {}), ...(decision.actionFailure ? { actionFailure: decision.actionFailure } : {}) } : signals;
    if (decision) turns.push({ conversationId: event.conversationId, messageId, at: event.createdAt, signals: weighed, stored: decision.decision, thresholds: decision.thresholds });
  }
  return turns;
}

const handsOff = (decision: EscalationDecision) => decision.action === "handoff";

export interface WhatIfTriggerRow {
  trigger: EscalationTrigger;
  /** Handoff turns with this primary reason as stored, and as re-decided. */
  did: number;
  would: number;
}

export interface WhatIfChange {
  conversationId: string;
  messageId: string;
  at: Date;
  did: EscalationTrigger | null;
  would: EscalationTrigger | null;
}

export interface WhatIfResult {
  turns: number;
  turnsChanged: number;
  conversations: number;
  /** Conversations with at least one handoff turn. */
  didEscalate: number;
  wouldEscalate: number;
  newlyEscalated: number;
  noLongerEscalated: number;
  byPrimaryTrigger: WhatIfTriggerRow[];
  /** The most recent turns whose decision changes, for a supervisor to read. */
  changes: WhatIfChange[];
}

const CHANGES_SHOWN = 20;

export function whatIf(turns: readonly StoredTurn[], candidate: EscalationPolicy): WhatIfResult {
  const did = new Set<string>();
  const would = new Set<string>();
  const conversations = new Set<string>();
  const triggers = new Map<EscalationTrigger, WhatIfTriggerRow>();
  const row = (trigger: EscalationTrigger) => triggers.get(trigger) ?? triggers.set(trigger, { trigger, did: 0, would: 0 }).get(trigger)!;
  const changes: WhatIfChange[] = [];
  for (const turn of turns) {
    const redecided = decideEscalation(turn.signals, candidate);
    conversations.add(turn.conversationId);
    if (handsOff(turn.stored)) {
      did.add(turn.conversationId);
      if (turn.stored.primaryTrigger) row(turn.stored.primaryTrigger).did++;
    }
    if (handsOff(redecided)) {
      would.add(turn.conversationId);
      if (redecided.primaryTrigger) row(redecided.primaryTrigger).would++;
    }
    if (turn.stored.action !== redecided.action || turn.stored.primaryTrigger !== redecided.primaryTrigger) {
      changes.push({ conversationId: turn.conversationId, messageId: turn.messageId, at: turn.at, did: turn.stored.primaryTrigger, would: redecided.primaryTrigger });
    }
  }
  return {
    turns: turns.length,
    turnsChanged: changes.length,
    conversations: conversations.size,
    didEscalate: did.size,
    wouldEscalate: would.size,
    newlyEscalated: [...would].filter((id) => !did.has(id)).length,
    noLongerEscalated: [...did].filter((id) => !would.has(id)).length,
    byPrimaryTrigger: [...triggers.values()].sort((a, b) => b.did + b.would - (a.did + a.would)),
    changes: changes.sort((a, b) => b.at.getTime() - a.at.getTime()).slice(0, CHANGES_SHOWN),
  };
}

/** Turns whose stored decision the router does not reproduce under the thresholds stored with it; 0 means the what-if can be trusted. */
export function disagreementsWithStored(turns: readonly StoredTurn[]): StoredTurn[] {
  return turns.filter((turn) => {
    // Compared as values: PostgreSQL's jsonb does not keep the stored keys' order.
    return !isDeepStrictEqual(decideEscalation(turn.signals, turn.thresholds), turn.stored);
  });
}
