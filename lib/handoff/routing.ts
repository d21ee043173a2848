import { isWithinBusinessHours } from "../workspace/business-hours";
import type { BusinessHours } from "../workspace/settings";

/**
 * Who of the team takes a conversation the AI hands over. Pure: the caller gathers the staff with
 * their presence and current load, this picks one and says why, so the console, the brief and
 * the routing metrics can all show the reason.
 */

export const AGENT_SKILLS = ["billing", "orders", "technical", "account", "returns", "vip"] as const;
export type AgentSkill = (typeof AGENT_SKILLS)[number];

export type HandoffMode = "warm" | "cold" | "async";

export interface RoutingRequest {
  intent: string | null;
  /** The triage category of the conversation, e.g. "orders", "refunds", "troubleshooting". */
  category: string | null;
  tier: string | null;
  /** ISO 639-1 code of the customer's language. */
  language: string;
  /** The workspace's opening hours, read in its own timezone. */
  hours: { businessHours: BusinessHours; timezone: string };
  /** People who already had the conversation and gave it back, so it does not bounce to them again. */
  excludeAgentIds?: readonly string[];
}

export interface AgentAvailability {
  id: string;
  name: string;
  skills: readonly string[];
  languages: readonly string[];
  seniority: "junior" | "senior" | "lead";
  presence: "online" | "away" | "offline";
  activeChats: number;
  maxConcurrentChats: number;
}

export type Overflow = "none" | "skills_dropped" | "anyone_online";

export interface RoutingDecision {
  mode: HandoffMode;
  agentId: string | null;
  agentName: string | null;
  /** The queue the conversation waits in when nobody is assigned, named after the skills it needs. */
  queue: string;
  requiredSkills: AgentSkill[];
  language: string;
  overflow: Overflow;
  reason: string;
}

const CATEGORY_SKILLS: Record<string, AgentSkill> = {
  billing: "billing",
  refunds: "billing",
  payments: "billing",
  orders: "orders",
  shipping: "orders",
  returns: "returns",
  troubleshooting: "technical",
  technical: "technical",
  account: "account",
  privacy: "account",
};

const INTENT_SKILLS: Record<string, AgentSkill> = {
  get_refund: "billing",
  track_refund: "billing",
  payment_issue: "billing",
  cancel_subscription: "billing",
  change_plan: "billing",
  track_order: "orders",
  cancel_order: "orders",
  change_order: "orders",
  change_shipping_address: "orders",
  set_up_shipping_address: "orders",
  return_item: "returns",
  technical_issue: "technical",
  recover_password: "account",
  edit_account: "account",
  create_account: "account",
  delete_account: "account",
  switch_account: "account",
  registration_problems: "account",
};

const VIP_TIERS: ReadonlySet<string> = new Set(["premium", "enterprise"]);

/** The skills a conversation needs: its topic, and senior VIP care for premium and enterprise customers. */
export function requiredSkillsFor(request: Pick<RoutingRequest, "intent" | "category" | "tier">): AgentSkill[] {
  const topic = (request.intent ? INTENT_SKILLS[request.intent] : undefined) ?? (request.category ? CATEGORY_SKILLS[request.category] : undefined);
  const skills: AgentSkill[] = topic ? [topic] : [];
  if (request.tier && VIP_TIERS.has(request.tier)) skills.push("vip");
  return skills;
}

/**
 * What the conversation is about, for routing and the brief: the latest classification that names
 * a topic someone is skilled in. A turn such as "let me talk to a person" classifies as a request
 * for contact, which says nothing about the problem, so it does not replace the topic before it.
 */
export function topicOf<C extends { intent: string; category: string }>(classifications: readonly C[]): C | null {
  const topical = classifications.filter((c) => requiredSkillsFor({ intent: c.intent, category: c.category, tier: null }).length > 0);
  return topical[topical.length - 1] ?? null;
}

function queueName(skills: readonly AgentSkill[]): string {
  return skills.length > 0 ? skills.join("+") : "general";
}

function hasCapacity(agent: AgentAvailability): boolean {
  return agent.presence === "online" && agent.activeChats < agent.maxConcurrentChats;
}

function qualifies(agent: AgentAvailability, skills: readonly AgentSkill[], language: string | null): boolean {
  if (language && !agent.languages.includes(language)) return false;
  if (!skills.every((s) => agent.skills.includes(s))) return false;
  // VIP care is a senior job even for someone who carries the skill.
  return !skills.includes("vip") || agent.seniority !== "junior";
}

