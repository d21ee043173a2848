/**
 * What each number on the supervisor pages means, in one line, shown beside the number. The
 * functions that compute them follow these sentences exactly; change both together.
 */
export const metricDefinitions = {
  conversations: "Conversations started in the period in which the customer wrote at least once.",
  aiResolutionRate: "Share of conversations resolved while only the AI ever owned them, with no person writing in them, and not reopened within 7 days.",
  escalationRate: "Share of conversations the AI's escalation router handed to a person at least once.",
  reEscalationRate: "Share of escalated conversations that escalated again: a second handoff by the AI, or a person sending it back to the queue or on to a colleague.",
  csatAiOnly: "Average customer rating (1–5) of conversations that never left the AI.",
  csatAfterHandoff: "Average customer rating (1–5) of conversations that were handed to the queue or a person.",
  csatByAgent: "Average customer rating (1–5) per person who last owned or wrote in the conversation.",
  firstHumanReply: "Time from the AI's handoff to the first message a person wrote, over handoffs that got one (p50 and p90).",
  queueWait: "Time from the AI's handoff until a named person owned the conversation (p50 and p90).",
  abandonmentRate: "Share of settled handoffs in which no person ever replied and the customer neither left contact details nor wrote for 30 minutes (or the conversation was closed).",
  costPerConversation:
    "Hosted-model cost of the period's conversations (every call, failed ones included, at the model's price per token) divided by their number; calls to a model without a price are shown as unpriced, never as $0.",
  costPerResolution:
    "Hosted-model cost of all the period's conversations divided by those the AI resolved alone: what one AI resolution costs, including the spend on conversations it did not resolve; compare it with a price per resolution.",
  costPerHandoff: "Hosted-model cost of the conversations the AI handed to a person divided by the number of those handoffs: what the AI spent before a person took over.",
  modelCost: "Per conversation with hosted-model calls: calls (failed ones included), tokens in and out, and cost at the model's price; a call to a model without a price makes the cost unpriced, not $0.",
  slaCompliance: "Share of handoffs a person first answered within the first-response target of the customer's tier; a handoff still unanswered counts once its target has passed.",
  escalationsByTrigger: "Every trigger that fired on a handoff is counted; the primary column counts the trigger named as the main reason.",
  escalationsByIntent: "Handoffs grouped by the intent of the customer turn that caused them.",
  escalationsBySpecialist: "Handoffs grouped by the AI specialist that turn was routed to.",
  escalationsByTier: "Conversations and handoffs per customer tier (anonymous visitors count as free).",
  escalationsByHour: "Handoffs per hour of the day, in the workspace's timezone.",
  contentGaps: "Customer questions routed to the knowledge specialist whose best help-centre article matched below the confidence floor, grouped by intent, with the published articles about those questions now.",
  falseEscalations: "Handoffs that a person resolved within 10 minutes with the outcome “no action needed”: candidates for a threshold that fires too early.",
  briefUsefulness:
    "Share of handoff-brief ratings marked “useful” by the person who handled the handoff, each person's latest rating of each brief counting once; the notes say what was missing.",
  agentPerformance:
    "Per person: handoffs given to them by routing or a transfer; conversations they owned; time from taking ownership to their first message (p50) and to resolving while still owning it (p50); CSAT as above; busy time owning at least one conversation and the average number owned at once during it (presence history is not stored, so time online cannot be the denominator); conversations assigned and unresolved now against their chat limit.",
  dailyTrend: "Per day on which conversations started: their average customer rating (1–5) and the average sentiment (−1 to 1) of all their customer turns.",
  whatIf: "Every stored customer turn of the period decided again by the escalation router under the candidate thresholds.",
} as const;

export type MetricId = keyof typeof metricDefinitions;
