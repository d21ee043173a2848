import type { EscalationPolicy, SlaPolicy } from "../workspace/settings";

/**
 * What analytics reads: plain rows of the event log, messages and conversations, as the one
 * loading module (load.ts) fetches them. Every metric is a pure function of these, so a test
 * writes a small log by hand and checks the answer.
 */

export interface AnalyticsEvent {
  conversationId: string;
  type: string;
  payload: unknown;
  actorType: "customer" | "ai" | "user" | "system";
  actorId: string | null;
  createdAt: Date;
}

export interface AnalyticsMessage {
  id: string;
  conversationId: string;
  author: "customer" | "ai" | "human" | "system";
  userId: string | null;
  createdAt: Date;
  /** Only customer messages carry their text; content gaps quote and group them. */
  body?: string;
}

export interface AnalyticsConversation {
  id: string;
  createdAt: Date;
  /** The customer's tier, or null for an anonymous visitor. */
  tier: string | null;
}

export interface AnalyticsDataset {
  conversations: AnalyticsConversation[];
  events: AnalyticsEvent[];
  messages: AnalyticsMessage[];
  staff: { id: string; name: string }[];
}

/** Workspace settings and the moment "now" that some metrics depend on (pending SLA clocks, abandonment). */
export interface AnalyticsContext {
  now: Date;
  sla: SlaPolicy;
  /** Used for content gaps on turns stored without their own thresholds. */
  escalationPolicy: EscalationPolicy;
  /** IANA zone in which "hour of day" is read. */
  timezone: string;
}

