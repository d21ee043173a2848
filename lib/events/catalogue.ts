import { z } from "zod";
import type { HandoffBrief } from "../handoff/brief";
import { escalationPolicySchema } from "../workspace/settings";

/**
 * Every kind of event a conversation's log holds, each with the zod schema of its payload. The
 * console, the handoff brief, analytics and webhooks are views of these; writers append through
 * `appendEvent` (which checks the payload against its type) and readers go through `readPayload`
 * (which parses it), so a payload's shape is declared here once and nowhere else.
 *
 * A payload is stored as its writer gave it once it passes its schema; readers get the parsed
 * payload, so a field the schema does not name is kept in the log but never read unchecked.
 */

// ── The escalation router's vocabulary ───────────────────────────────────────────────────────
// `TurnSignals` is stored exactly as the router received it, so a supervisor can re-decide any
// past turn under other thresholds: it holds raw scores and measurements only, never a yes/no
// that depends on a threshold.

export const ESCALATION_TRIGGERS = [
  "sentiment",
  "low_confidence",
  "customer_request",
  "complexity",
  "risk",
  "authority_limit",
  "sla",
  "anomaly",
  "handoff_loop",
  "model_failure",
  "action_failed",
] as const;

export const escalationTriggerSchema = z.enum(ESCALATION_TRIGGERS);
export type EscalationTrigger = z.infer<typeof escalationTriggerSchema>;

/**
 * Intent labels for small talk. The intent classifier emits these for greetings, thanks and the
 * like; a low confidence on them is harmless (there is nothing to get wrong), so they are exempt
 * from the confidence floor, and repeating them is not a customer going in circles.
 */
export const CONVERSATIONAL_INTENTS: ReadonlySet<string> = new Set(["greeting", "thanks", "goodbye", "small_talk", "acknowledgement"]);

export const firedTriggerSchema = z.object({
  trigger: escalationTriggerSchema,
  /** The measurement that crossed the threshold, on the trigger's own scale (see the router). */
  score: z.number(),
  threshold: z.number(),
  /** A quote from the customer or the numbers behind the score, enough to check the decision by eye. */
  evidence: z.string(),
});
export type FiredTrigger = z.infer<typeof firedTriggerSchema>;

export const frustrationCueSchema = z.object({ cue: z.string(), evidence: z.string() });
export type FrustrationCue = z.infer<typeof frustrationCueSchema>;

const approvalActionSchema = z.enum(["refund", "goodwill_credit"]);

const failureEvidenceSchema = z.object({ evidence: z.string() }).nullable().optional();

export const turnSignalsSchema = z.object({
  /** 1-based index of the customer turn being decided. */
  turn: z.number(),
  /** Label from the intent classifier; conversational labels (see `CONVERSATIONAL_INTENTS`) exempt the turn from the confidence floor. */
  intent: z.string(),
  /** Triage's confidence in the route: the probability of the intent plus its alternatives that go to the same specialist. */
  intentConfidence: z.number(),
  /** Whether the customer asked a question or made a request, rather than making a statement. */
  asksSomething: z.boolean(),
  /** Retrieval confidence of the knowledge article the reply was built on; null when the reply was not an article answer. */
  answerConfidence: z.number().nullable(),
  /**
   * For each earlier customer turn, oldest first, the confidence the floor was applied to (see
   * `flooredConfidence`), or null where it did not apply: small talk, a statement, an off-topic
   * question. Lets the router count misses in a row under any floor. Absent on turns stored before it.
   */
  earlierConfidences: z.array(z.number().nullable()).optional(),
  /** Whether the message is about the shop at all, and what in it says so. Absent on turns stored before it. */
  scope: z.object({ shopRelated: z.boolean(), evidence: z.string(), byMeaning: z.boolean().optional() }).optional(),
  /** This turn's sentiment, -1 (hostile) .. 1 (delighted). */
  sentiment: z.number(),
  /** Sentiment of every customer turn so far, this one last. */
  sentimentTrajectory: z.array(z.number()),
  /** 0..1, higher is more frustrated. */
  frustration: z.object({ score: z.number(), cues: z.array(frustrationCueSchema) }),
  /** 0..1 from the human-request detector; see `HUMAN_REQUEST_THRESHOLD`. */
  humanRequest: z.object({ score: z.number(), evidence: z.string() }),
  /** Category named by the risk scorer (null when none); whether it escalates is the policy's `riskCategories`. */
  risk: z.object({ category: z.string().nullable(), score: z.number(), evidence: z.string() }),
  /** 0..1 with the reasons that contributed. */
  complexity: z.object({ score: z.number(), reasons: z.array(z.string()) }),
  /** An action the AI was asked to take, its amount and the workspace's limit for it at the time; null when none. */
  authority: z.object({ action: approvalActionSchema, amountCents: z.number(), limitCents: z.number() }).nullable(),
  anomaly: z.object({ contactsLast24h: z.number(), baselinePerDay: z.number() }),
  /**
   * AI agents that handled the customer's current problem, in order, e.g. ["triage", "knowledge",
   * "transactions"]. A new question on another topic starts a new chain: a topic change is not a loop.
   */
  agentChain: z.array(z.string()),
  /** Seconds left on the SLA clock the customer is waiting on (negative once breached); null when no clock runs. */
  slaSecondsRemaining: z.number().nullable(),
  /**
   * Set when no model could answer this turn: the hosted model failed (with what) and the offline
   * engine could not stand in. Absent from turns measured before the reply was attempted.
   */
  modelFailure: failureEvidenceSchema,
  /**
   * Set when an action the customer asked for could not be done: the business system did not
   * confirm it, or none is connected for it. Absent from turns measured before the reply.
   */
  actionFailure: failureEvidenceSchema,
});
export type TurnSignals = z.infer<typeof turnSignalsSchema>;

