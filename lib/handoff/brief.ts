import type { EscalationDecision, EscalationTrigger, EscalationUrgency, FrustrationCue, TurnSignals } from "../events/catalogue";
import { CONVERSATIONAL_INTENTS, payloadOrSkip, payloadsOf } from "../events/catalogue";
import { scoreChurnRisk } from "../signals/churn";
import type { SentimentLabel } from "../signals/frustration";
import { pendingApprovals } from "../approvals/approval-requests";
import { storedAttributes, type CustomerAttributes } from "../widget/attributes";
import { redactSensitive } from "./redact";
import { topicOf, type HandoffMode, type RoutingDecision } from "./routing";

/**
 * The handoff brief: what a person needs to act within thirty seconds of picking a conversation
 * up, without scrolling the transcript. Built by a pure function from the conversation's event
 * log and a snapshot of the business records; every field is read from one of them or from a
 * named scorer, and anything unknown is null. Field names are the wire format (snake_case), as
 * the brief is also served as JSON and sent to webhooks.
 */

export type ActionResult = "success" | "failed" | "declined" | "pending_approval";

export interface HandoffBrief {
  handoff_id: string;
  created_at: string;
  mode: HandoffMode;
  /** Earlier briefs of this conversation, oldest first: it has been escalated before. */
  previous_handoff_ids: string[];
  customer: {
    id: string | null;
    name: string | null;
    email: string | null;
    tier: string | null;
    language: string;
    /** In the store's currency (major units). */
    lifetime_value: number | null;
    previous_tickets: number | null;
    /** Mean post-conversation rating (1..5) of earlier conversations; null when none were rated. */
    avg_satisfaction: number | null;
    verified: boolean;
    risk_flags: string[];
    /** What the business's site told the widget about this customer (SDK boot/update). */
    attributes: CustomerAttributes;
  };
  conversation: {
    id: string;
    channel: string;
    page_url: string | null;
    page_title: string | null;
    intent: string | null;
    category: string | null;
    duration_seconds: number;
    message_count: number;
    /** One score per customer turn, oldest first, on the -1 (hostile) .. 1 (delighted) scale. */
    sentiment_trajectory: number[];
    current_sentiment: SentimentLabel | null;
    agent_chain: string[];
  };
  actions_taken: { action: string; result: ActionResult; detail: string; at: string }[];
  escalation: {
    trigger: EscalationTrigger | null;
    triggers_fired: { trigger: EscalationTrigger; score: number; threshold: number; evidence: string }[];
    confidence_score: number | null;
    reason: string;
    recommended_action: string;
    urgency: EscalationUrgency;
    /** 0..1 from `scoreChurnRisk`. */
    churn_risk: number | null;
    sla_due_at: string | null;
  };
  context: {
    summary: string;
    customer_verbatim: string | null;
    ai_limitation: string;
    business_impact: string | null;
    open_tickets: { id: string; status: string; created_at: string }[];
    recent_orders: { number: string; status: string; total: number; currency: string; placed_at: string }[];
    /** Why the business's own system could not be read for the orders; absent in briefs written before it was recorded. */
    recent_orders_unavailable?: string | null;
    payment_issues: { amount: number; currency: string; status: string; reason: string | null; card: string; at: string }[];
    /** Files sent in the conversation (photos of the damage, a receipt), oldest first. */
    attachments: { id: string; file_name: string; content_type: string; size_bytes: number; from: "customer" | "agent"; url: string; at: string }[];
  };
  routing: {
    queue: string;
    assigned_agent_id: string | null;
    required_skills: string[];
    language: string;
    reason: string;
  };
}

export interface BriefLog {
  conversation: {
    id: string;
    channel: string;
    language: string;
    pageUrl: string | null;
    pageTitle: string | null;
    createdAt: Date;
    customer: { id: string; name: string; email: string; tier: string; language: string; lifetimeValueCents: number; attributes?: unknown } | null;
  };
  messages: readonly { author: string; body: string; createdAt: Date }[];
  events: readonly { type: string; payload: unknown; createdAt: Date }[];
}

