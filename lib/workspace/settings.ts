import { z } from "zod";
import { userText } from "../validation/user-text";

/**
 * The JSON settings a workspace stores, with the defaults a new workspace starts from. Every
 * reader parses through these schemas, so a malformed value is caught where it is read, not
 * deep inside a decision. The settings staff edit through the API (escalation policy, business
 * hours, alert rules) are strict: an unknown key is refused with its name rather than dropped,
 * so a mistyped or hostile body cannot silently reset the rules to their defaults.
 */
/**
 * A site allowed to embed the widget, as an origin (scheme, host, optional port; no path). A
 * leading "*." admits every subdomain of the host.
 */
export const allowedSiteSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(260)
  .regex(/^https?:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?$/, "An allowed site is an origin such as https://shop.example.com, without a path.");

export const widgetSettingsSchema = z.object({
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, "A colour is written #rrggbb, e.g. #4f46e5."),
  position: z.enum(["left", "right"]),
  greeting: z.string().min(1, "Write a greeting.").max(280, "A greeting is at most 280 characters."),
  languages: z.array(z.string().length(2, "A language is a two-letter code such as en.")).min(1, "Give at least one language."),
  /** Sites whose pages may open the chat; empty lets any site. Settings stored before this existed read empty. */
  allowedSites: z.array(allowedSiteSchema).max(50).default([]),
  /**
   * The one name customers see above AI replies, whichever internal specialist wrote them.
   * Settings stored before this existed read the default.
   */
  assistantName: userText("The assistant name").min(1).max(40).default("Lumen"),
  /** Whether agents see what the customer is typing before it is sent; off unless a team opts in. */
  typingPreview: z.boolean().default(false),
});

export const escalationPolicySchema = z.strictObject({
  /** Below this classifier/retrieval confidence the AI has no answer it trusts: a miss. */
  confidenceFloor: z.number().min(0).max(1),
  /**
   * Misses in a row before a person takes over. Until then the AI says it has no answer and
   * offers the closest articles and a person; not knowing is not by itself a reason to hand over.
   * Settings stored before this existed read the default.
   */
  missesBeforeHandoff: z.number().int().min(1).max(10).default(2),
  /** A customer turn scoring at or below this sentiment (-1..1) escalates. */
  sentimentFloor: z.number().min(-1).max(1),
  /** A fall of this much from the conversation's best sentiment escalates. */
  sentimentDecline: z.number().min(0).max(2),
  /** Complexity score (0..1) at or above which a human takes over. */
  complexityThreshold: z.number().min(0).max(1),
  /** More AI agent hops than this is a handoff loop. */
  maxAgentHops: z.number().int().min(1).max(20),
  /** Contacts above this multiple of a customer's own baseline are an anomaly. */
  anomalyFactor: z.number().min(1).max(100),
  /** Categories that always go to a person. */
  riskCategories: z.array(userText("A risk category").min(1).max(64)),
  /**
   * How long a person given a conversation (by routing or a transfer) has to send the customer a
   * first reply before it goes back to the queue for someone else. Settings stored before this
   * existed read the default.
   */
  assignmentTimeoutSeconds: z.number().int().min(30).max(3600).default(120),
});

const clockTime = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, "A time is HH:MM on a 24-hour clock, e.g. 09:00 or 17:30.");
const openingHours = z.array(z.tuple([clockTime, clockTime]).refine(([open, close]) => open < close, "A range closes after it opens, e.g. 09:00-18:00."));
export const businessHoursSchema = z.strictObject({
  mon: openingHours,
  tue: openingHours,
  wed: openingHours,
  thu: openingHours,
  fri: openingHours,
  sat: openingHours,
  sun: openingHours,
  /** Dates (YYYY-MM-DD, on the workspace's clock) the desk is closed all day. Settings stored before this existed read none. */
  holidays: z.array(z.string().regex(/^\d{4}-\d\d-\d\d$/, "A holiday is a date such as 2026-12-25.")).max(366).default([]),
});

export const authorityLimitsSchema = z.object({
  /** The largest refund the AI may issue without a human's approval. */
  refundCents: z.number().int().min(0),
  goodwillCreditCents: z.number().int().min(0),
  /** Cancelling a subscription or order worth more than this is treated as a risk. */
  largeCancellationCents: z.number().int().min(0),
});