export const escalationActionSchema = z.enum(["continue", "handoff", "approval_request"]);
export type EscalationAction = z.infer<typeof escalationActionSchema>;

export const escalationUrgencySchema = z.enum(["low", "medium", "high", "critical"]);
export type EscalationUrgency = z.infer<typeof escalationUrgencySchema>;

/**
 * A turn the AI keeps but has no answer for: a question about the shop no article fits (a miss,
 * handed over only after the policy's misses in a row), or one about something else entirely.
 */
export const unansweredTurnSchema = z.object({
  kind: z.enum(["miss", "out_of_scope"]),
  /** Misses in a row, this one included (0 for an off-topic question). */
  missesInARow: z.number(),
  evidence: z.string(),
});
export type UnansweredTurn = z.infer<typeof unansweredTurnSchema>;

export const escalationDecisionSchema = z.object({
  escalate: z.boolean(),
  action: escalationActionSchema,
  primaryTrigger: escalationTriggerSchema.nullable(),
  /** Every trigger that fired, in priority order, not only the primary one. */
  triggersFired: z.array(firedTriggerSchema),
  /** One plain sentence for the human who picks the conversation up. */
  reason: z.string(),
  urgency: escalationUrgencySchema,
  /** Set when the AI continues without an answer; absent otherwise (and on decisions stored before it). */
  unanswered: unansweredTurnSchema.optional(),
});
export type EscalationDecision = z.infer<typeof escalationDecisionSchema>;

// ── Who acts and who owns ───────────────────────────────────────────────────────────────────

export const actorSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("customer") }),
  z.object({ type: z.literal("ai"), agent: z.string() }),
  z.object({ type: z.literal("user"), userId: z.string() }),
  z.object({ type: z.literal("system") }),
]);
export type Actor = z.infer<typeof actorSchema>;

export const ownerSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("ai") }),
  z.object({ kind: z.literal("queue"), reason: z.string() }),
  z.object({ kind: z.literal("human"), userId: z.string() }),
]);
export type Owner = z.infer<typeof ownerSchema>;

/** A person who was given the conversation and did not reply in time; routing skips them for it afterwards. */
export const missedAssignmentSchema = z.object({ agentId: z.string(), agentName: z.string(), timeoutSeconds: z.number() });
export type MissedAssignment = z.infer<typeof missedAssignmentSchema>;

// ── Payloads ────────────────────────────────────────────────────────────────────────────────

const entitySchema = z.object({ type: z.string(), value: z.string(), text: z.string().optional() });

const ownershipChanged = z.object({
  from: ownerSchema,
  to: ownerSchema,
  reason: z.string(),
  note: z.string().optional(),
  missedAssignment: missedAssignmentSchema.optional(),
});

const approvalDecided = z.object({
  approvalEventId: z.string(),
  action: approvalActionSchema,
  decision: z.enum(["approved", "denied"]),
  reason: z.string().nullable(),
  decidedBy: z.object({ userId: z.string(), name: z.string() }),
  at: z.string(),
  /** What was carried out, in a sentence, e.g. "Refund of $149.00 on order 4512 completed." */
  outcome: z.string(),
});

/**
 * The brief is built by one pure function (lib/handoff/brief.ts, where its full type lives) and
 * stored whole; the parts its readers rely on (which handoff, why, for whom) are checked here.
 */
const briefOutline = z.looseObject({
  handoff_id: z.string(),
  created_at: z.string(),
  customer: z.object({ name: z.string().nullable() }),
  escalation: z.object({ trigger: escalationTriggerSchema.nullable(), reason: z.string(), urgency: escalationUrgencySchema }),
  routing: z.object({ assigned_agent_id: z.string().nullable() }),
});
const handoffBriefSchema = z.custom<HandoffBrief>((value) => briefOutline.safeParse(value).success, { message: "Not a handoff brief" });