/** Business records around the conversation, read by the caller; the brief only arranges them. */
export interface BriefBusiness {
  /** This brief's number among the workspace's briefs of the day, from 1. */
  dailySequence: number;
  routing: RoutingDecision;
  /** The first-response target for the customer's tier; null when none applies. */
  slaFirstResponseSeconds: number | null;
  /** The customer's other conversations; null for a visitor nobody knows. */
  otherConversations: { id: string; status: string; createdAt: Date; csatScore: number | null }[] | null;
  recentOrders: { number: string; status: string; totalCents: number; currency: string; placedAt: Date }[];
  /** Set when the orders come from the business's system and it could not be read: the list is then empty, not stale. */
  recentOrdersUnreachable?: string | null;
  failedPayments: { amountCents: number; currency: string; status: string; failureReason: string | null; cardBrand: string; cardLast4: string; createdAt: Date }[];
  /** Open orders plus a year of membership; null for a visitor. */
  atStakeCents: number | null;
  /** Files sent in the conversation so far. */
  attachments?: { id: string; fileName: string; contentType: string; sizeBytes: number; uploadedBy: string; createdAt: Date }[];
}

const RESULT_BY_KIND: Record<string, ActionResult> = {
  refund_completed: "success",
  refund_pending_approval: "pending_approval",
  goodwill_credit_recorded: "success",
  refund_ineligible: "declined",
  order_status: "success",
  order_cancelled: "success",
  order_not_cancellable: "declined",
  address_changed: "success",
  address_not_changed: "declined",
  subscription_cancelled: "success",
  plan_changed: "success",
  password_reset_sent: "success",
  email_change_requested: "success",
  verification_required: "declined",
  action_refused: "declined",
  action_failed: "failed",
  action_unavailable: "failed",
};

const AI_LIMITATION: Record<EscalationTrigger, string> = {
  customer_request: "The customer asked for a person; the AI does not argue with that.",
  risk: "This topic is on the list the business never leaves to the AI.",
  sentiment: "The customer is upset, and an apology from a person lands better than another AI answer.",
  authority_limit: "The action asked for is above what the AI may do without a person's approval.",
  anomaly: "The customer is contacting us far more often than usual, which needs a person to look at.",
  complexity: "The request has more moving parts than the AI handles reliably.",
  handoff_loop: "The conversation went round AI agents without getting anywhere.",
  low_confidence: "The AI was not confident enough in its understanding or its answer to reply.",
  sla: "The customer has waited past the response target.",
  model_failure: "The language model failed on this turn (an error, a timeout or an unusable answer) and the offline engine could not stand in.",
  action_failed: "The business system did not confirm an action the customer asked for (or none is connected for it), so the AI could not do it; nothing was changed.",
};