const slaTarget = z.object({
  firstResponseSeconds: z.number().int().positive(),
  resolutionSeconds: z.number().int().positive(),
});
export const slaPolicySchema = z.object({
  free: slaTarget,
  pro: slaTarget,
  premium: slaTarget,
  enterprise: slaTarget,
});

/**
 * When a supervisor is alerted. Every level has a default, and a workspace stored before alerts
 * existed (null) or without one of the rules reads the defaults.
 */
export const alertRulesSchema = z.strictObject({
  /** Share of the last hour's conversations the AI handed to a person. */
  escalationRate: z
    .strictObject({
      enabled: z.boolean().default(true),
      above: z.number().min(0).max(1).default(0.35),
      /** Fewer conversations than this make any rate meaningless. */
      minConversations: z.number().int().min(1).default(5),
    })
    .prefault({}),
  /** One intent's conversations in the last hour against its hourly average over the 7 days before. */
  intentSpike: z
    .strictObject({
      enabled: z.boolean().default(true),
      factor: z.number().min(1).max(100).default(3),
      /** The lowest hourly baseline, so a rare intent does not spike on its second conversation. */
      floorPerHour: z.number().min(0).default(3),
    })
    .prefault({}),
  /** A customer waiting for a person's first reply this close to the first-response target. */
  slaBreachImminent: z
    .strictObject({
      enabled: z.boolean().default(true),
      withinSeconds: z.number().int().min(10).max(3600).default(60),
    })
    .prefault({}),
  /** Customers waiting in the queue while no agent is online. */
  unstaffedQueue: z
    .strictObject({
      enabled: z.boolean().default(true),
      minWaiting: z.number().int().min(1).default(3),
    })
    .prefault({}),
  /** Customer turns on which a model call failed (error, timeout, unusable output) in the last 10 minutes. */
  modelFailures: z
    .strictObject({
      enabled: z.boolean().default(true),
      minTurns: z.number().int().min(1).max(1000).default(3),
    })
    .prefault({}),
  /** The last 24 hours' average rating this far below the 7 days before. */
  csatFalling: z
    .strictObject({
      enabled: z.boolean().default(true),
      drop: z.number().min(0.1).max(4).default(0.7),
      /** Each period needs at least this many ratings. */
      minRatings: z.number().int().min(1).default(5),
    })
    .prefault({}),
});

/** Dollars per million tokens of one model. */
export const modelPriceSchema = z.strictObject({
  inputPerMillion: z.number().min(0).max(10_000),
  outputPerMillion: z.number().min(0).max(10_000),
});

/**
 * How long the AI may wait on a hosted model, per kind of call, and what its tokens cost. A call
 * that is not answered in time counts as failed: triage falls back to the embedded intent model,
 * a reply to the offline engine or a person. Retries (after HTTP 429/5xx or a lost connection)
 * happen inside the same time budget.
 */
export const modelSettingsSchema = z.strictObject({
  triageTimeoutMs: z.number().int().min(500).max(120_000).default(8_000),
  replyTimeoutMs: z.number().int().min(1_000).max(300_000).default(30_000),
  maxRetries: z.number().int().min(0).max(5).default(1),
  /** Prices by model id, in place of or beside the built-in table (`lib/models/prices.ts`). */
  prices: z.record(z.string().min(1).max(200), modelPriceSchema).default({}),
});

/** Who outgoing mail is from; each left out reads the default (the workspace's name, DESK_MAIL_FROM). */
export const emailSettingsSchema = z.strictObject({
  senderName: userText("The sender name").trim().min(1, "Give a sender name or leave it out.").max(80).optional(),
  senderAddress: z.string().trim().toLowerCase().email("The sender address must be an email address.").max(254).optional(),
  replyTo: z.string().trim().toLowerCase().email("The reply-to address must be an email address.").max(254).optional(),
});

/**
 * How long the desk keeps what it no longer needs; a field left out (or null) keeps everything.
 * Resolved conversations go with their messages, events and attachments; sent mail holds
 * one-time links and codes, so it has its own, usually shorter, limit.
 */