const failureSchema = z.object({ kind: z.string(), detail: z.string() });

export const eventPayloadSchemas = {
  conversation_started: z.object({
    channel: z.string().optional(),
    language: z.string().optional(),
    pageUrl: z.string().nullable().optional(),
    pageTitle: z.string().nullable().optional(),
    identified: z.boolean().optional(),
  }),
  classification: z.object({
    messageId: z.string(),
    intent: z.string(),
    confidence: z.number(),
    alternatives: z.array(z.object({ intent: z.string(), confidence: z.number() })),
    category: z.string(),
    specialist: z.string(),
    routeReason: z.string(),
    entities: z.array(entitySchema),
  }),
  turn_signals: z.object({
    messageId: z.string(),
    signals: turnSignalsSchema,
    sentimentLabel: z.enum(["positive", "neutral", "frustrated", "angry"]),
  }),
  escalation_decision: z.object({
    messageId: z.string(),
    decision: escalationDecisionSchema,
    /** The workspace's escalation policy the decision was taken under. */
    thresholds: escalationPolicySchema,
    /** On the decision taken after no model could answer the turn: the failure the router weighed. */
    modelFailure: failureEvidenceSchema,
    /** On the decision taken after an action the customer asked for was not done: what failed. */
    actionFailure: failureEvidenceSchema,
  }),
  agent_switch: z.object({
    from: z.string().optional(),
    to: z.string(),
    reason: z.string(),
    handoff: z.object({ summary: z.string(), intent: z.string(), entities: z.array(entitySchema), tried: z.array(z.unknown()) }).optional(),
  }),
  action_taken: z.object({
    action: z.string(),
    input: z.unknown().optional(),
    result: z.string(),
    output: z.record(z.string(), z.unknown()).optional(),
  }),
  /** The router's request carries the turn's entities and reason; the refund tool's names the refund it filed. */
  approval_requested: z.object({
    action: approvalActionSchema,
    amountCents: z.number(),
    limitCents: z.number(),
    messageId: z.string().optional(),
    reason: z.string().optional(),
    entities: z.array(entitySchema).optional(),
    refundId: z.string().optional(),
    orderNumber: z.string().optional(),
  }),
  approval_decided: approvalDecided,
  handoff_brief: z.object({ brief: handoffBriefSchema }),
  /** A person's verdict on a handoff brief they worked from; their latest one for a brief counts. */
  brief_feedback: z.object({ handoffId: z.string(), useful: z.boolean(), note: z.string().nullable() }),
  assignment: z.object({
    agentId: z.string(),
    agentName: z.string(),
    /** Why this person: the router's reason, or who claimed or transferred it. */
    reason: z.string(),
    via: z.enum(["routing", "claim", "transfer"]),
    handoffId: z.string().nullable(),
  }),
  ownership_changed: ownershipChanged,
  whisper: z.object({ body: z.string(), authorName: z.string() }),
  note: z.object({ body: z.string(), authorName: z.string() }),
  verification: z.object({
    method: z.string(),
    stage: z.string().optional(),
    customerId: z.string().optional(),
    verified: z.boolean().optional(),
  }),
  csat: z.object({ score: z.number().int().min(1).max(5), comment: z.string().nullable().optional() }),
  async_requested: z.object({
    kind: z.enum(["email", "callback"]),
    email: z.string().optional(),
    phone: z.string().optional(),
    callbackAt: z.string().nullable().optional(),
    note: z.string().nullable(),
    previousStatus: z.string(),
  }),
  resolved: z.object({ outcome: z.string(), note: z.string().nullable() }),
  reopened: z.object({ byUserId: z.string(), note: z.string().nullable() }),
  /**
   * One call to a hosted model: the customer turn it served, the tokens and their cost, and whether
   * it failed and how. Failed calls are recorded too: a provider bills the tokens of an answer the
   * desk could not use.
   */
  model_usage: z.object({
    messageId: z.string(),
    /** "triage" or the specialist whose reply it was. */
    step: z.string(),
    provider: z.string(),
    modelId: z.string(),
    inputTokens: z.number(),
    outputTokens: z.number(),
    /** Null when the model has no price, built in or set by the workspace. */
    costUsd: z.number().nullable(),
    /** How triage asked for its answer ("json_schema", "json_object" or "text"). */
    format: z.string().optional(),
    failure: failureSchema.nullable(),
  }),
  /**
   * What one AI reply was built on: the help-centre article (and section) it quotes and links, an
   * action's result, a conversational line, a scope answer to an off-topic question, or a miss (no
   * article fitted). Evaluation and the handoff brief read it instead of parsing the reply.
   */
  answer_basis: z.object({
    /** The customer message the reply answers. */
    messageId: z.string(),
    kind: z.enum(["article", "action", "conversation", "scope", "miss"]),
    article: z.object({ slug: z.string(), language: z.string(), section: z.string().nullable(), confidence: z.number() }).nullable(),
    /** The language the reply is written in. */
    language: z.string(),
  }),
  /** Withdraws a whisper, a waiting script or a hand-back note, named by its event. */
  guidance_removed: z.object({ eventId: z.string() }),
} satisfies Record<string, z.ZodType>;

