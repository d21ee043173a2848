import { payloadOrSkip, type ClassificationPayload, type EscalationTrigger, type Owner } from "../events/catalogue";
import type {
  AnalyticsConversation,
  AnalyticsDataset,
  AnalyticsEvent,
  AnalyticsMessage,
} from "./dataset";
import { addUsage, noSpend, type ModelSpend } from "./model-cost";

/**
 * One conversation's log replayed into the few facts every metric is built from. Replaying here,
 * once, keeps questions such as "did the AI hand this off" or "when did a person first answer"
 * defined in one place for every table and headline number.
 */

export const REOPEN_WINDOW_MS = 7 * 24 * 3600 * 1000;

/** One handoff the escalation router made while the AI owned the conversation. */
export interface EscalationFact {
  at: number;
  messageId: string;
  primaryTrigger: EscalationTrigger | null;
  triggers: EscalationTrigger[];
  intent: string | null;
  specialist: string | null;
  /** When a named person first owned it afterwards (null: nobody yet). */
  assignedAt: number | null;
  firstHumanReplyAt: number | null;
  /** The customer left contact details for a later reply instead of waiting. */
  askedForAsyncReply: boolean;
}

export interface KnowledgeTurnFact {
  messageId: string;
  intent: string;
  answerConfidence: number | null;
  /** The confidence floor in force when the turn was decided. */
  confidenceFloor: number | null;
  question: string | null;
}

/** One person's latest verdict on one handoff brief. */
export interface BriefFeedbackFact {
  handoffId: string;
  userId: string;
  useful: boolean;
  note: string | null;
  at: number;
}

/** A stretch of time in which one person owned the conversation. */
export interface HumanSpell {
  userId: string;
  start: number;
  /** When someone else took it, it went back to the queue or the AI, or it was resolved; null while it lasts. */
  end: number | null;
  /** Given to them by routing or a colleague's transfer, rather than claimed. */
  assigned: boolean;
  firstReplyAt: number | null;
  /** The conversation was resolved while they owned it. */
  resolvedAt: number | null;
}

export interface ConversationFacts {
  id: string;
  createdAt: number;
  tier: string | null;
  customerTurns: number;
  /** Every intent the conversation was classified with, in order. */
  intents: string[];
  escalations: EscalationFact[];
  /** A person owned the conversation or wrote in it at some point. */
  humanInvolved: boolean;
  /** Someone other than the AI owned it at some point (queue or person). */
  leftAi: boolean;
  /** A person sent it back to the queue or on to a colleague after owning it. */
  bouncedBetweenPeople: boolean;
  /** The person who last owned or wrote in it. */
  lastHumanId: string | null;
  firstResolvedAt: number | null;
  lastResolution: { at: number; outcome: string; byUserId: string | null } | null;
  reopenedWithinWindow: boolean;
  /** The last time it was reopened; a resolution before this no longer holds. */
  lastReopenedAt: number | null;
  csat: number | null;
  lastCustomerMessageAt: number | null;
  knowledgeTurns: KnowledgeTurnFact[];
  briefFeedback: BriefFeedbackFact[];
  humanSpells: HumanSpell[];
  /** Each customer turn's sentiment, -1 .. 1, when the turns' signals were loaded. */
  sentiments: number[];
  /** Every hosted-model call made for the conversation, failed ones included. */
  modelSpend: ModelSpend;
}

type Entry = { kind: "event"; at: number; order: number; event: AnalyticsEvent } | { kind: "message"; at: number; order: number; message: AnalyticsMessage };

/**
 * A turn's decision is written a moment before the handoff it causes, often with the same
 * timestamp, so at equal times the decision trail is replayed first: the router decided against
 * the owner the conversation had before that moment.
 */
function orderAt(entry: Entry): number {
  if (entry.kind === "message") return 0;
  return entry.event.type === "classification" || entry.event.type === "turn_signals" || entry.event.type === "escalation_decision" ? 0 : 1;
}

function timeline(events: readonly AnalyticsEvent[], messages: readonly AnalyticsMessage[]): Entry[] {
  const entries: Entry[] = [
    ...events.map((event, order) => ({ kind: "event" as const, at: event.createdAt.getTime(), order, event })),
    ...messages.map((message, order) => ({ kind: "message" as const, at: message.createdAt.getTime(), order, message })),
  ];
  return entries.sort((a, b) => a.at - b.at || orderAt(a) - orderAt(b) || a.order - b.order);
}