export const retentionPolicySchema = z.strictObject({
  resolvedConversationDays: z.number().int().min(1).max(3650).nullable().default(null),
  sentEmailDays: z.number().int().min(1).max(3650).nullable().default(null),
});

export type WidgetSettings = z.infer<typeof widgetSettingsSchema>;
export type EscalationPolicy = z.infer<typeof escalationPolicySchema>;
export type BusinessHours = z.infer<typeof businessHoursSchema>;
export type AuthorityLimits = z.infer<typeof authorityLimitsSchema>;
export type SlaPolicy = z.infer<typeof slaPolicySchema>;
export type AlertRules = z.infer<typeof alertRulesSchema>;
export type ModelSettings = z.infer<typeof modelSettingsSchema>;
export type ModelPrice = z.infer<typeof modelPriceSchema>;
export type EmailSettings = z.infer<typeof emailSettingsSchema>;
export type RetentionPolicy = z.infer<typeof retentionPolicySchema>;

export const defaultWidgetSettings: WidgetSettings = {
  color: "#4f46e5",
  position: "right",
  greeting: "Hi! Ask us anything about orders, returns, billing or your account.",
  languages: ["en", "es", "fr", "de"],
  assistantName: "Lumen",
  typingPreview: false,
  allowedSites: [],
};

export const defaultEscalationPolicy: EscalationPolicy = {
  confidenceFloor: 0.7,
  missesBeforeHandoff: 2,
  sentimentFloor: -0.6,
  sentimentDecline: 0.8,
  complexityThreshold: 0.7,
  maxAgentHops: 3,
  anomalyFactor: 3,
  riskCategories: ["legal", "privacy", "security", "dispute", "safety", "large_cancellation"],
  assignmentTimeoutSeconds: 120,
};

const weekday: [string, string][] = [["09:00", "18:00"]];
export const defaultBusinessHours: BusinessHours = {
  mon: weekday,
  tue: weekday,
  wed: weekday,
  thu: weekday,
  fri: weekday,
  sat: [["10:00", "14:00"]],
  sun: [],
  holidays: [],
};

export const defaultAuthorityLimits: AuthorityLimits = {
  refundCents: 100_00,
  goodwillCreditCents: 20_00,
  largeCancellationCents: 500_00,
};

export const defaultSlaPolicy: SlaPolicy = {
  free: { firstResponseSeconds: 60 * 60, resolutionSeconds: 24 * 3600 },
  pro: { firstResponseSeconds: 10 * 60, resolutionSeconds: 8 * 3600 },
  premium: { firstResponseSeconds: 5 * 60, resolutionSeconds: 4 * 3600 },
  enterprise: { firstResponseSeconds: 2 * 60, resolutionSeconds: 2 * 3600 },
};

export const defaultAlertRules: AlertRules = alertRulesSchema.parse({});

export const defaultModelSettings: ModelSettings = modelSettingsSchema.parse({});

export interface WorkspaceSettings {
  widget: WidgetSettings;
  escalation: EscalationPolicy;
  businessHours: BusinessHours;
  authority: AuthorityLimits;
  sla: SlaPolicy;
  alerts: AlertRules;
  model: ModelSettings;
  email: EmailSettings;
  retention: RetentionPolicy;
}

export function parseWorkspaceSettings(row: {
  widgetSettings: unknown;
  escalationPolicy: unknown;
  businessHours: unknown;
  authorityLimits: unknown;
  slaPolicy: unknown;
  alertRules: unknown;
  modelSettings: unknown;
  emailSettings?: unknown;
  retentionPolicy?: unknown;
}): WorkspaceSettings {
  return {
    widget: widgetSettingsSchema.parse(row.widgetSettings),
    escalation: escalationPolicySchema.parse(row.escalationPolicy),
    businessHours: businessHoursSchema.parse(row.businessHours),
    authority: authorityLimitsSchema.parse(row.authorityLimits),
    sla: slaPolicySchema.parse(row.slaPolicy),
    alerts: alertRulesSchema.parse(row.alertRules ?? {}),
    model: modelSettingsSchema.parse(row.modelSettings ?? {}),
    email: emailSettingsSchema.parse(row.emailSettings ?? {}),
    retention: retentionPolicySchema.parse(row.retentionPolicy ?? {}),
  };
}