function money(cents: number, currency = "USD"): string {
  return new Intl.NumberFormat("en-US", { style: "currency", currency }).format(cents / 100);
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

function humanize(label: string): string {
  return label.replaceAll("_", " ");
}

function lastOf<T>(items: readonly T[]): T | undefined {
  return items[items.length - 1];
}

function actionDetail(action: string, output: Record<string, unknown> | undefined): string {
  const order = output?.order as { number?: string } | undefined;
  const onOrder = order?.number ? ` on order #${order.number}` : "";
  const amount = typeof output?.amountCents === "number" ? ` of ${money(output.amountCents)}` : "";
  const reason = typeof output?.reason === "string" ? `: ${output.reason}` : typeof output?.error === "string" ? `: ${output.error}` : "";
  const kind = typeof output?.kind === "string" ? humanize(output.kind) : humanize(action);
  // Say what the customer now has in hand, so nobody promises a change that waits on a link.
  if (output?.kind === "password_reset_sent") return `${kind}: a one-time link went to ${String(output.sentTo)}; the password changes only when the customer uses it`;
  if (output?.kind === "email_change_requested") return `${kind}: a confirmation link went to ${String(output.newEmail)}; the account email changes only when it is opened`;
  return `${kind}${amount}${onOrder}${reason}`;
}

function actionsTaken(events: BriefLog["events"]): HandoffBrief["actions_taken"] {
  const actions: HandoffBrief["actions_taken"] = [];
  for (const event of events) {
    const at = event.createdAt.toISOString();
    if (event.type === "action_taken") {
      const payload = payloadOrSkip("action_taken", event);
      if (!payload) continue;
      const kind = typeof payload.output?.kind === "string" ? payload.output.kind : payload.result;
      actions.push({ action: payload.action, result: RESULT_BY_KIND[kind] ?? "failed", detail: actionDetail(payload.action, payload.output), at });
    } else if (event.type === "approval_requested") {
      const payload = payloadOrSkip("approval_requested", event);
      // A tool that filed the request is already listed through its own action_taken event.
      if (!payload || payload.refundId) continue;
      actions.push({ action: `${payload.action} approval`, result: "pending_approval", detail: `${humanize(payload.action)} of ${money(payload.amountCents)} is above the AI's ${money(payload.limitCents)} limit`, at });
    } else if (event.type === "approval_decided") {
      const payload = payloadOrSkip("approval_decided", event);
      if (!payload) continue;
      const approved = payload.decision === "approved";
      actions.push({ action: `${payload.action} approval`, result: approved ? "success" : "declined", detail: approved ? `approved by ${payload.decidedBy.name}` : `declined by ${payload.decidedBy.name}${payload.reason ? `: ${payload.reason}` : ""}`, at });
    }
  }
  return actions;
}

function recommendedAction(trigger: EscalationTrigger | null, intent: string | null, signals: TurnSignals | null, pendingApproval: boolean): string {
  const topic = intent ? humanize(intent) : "their request";
  const byTrigger: Record<EscalationTrigger, string> = {
    customer_request: `Introduce yourself and pick up the ${topic} request from this brief.`,
    risk: `Handle the ${humanize(signals?.risk.category ?? "risk")} concern under the business's policy.`,
    sentiment: `Acknowledge the frustration first, then resolve the ${topic} issue without asking again for what is here.`,
    authority_limit: signals?.authority
      ? `Decide on the ${humanize(signals.authority.action)} of ${money(signals.authority.amountCents)} (AI limit ${money(signals.authority.limitCents)}).`
      : `Decide on the action the customer asked for.`,
    anomaly: `Check why this customer contacted us ${signals?.anomaly.contactsLast24h ?? "so many"} times in a day before answering.`,
    complexity: `Work through every part of the ${topic} request; the AI did not untangle it.`,
    handoff_loop: `Own the ${topic} request yourself; AI agents passed it around without solving it.`,
    low_confidence: `Answer the ${topic} question; the AI had no confident answer.`,
    sla: `Reply now: the response target has been missed.`,
    model_failure: `Answer the customer's last message about the ${topic} request; the AI could not, and the customer was told a person is taking over.`,
    action_failed: `Do the ${topic} request in the business system yourself (the error is under actions taken); the customer was told nothing was changed.`,
  };
  const base = trigger ? byTrigger[trigger] : `Pick up the ${topic} request.`;
  return pendingApproval && trigger !== "authority_limit" ? `${base} An approval is waiting for you too.` : base;
}

/** The customer's words that best explain the handoff: what they just said when they asked for a person, otherwise their most negative turn. */
function keyQuote(customerMessages: readonly string[], trajectory: readonly number[], trigger: EscalationTrigger | null): string | null {
  if (customerMessages.length === 0) return null;
  if (trigger === "sentiment" && trajectory.length === customerMessages.length) {
    let worst = trajectory.length - 1;
    trajectory.forEach((score, i) => {
      if (score < trajectory[worst]) worst = i;
    });
    return customerMessages[worst];
  }
  return lastOf(customerMessages) ?? null;
}

function riskFlags(signalsHistory: readonly TurnSignals[], decisions: readonly EscalationDecision[], business: BriefBusiness): string[] {
  const flags = new Set<string>();
  for (const signals of signalsHistory) if (signals.risk.category) flags.add(signals.risk.category);
  if (decisions.some((d) => d.triggersFired.some((t) => t.trigger === "anomaly"))) flags.add("unusual_contact_volume");
  if (business.failedPayments.some((p) => p.status === "failed")) flags.add("failed_payment");
  return [...flags];
}

function summarize(log: BriefLog, intent: string | null, chain: readonly string[], actions: HandoffBrief["actions_taken"], reason: string, trigger: EscalationTrigger | null): string {
  const customer = log.conversation.customer;
  const who = customer ? `${customer.name} (${customer.tier} tier)` : "A visitor who is not signed in";
  const where = log.conversation.pageTitle ? ` from the page "${log.conversation.pageTitle}"` : "";
  const first = `${who} wrote${where} about ${intent ? humanize(intent) : "a request the AI could not classify"}.`;
  const specialists = chain.filter((agent) => agent !== "triage");
  const by = specialists.length > 0 ? `The ${specialists.join(" then ")} agent${specialists.length > 1 ? "s" : ""}` : "The AI";
  // Only a message the AI wrote is a reply; the desk's own notices (such as "a technical problem") are not.
  const aiReplied = log.messages.some((m) => m.author === "ai");
  const tried = actions.length > 0 ? `${by} tried: ${actions.map((a) => `${humanize(a.action)} (${humanize(a.result)})`).join(", ")}.` : null;
  const second =
    trigger === "model_failure"
      ? `${tried ? `${tried} ` : ""}The model failed before the AI could answer the last message, so no answer was sent to it; the customer was told of a technical problem.`
      : (tried ?? (aiReplied ? `${by} replied without taking any action on the account.` : `${by} had not replied yet and took no action on the account.`));
  return redactSensitive(`${first} ${second} Handed over because: ${reason}`);
}

function businessImpact(log: BriefLog, business: BriefBusiness, authority: TurnSignals["authority"]): string | null {
  const customer = log.conversation.customer;
  if (!customer) return authority ? `${humanize(authority.action)} of ${money(authority.amountCents)} requested.` : null;
  const parts = [`${customer.tier} customer, ${money(customer.lifetimeValueCents)} lifetime value`];
  if (business.atStakeCents) parts.push(`${money(business.atStakeCents)} in open orders and membership`);
  if (authority) parts.push(`${humanize(authority.action)} of ${money(authority.amountCents)} requested`);
  return `${parts.join("; ")}.`;
}

function handoffId(now: Date, sequence: number): string {
  return `HO-${now.toISOString().slice(0, 10).replaceAll("-", "")}-${String(sequence).padStart(3, "0")}`;
}

export function buildHandoffBrief(log: BriefLog, business: BriefBusiness, now: Date): HandoffBrief {
  const { conversation, events } = log;
  const customer = conversation.customer;
  const classifications = payloadsOf("classification", events).map(({ payload }) => payload);
  const topical = classifications.filter((c) => !CONVERSATIONAL_INTENTS.has(c.intent));
  const latestClassification = topicOf(classifications) ?? lastOf(topical) ?? lastOf(classifications) ?? null;
  const turnSignals = payloadsOf("turn_signals", events).map(({ payload }) => payload);
  const latestSignals = lastOf(turnSignals) ?? null;
  const signals = latestSignals?.signals ?? null;
  const decisions = payloadsOf("escalation_decision", events).map(({ payload }) => payload.decision);
  const decision = lastOf(decisions.filter((d) => d.escalate)) ?? lastOf(decisions) ?? null;
  const trigger = decision?.primaryTrigger ?? null;
  const intent = latestClassification?.intent ?? null;
  const switches = payloadsOf("agent_switch", events).map(({ payload }) => payload.to);
  const chain = signals?.agentChain ?? ["triage", ...switches];
  const actions = actionsTaken(events);
  const reason = decision?.reason ?? "The conversation was handed to a person.";
  const customerMessages = log.messages.filter((m) => m.author === "customer").map((m) => m.body);
  const trajectory = (signals?.sentimentTrajectory ?? []).map(round2);
  const verbatim = keyQuote(customerMessages, trajectory, trigger);
  const other = business.otherConversations;
  const ratings = other?.flatMap((c) => (c.csatScore === null ? [] : [c.csatScore])) ?? [];
  const pendingApproval = pendingApprovals(events) > 0;
  const confidence = signals ? (signals.answerConfidence === null ? signals.intentConfidence : Math.min(signals.intentConfidence, signals.answerConfidence)) : null;

  return {
    handoff_id: handoffId(now, business.dailySequence),
    created_at: now.toISOString(),
    mode: business.routing.mode,
    previous_handoff_ids: payloadsOf("handoff_brief", events).map(({ payload }) => payload.brief.handoff_id),
    customer: {
      id: customer?.id ?? null,
      name: customer?.name ?? null,
      email: customer?.email ?? null,
      tier: customer?.tier ?? null,
      // The language the customer is writing in now, which routing also used, not the profile's.
      language: conversation.language,
      lifetime_value: customer ? customer.lifetimeValueCents / 100 : null,
      previous_tickets: other ? other.length : null,
      avg_satisfaction: ratings.length > 0 ? round2(ratings.reduce((sum, r) => sum + r, 0) / ratings.length) : null,
      verified: payloadsOf("verification", events).some(({ payload }) => payload.verified === true),
      risk_flags: riskFlags(turnSignals.map((t) => t.signals), decisions, business),
      attributes: storedAttributes(customer?.attributes),
    },
    conversation: {
      id: conversation.id,
      channel: conversation.channel,
      page_url: conversation.pageUrl,
      page_title: conversation.pageTitle,
      intent,
      category: latestClassification?.category ?? null,
      duration_seconds: Math.max(0, Math.round((now.getTime() - conversation.createdAt.getTime()) / 1000)),
      message_count: log.messages.length,
      sentiment_trajectory: trajectory,
      current_sentiment: latestSignals?.sentimentLabel ?? null,
      agent_chain: [...chain],
    },
    actions_taken: actions,
    escalation: {
      trigger,
      triggers_fired: (decision?.triggersFired ?? []).map((t) => ({ trigger: t.trigger, score: round2(t.score), threshold: round2(t.threshold), evidence: redactSensitive(t.evidence) })),
      confidence_score: confidence === null ? null : round2(confidence),
      reason: redactSensitive(reason),
      recommended_action: recommendedAction(trigger, intent, signals, pendingApproval),
      urgency: decision?.urgency ?? "medium",
      churn_risk: signals
        ? scoreChurnRisk({
            sentiment: signals.sentiment,
            frustration: signals.frustration.score,
            intent,
            threatensToLeave: signals.frustration.cues.some((c: FrustrationCue) => c.cue === "threat_to_leave"),
          })
        : null,
      sla_due_at: business.slaFirstResponseSeconds === null ? null : new Date(now.getTime() + business.slaFirstResponseSeconds * 1000).toISOString(),
    },
    context: {
      summary: summarize(log, intent, chain, actions, reason, trigger),
      customer_verbatim: verbatim === null ? null : redactSensitive(verbatim),
      ai_limitation: trigger ? AI_LIMITATION[trigger] : "The AI handed over without a recorded trigger.",
      business_impact: businessImpact(log, business, signals?.authority ?? null),
      open_tickets: (other ?? []).filter((c) => c.status !== "resolved").map((c) => ({ id: c.id, status: c.status, created_at: c.createdAt.toISOString() })),
      recent_orders: business.recentOrders.map((o) => ({ number: o.number, status: o.status, total: o.totalCents / 100, currency: o.currency, placed_at: o.placedAt.toISOString() })),
      recent_orders_unavailable: business.recentOrdersUnreachable ? `Could not reach the shop: ${business.recentOrdersUnreachable}` : null,
      payment_issues: business.failedPayments.map((p) => ({
        amount: p.amountCents / 100,
        currency: p.currency,
        status: p.status,
        reason: p.failureReason,
        card: `${p.cardBrand} •••• ${p.cardLast4}`,
        at: p.createdAt.toISOString(),
      })),
      attachments: (business.attachments ?? []).map((a) => ({
        id: a.id,
        file_name: a.fileName,
        content_type: a.contentType,
        size_bytes: a.sizeBytes,
        from: a.uploadedBy === "customer" ? ("customer" as const) : ("agent" as const),
        url: `/api/attachments/${a.id}`,
        at: a.createdAt.toISOString(),
      })),
    },
    routing: {
      queue: business.routing.queue,
      assigned_agent_id: business.routing.agentId,
      required_skills: [...business.routing.requiredSkills],
      language: business.routing.language,
      reason: business.routing.reason,
    },
  };
}