export function conversationFacts(conversation: AnalyticsConversation, events: readonly AnalyticsEvent[], messages: readonly AnalyticsMessage[]): ConversationFacts {
  const facts: ConversationFacts = {
    id: conversation.id,
    createdAt: conversation.createdAt.getTime(),
    tier: conversation.tier,
    customerTurns: 0,
    intents: [],
    escalations: [],
    humanInvolved: false,
    leftAi: false,
    bouncedBetweenPeople: false,
    lastHumanId: null,
    firstResolvedAt: null,
    lastResolution: null,
    reopenedWithinWindow: false,
    lastReopenedAt: null,
    csat: null,
    lastCustomerMessageAt: null,
    knowledgeTurns: [],
    briefFeedback: [],
    humanSpells: [],
    sentiments: [],
    modelSpend: noSpend(),
  };
  let spell: HumanSpell | null = null;
  const endSpell = (at: number) => {
    if (spell) spell.end = at;
    spell = null;
  };
  const classifications = new Map<string, ClassificationPayload>();
  const answerConfidence = new Map<string, number | null>();
  const questions = new Map<string, string>();
  for (const m of messages) if (m.author === "customer" && m.body !== undefined) questions.set(m.id, m.body);
  let owner: Owner = { kind: "ai" };

  for (const entry of timeline(events, messages)) {
    if (entry.kind === "message") {
      const { message } = entry;
      if (message.author === "customer") {
        facts.lastCustomerMessageAt = entry.at;
      } else if (message.author === "human") {
        facts.humanInvolved = true;
        if (message.userId) facts.lastHumanId = message.userId;
        if (spell && spell.userId === message.userId) spell.firstReplyAt ??= entry.at;
        for (const escalation of facts.escalations) escalation.firstHumanReplyAt ??= entry.at;
      }
      continue;
    }
    const { event } = entry;
    switch (event.type) {
      case "classification": {
        const payload = payloadOrSkip("classification", event);
        if (!payload) break;
        facts.customerTurns++;
        facts.intents.push(payload.intent);
        classifications.set(payload.messageId, payload);
        break;
      }
      case "turn_signals": {
        const payload = payloadOrSkip("turn_signals", event);
        if (!payload) break;
        answerConfidence.set(payload.messageId, payload.signals.answerConfidence);
        facts.sentiments.push(payload.signals.sentiment);
        break;
      }
      case "escalation_decision": {
        const payload = payloadOrSkip("escalation_decision", event);
        if (!payload) break;
        const classification = classifications.get(payload.messageId);
        if (classification?.specialist === "knowledge") {
          facts.knowledgeTurns.push({
            messageId: payload.messageId,
            intent: classification.intent,
            answerConfidence: answerConfidence.get(payload.messageId) ?? null,
            confidenceFloor: payload.thresholds.confidenceFloor,
            question: questions.get(payload.messageId) ?? null,
          });
        }
        // While a person or the queue owns it the router keeps measuring, but hands nothing off.
        if (payload.decision.action !== "handoff" || owner.kind !== "ai") break;
        facts.escalations.push({
          at: entry.at,
          messageId: payload.messageId,
          primaryTrigger: payload.decision.primaryTrigger,
          triggers: payload.decision.triggersFired.map(({ trigger }) => trigger),
          intent: classification?.intent ?? null,
          specialist: classification?.specialist ?? null,
          assignedAt: null,
          firstHumanReplyAt: null,
          askedForAsyncReply: false,
        });
        break;
      }
      case "ownership_changed": {
        const changed = payloadOrSkip("ownership_changed", event);
        if (!changed) break;
        const { from, to } = changed;
        if (to.kind !== "ai") facts.leftAi = true;
        if (from.kind === "human" && to.kind !== "ai") facts.bouncedBetweenPeople = true;
        endSpell(entry.at);
        if (to.kind === "human") {
          spell = { userId: to.userId, start: entry.at, end: null, assigned: !(event.actorType === "user" && event.actorId === to.userId), firstReplyAt: null, resolvedAt: null };
          facts.humanSpells.push(spell);
          facts.humanInvolved = true;
          facts.lastHumanId = to.userId;
          for (const escalation of facts.escalations) escalation.assignedAt ??= entry.at;
        }
        owner = to;
        break;
      }
      case "async_requested":
        for (const escalation of facts.escalations) if (escalation.firstHumanReplyAt === null) escalation.askedForAsyncReply = true;
        break;
      case "resolved": {
        const resolved = payloadOrSkip("resolved", event);
        if (!resolved) break;
        const { outcome } = resolved;
        facts.firstResolvedAt ??= entry.at;
        facts.lastResolution = { at: entry.at, outcome, byUserId: event.actorType === "user" ? event.actorId : null };
        if (spell) spell.resolvedAt = entry.at;
        endSpell(entry.at);
        break;
      }
      case "reopened":
        if (facts.firstResolvedAt !== null && entry.at - facts.firstResolvedAt <= REOPEN_WINDOW_MS) facts.reopenedWithinWindow = true;
        facts.lastReopenedAt = entry.at;
        owner = { kind: "ai" };
        break;
      case "model_usage": {
        const usage = payloadOrSkip("model_usage", event);
        if (usage) addUsage(facts.modelSpend, usage);
        break;
      }
      case "csat":
        facts.csat = payloadOrSkip("csat", event)?.score ?? facts.csat;
        break;
      case "brief_feedback": {
        if (event.actorType !== "user" || event.actorId === null) break;
        const feedback = payloadOrSkip("brief_feedback", event);
        if (!feedback) break;
        const { handoffId, useful, note } = feedback;
        const userId = event.actorId;
        // A changed mind replaces the earlier verdict rather than adding a second one.
        facts.briefFeedback = facts.briefFeedback.filter((f) => f.handoffId !== handoffId || f.userId !== userId);
        facts.briefFeedback.push({ handoffId, userId, useful, note, at: entry.at });
        break;
      }
    }
  }
  return facts;
}

function byConversation<T extends { conversationId: string }>(rows: readonly T[]): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const row of rows) {
    const list = grouped.get(row.conversationId);
    if (list) list.push(row);
    else grouped.set(row.conversationId, [row]);
  }
  return grouped;
}

/** Facts for every conversation of a dataset, each from its own events and messages. */
export function factsOf(dataset: Pick<AnalyticsDataset, "conversations" | "events" | "messages">): ConversationFacts[] {
  const events = byConversation(dataset.events);
  const messages = byConversation(dataset.messages);
  return dataset.conversations.map((c) => conversationFacts(c, events.get(c.id) ?? [], messages.get(c.id) ?? []));
}