/** Least loaded first, relative to what each person can carry; ties by name so the choice is repeatable. */
function leastLoaded(agents: readonly AgentAvailability[]): AgentAvailability | null {
  const sorted = [...agents].sort(
    (a, b) => a.activeChats / a.maxConcurrentChats - b.activeChats / b.maxConcurrentChats || a.activeChats - b.activeChats || a.name.localeCompare(b.name),
  );
  return sorted[0] ?? null;
}

function describe(agent: AgentAvailability, skills: readonly AgentSkill[], language: string): string {
  const load = `${agent.activeChats} of ${agent.maxConcurrentChats} chats`;
  const skillText = skills.length > 0 ? `has ${skills.join(" and ")}` : "is available";
  return `${agent.name} ${skillText}, speaks ${language} and is the least loaded match (${load}).`;
}

export function routeToHuman(request: RoutingRequest, agents: readonly AgentAvailability[], now: Date): RoutingDecision {
  const requiredSkills = requiredSkillsFor(request);
  const { language } = request;
  const queue = queueName(requiredSkills);
  const base = { requiredSkills, language, queue };
  if (!isWithinBusinessHours(request.hours.businessHours, request.hours.timezone, now)) {
    return { ...base, mode: "async", agentId: null, agentName: null, overflow: "none", reason: "Outside business hours: the customer is offered a reply by email or a callback." };
  }
  const excluded = new Set(request.excludeAgentIds ?? []);
  const online = agents.filter((a) => a.presence === "online" && !excluded.has(a.id));
  if (online.length === 0) {
    return { ...base, mode: "cold", agentId: null, agentName: null, overflow: "none", reason: `Nobody is online, so it waits in the ${queue} queue for the first person who signs in.` };
  }
  const available = online.filter(hasCapacity);
  const assign = (agent: AgentAvailability, overflow: Overflow, reason: string): RoutingDecision => ({
    ...base,
    mode: "warm",
    agentId: agent.id,
    agentName: agent.name,
    overflow,
    reason,
  });

  const exact = leastLoaded(available.filter((a) => qualifies(a, requiredSkills, language)));
  if (exact) return assign(exact, "none", describe(exact, requiredSkills, language));

  const anyMatchOnline = online.some((a) => qualifies(a, requiredSkills, language));
  if (anyMatchOnline) {
    // The right people are here but full: waiting for one of them beats a wrong person now.
    return { ...base, mode: "warm", agentId: null, agentName: null, overflow: "none", reason: `Everyone online with ${requiredSkills.join(" and ") || "the skills"} and ${language} is at their chat limit, so it waits in the ${queue} queue.` };
  }

  const sameLanguage = leastLoaded(available.filter((a) => qualifies(a, [], language)));
  if (sameLanguage) {
    return assign(sameLanguage, "skills_dropped", `Overflow: nobody online has ${requiredSkills.join(" and ")} with ${language}; ${sameLanguage.name} speaks ${language} and has room (${sameLanguage.activeChats} of ${sameLanguage.maxConcurrentChats} chats).`);
  }
  const anyone = leastLoaded(available);
  if (anyone) {
    return assign(anyone, "anyone_online", `Overflow: nobody online speaks ${language}${requiredSkills.length > 0 ? ` or has ${requiredSkills.join(" and ")}` : ""}; ${anyone.name} is the least loaded person online.`);
  }
  return { ...base, mode: "warm", agentId: null, agentName: null, overflow: "none", reason: `Everyone online is at their chat limit, so it waits in the ${queue} queue.` };
}

export type QueueUrgency = "low" | "medium" | "high" | "critical";

export interface QueuedConversation {
  urgency: QueueUrgency;
  tier: string | null;
  /** When the first-response SLA runs out; null when no clock runs. */
  slaDueAt: Date | null;
  queuedAt: Date;
}

const URGENCY_RANK: Record<QueueUrgency, number> = { critical: 0, high: 1, medium: 2, low: 3 };
const TIER_RANK: Record<string, number> = { enterprise: 0, premium: 1, pro: 2, free: 3 };

/** Queue order: most urgent first, then the higher tier, then the nearest SLA deadline, then who waited longest. */
export function compareQueuePriority(a: QueuedConversation, b: QueuedConversation): number {
  const tier = (c: QueuedConversation) => (c.tier !== null ? (TIER_RANK[c.tier] ?? 4) : 5);
  const due = (c: QueuedConversation) => c.slaDueAt?.getTime() ?? Number.POSITIVE_INFINITY;
  return (
    URGENCY_RANK[a.urgency] - URGENCY_RANK[b.urgency] ||
    tier(a) - tier(b) ||
    (due(a) === due(b) ? 0 : due(a) < due(b) ? -1 : 1) ||
    a.queuedAt.getTime() - b.queuedAt.getTime()
  );
}