export type ConversationEventType = keyof typeof eventPayloadSchemas;
export const conversationEventTypes = Object.keys(eventPayloadSchemas) as readonly ConversationEventType[];

/** The payload of one event type, as a writer gives it and a reader gets it. */
export type EventPayload<T extends ConversationEventType> = z.infer<(typeof eventPayloadSchemas)[T]>;

export type ClassificationPayload = EventPayload<"classification">;
export type TurnSignalsPayload = EventPayload<"turn_signals">;
export type EscalationDecisionPayload = EventPayload<"escalation_decision">;
export type ActionTakenPayload = EventPayload<"action_taken">;
export type ApprovalRequestedPayload = EventPayload<"approval_requested">;
export type ApprovalDecidedPayload = EventPayload<"approval_decided">;
export type AssignmentPayload = EventPayload<"assignment">;
export type OwnershipChangedPayload = EventPayload<"ownership_changed">;
export type BriefFeedbackPayload = EventPayload<"brief_feedback">;
export type ReopenedPayload = EventPayload<"reopened">;
export type ModelUsagePayload = EventPayload<"model_usage">;
export type AnswerBasisPayload = EventPayload<"answer_basis">;
export type GuidanceRemovedPayload = EventPayload<"guidance_removed">;

export function isConversationEventType(type: string): type is ConversationEventType {
  return Object.hasOwn(eventPayloadSchemas, type);
}

/** A payload that does not match its event type: refused when written, reported when read. */
export class EventPayloadInvalid extends Error {
  constructor(
    readonly type: string,
    readonly eventId: string | null,
    readonly issues: string,
  ) {
    super(`${eventId ? `Event ${eventId}` : "An event"} of type ${type} has a payload that does not match its type: ${issues}`);
  }
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join(".") || "payload"}: ${issue.message}`).join("; ");
}

/** Checks a payload about to be written; throws `EventPayloadInvalid` so nothing malformed enters the log. */
export function checkedPayload<T extends ConversationEventType>(type: T, payload: unknown): EventPayload<T> {
  if (!isConversationEventType(type)) throw new EventPayloadInvalid(type, null, "unknown event type");
  const parsed = eventPayloadSchemas[type].safeParse(payload);
  if (!parsed.success) throw new EventPayloadInvalid(type, null, describeIssues(parsed.error));
  return parsed.data as EventPayload<T>;
}

interface StoredEventLike {
  id?: string;
  type: string;
  payload: unknown;
}

/**
 * The payload of a stored event of the given type. Throws `EventPayloadInvalid` when the event is
 * of another type or its payload does not match: a reader that must decide on it never guesses.
 */
export function readPayload<T extends ConversationEventType>(type: T, event: StoredEventLike): EventPayload<T> {
  if (event.type !== type) throw new EventPayloadInvalid(type, event.id ?? null, `the event is of type ${event.type}`);
  const parsed = eventPayloadSchemas[type].safeParse(event.payload);
  if (!parsed.success) throw new EventPayloadInvalid(type, event.id ?? null, describeIssues(parsed.error));
  return parsed.data as EventPayload<T>;
}

/**
 * For views of the log: the payload, or null when the stored row does not parse (a row written
 * under an older shape), with the reason logged, so one odd old row does not take down a view.
 */
export function payloadOrSkip<T extends ConversationEventType>(type: T, event: StoredEventLike): EventPayload<T> | null {
  try {
    return readPayload(type, event);
  } catch (error) {
    if (!(error instanceof EventPayloadInvalid)) throw error;
    console.warn(`Skipped: ${error.message}`);
    return null;
  }
}

/** The payloads of the events of one type in a list, in order, each with its event; rows that do not parse are skipped as `payloadOrSkip` does. */
export function payloadsOf<T extends ConversationEventType, E extends StoredEventLike>(type: T, events: readonly E[]): { event: E; payload: EventPayload<T> }[] {
  return events.flatMap((event) => {
    if (event.type !== type) return [];
    const payload = payloadOrSkip(type, event);
    return payload ? [{ event, payload }] : [];
  });
}
