import { checkedPayload, type ConversationEventType, type EscalationDecision, type EscalationTrigger, type EventPayload, type Owner } from "../../lib/events/catalogue";
import type { AnalyticsConversation, AnalyticsDataset, AnalyticsEvent, AnalyticsMessage } from "../../lib/analytics/dataset";
import { defaultEscalationPolicy } from "../../lib/workspace/settings";
import { calmTurn } from "../fixtures/turn-signals";

/** A small hand-written event log: times are minutes after T0, so expected answers can be worked out by eye. */

export const T0 = Date.parse("2026-11-02T10:00:00Z");
export const at = (minutes: number) => new Date(T0 + minutes * 60_000);

export class EventLog {
  readonly dataset: AnalyticsDataset = { conversations: [], events: [], messages: [], staff: [] };
  private messageCount = 0;

  conversation(id: string, tier: string | null, createdMinute = 0): ConversationScript {
    const conversation: AnalyticsConversation = { id, createdAt: at(createdMinute), tier };
    this.dataset.conversations.push(conversation);
    return new ConversationScript(this, id);
  }

  /** Checked against the catalogue as the desk's own append does, so the analytics read the log they would meet in production. */
  event<T extends ConversationEventType>(conversationId: string, minute: number, type: T, payload: EventPayload<T>, actor: Pick<AnalyticsEvent, "actorType" | "actorId"> = { actorType: "ai", actorId: "triage" }) {
    this.dataset.events.push({ conversationId, type, payload: checkedPayload(type, payload), createdAt: at(minute), ...actor });
  }

  message(conversationId: string, minute: number, author: AnalyticsMessage["author"], body: string, userId: string | null = null): string {
    const id = `m${++this.messageCount}`;
    this.dataset.messages.push({ id, conversationId, author, userId, createdAt: at(minute), ...(author === "customer" ? { body } : {}) });
    return id;
  }
}

interface TurnOptions {
  intent?: string;
  specialist?: string;
  handoff?: EscalationTrigger[];
  answerConfidence?: number | null;
}

export class ConversationScript {
  constructor(
    private readonly log: EventLog,
    readonly id: string,
  ) {}

  /** A customer turn with its decision trail; `handoff` lists the triggers that fired, primary first. */
  turn(minute: number, body: string, { intent = "track_order", specialist = "transactions", handoff, answerConfidence = null }: TurnOptions = {}) {
    const messageId = this.log.message(this.id, minute, "customer", body);
    this.log.event(this.id, minute, "classification", { messageId, intent, confidence: 0.9, alternatives: [], category: "orders", specialist, routeReason: "", entities: [] });
    this.log.event(this.id, minute, "turn_signals", { messageId, signals: calmTurn({ intent, answerConfidence }), sentimentLabel: "neutral" });
    const decision: EscalationDecision = handoff
      ? { escalate: true, action: "handoff", primaryTrigger: handoff[0] ?? null, triggersFired: handoff.map((trigger) => ({ trigger, score: 1, threshold: 0, evidence: "" })), reason: "", urgency: "medium" }
      : { escalate: false, action: "continue", primaryTrigger: null, triggersFired: [], reason: "", urgency: "low" };
    this.log.event(this.id, minute, "escalation_decision", { messageId, decision, thresholds: defaultEscalationPolicy });
    return this;
  }

  toQueue(minute: number, from: Owner = { kind: "ai" }) {
    this.log.event(this.id, minute, "ownership_changed", { from, to: { kind: "queue", reason: "handoff" }, reason: "handoff" }, { actorType: "ai", actorId: "router" });
    return this;
  }

  toPerson(minute: number, userId: string) {
    this.log.event(this.id, minute, "ownership_changed", { from: { kind: "queue", reason: "" }, to: { kind: "human", userId }, reason: "assigned" }, { actorType: "user", actorId: userId });
    return this;
  }

  humanReply(minute: number, userId: string) {
    this.log.message(this.id, minute, "human", "Hello, I can help.", userId);
    return this;
  }

  resolve(minute: number, outcome: string, byUserId: string | null = null) {
    this.log.event(this.id, minute, "resolved", { outcome, note: null }, byUserId ? { actorType: "user", actorId: byUserId } : { actorType: "system", actorId: null });
    return this;
  }

  /** Reopening is a person's action in the desk: the console's reopen button. */
  reopen(minute: number, byUserId = "u-maya") {
    this.log.event(this.id, minute, "reopened", { byUserId, note: null }, { actorType: "user", actorId: byUserId });
    return this;
  }

  rateBrief(minute: number, userId: string, handoffId: string, useful: boolean, note: string | null = null) {
    this.log.event(this.id, minute, "brief_feedback", { handoffId, useful, note }, { actorType: "user", actorId: userId });
    return this;
  }

  /** One hosted-model call for the conversation; `costUsd` null is a model without a price. */
  modelCall(minute: number, { inputTokens, outputTokens, costUsd, failed = false }: { inputTokens: number; outputTokens: number; costUsd: number | null; failed?: boolean }) {
    const usage = { messageId: "m", step: "triage", provider: "openai-compatible", modelId: "m", inputTokens, outputTokens, costUsd, failure: failed ? { kind: "http", detail: "HTTP 500" } : null };
    this.log.event(this.id, minute, "model_usage", usage);
    return this;
  }

  rate(minute: number, score: number) {
    this.log.event(this.id, minute, "csat", { score, comment: null }, { actorType: "customer", actorId: null });
    return this;
  }
}
