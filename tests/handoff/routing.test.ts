import { test } from "node:test";
import assert from "node:assert/strict";
import { compareQueuePriority, requiredSkillsFor, routeToHuman, topicOf, type AgentAvailability, type RoutingRequest } from "../../lib/handoff/routing";
import { defaultBusinessHours } from "../../lib/workspace/settings";

// A Tuesday at 11:00 UTC: inside the default opening hours.
const open = new Date("2026-11-24T11:00:00Z");
// The same Tuesday at 22:00 UTC: closed.
const closed = new Date("2026-11-24T22:00:00Z");
const hours = { businessHours: defaultBusinessHours, timezone: "UTC" };

function agent(overrides: Partial<AgentAvailability> & { id: string }): AgentAvailability {
  return { name: overrides.id, skills: [], languages: ["en"], seniority: "senior", presence: "online", activeChats: 0, maxConcurrentChats: 3, ...overrides };
}

const maya = agent({ id: "maya", name: "Maya", skills: ["billing", "account"], languages: ["en", "es"] });
const lukas = agent({ id: "lukas", name: "Lukas", skills: ["technical", "account"], languages: ["en", "de"] });
const camille = agent({ id: "camille", name: "Camille", skills: ["orders", "returns"], languages: ["en", "fr"], seniority: "junior" });
const sofia = agent({ id: "sofia", name: "Sofia", skills: ["vip", "billing", "orders"], languages: ["en", "es"] });

function request(overrides: Partial<RoutingRequest> = {}): RoutingRequest {
  return { intent: "get_refund", category: "refunds", tier: "free", language: "en", hours, ...overrides };
}

test("skills come from the topic, and premium or enterprise customers also need VIP care", () => {
  assert.deepEqual(requiredSkillsFor({ intent: "get_refund", category: "refunds", tier: "free" }), ["billing"]);
  assert.deepEqual(requiredSkillsFor({ intent: "technical_issue", category: "troubleshooting", tier: "enterprise" }), ["technical", "vip"]);
  assert.deepEqual(requiredSkillsFor({ intent: null, category: null, tier: null }), []);
});

test("an agent without the needed skill or language does not receive it", () => {
  const billing = routeToHuman(request(), [lukas, camille, maya], open);
  assert.equal(billing.agentId, "maya");
  assert.equal(billing.mode, "warm");
  assert.match(billing.reason, /Maya has billing, speaks en/);

  const german = routeToHuman(request({ intent: "technical_issue", category: "troubleshooting", language: "de" }), [maya, camille, lukas], open);
  assert.equal(german.agentId, "lukas");

  const spanishBilling = routeToHuman(request({ language: "es" }), [lukas, camille, maya], open);
  assert.equal(spanishBilling.agentId, "maya");
});

test("premium customers go to a senior agent with VIP care", () => {
  const juniorVip = agent({ id: "junior", name: "Junior", skills: ["vip", "billing"], seniority: "junior" });
  const decision = routeToHuman(request({ tier: "premium" }), [maya, juniorVip, sofia], open);
  assert.equal(decision.agentId, "sofia");
  assert.deepEqual(decision.requiredSkills, ["billing", "vip"]);
});

test("among equal matches the least loaded person gets it", () => {
  const busyMaya = { ...maya, activeChats: 2 };
  const decision = routeToHuman(request(), [busyMaya, { ...sofia, activeChats: 1 }], open);
  assert.equal(decision.agentId, "sofia");
});

test("people at their chat limit or not online are skipped", () => {
  const full = { ...maya, activeChats: 3 };
  const away = { ...sofia, presence: "away" as const };
  const decision = routeToHuman(request(), [full, away, lukas], open);
  assert.equal(decision.agentId, null, "the right person is online but full, so it waits for them");
  assert.equal(decision.queue, "billing");
  assert.match(decision.reason, /chat limit/);
});

test("when nobody has the skill it overflows, keeping the language first and saying so", () => {
  const decision = routeToHuman(request({ language: "de" }), [maya, lukas, camille], open);
  assert.equal(decision.agentId, "lukas");
  assert.equal(decision.overflow, "skills_dropped");
  assert.match(decision.reason, /^Overflow/);

  const nobodySpeaksIt = routeToHuman(request({ language: "ja" }), [maya, { ...lukas, activeChats: 1 }], open);
  assert.equal(nobodySpeaksIt.agentId, "maya");
  assert.equal(nobodySpeaksIt.overflow, "anyone_online");
});

test("nobody online is a cold queue; outside business hours is async", () => {
  const offline = routeToHuman(request(), [{ ...maya, presence: "offline" }], open);
  assert.equal(offline.mode, "cold");
  assert.equal(offline.agentId, null);
  const night = routeToHuman(request(), [maya], closed);
  assert.equal(night.mode, "async");
  assert.equal(night.agentId, null);
  assert.match(night.reason, /business hours/);
});

test("the queue orders by urgency, then tier, then the nearest SLA deadline, then wait", () => {
  const at = (minutes: number) => new Date(open.getTime() + minutes * 60_000);
  const entries = [
    { name: "low enterprise", urgency: "low" as const, tier: "enterprise", slaDueAt: at(2), queuedAt: at(0) },
    { name: "high free late sla", urgency: "high" as const, tier: "free", slaDueAt: at(60), queuedAt: at(0) },
    { name: "high free early sla", urgency: "high" as const, tier: "free", slaDueAt: at(30), queuedAt: at(1) },
    { name: "high premium", urgency: "high" as const, tier: "premium", slaDueAt: at(90), queuedAt: at(2) },
    { name: "critical visitor", urgency: "critical" as const, tier: null, slaDueAt: null, queuedAt: at(3) },
  ];
  assert.deepEqual(
    [...entries].sort(compareQueuePriority).map((e) => e.name),
    ["critical visitor", "high premium", "high free early sla", "high free late sla", "low enterprise"],
  );
});

test("a request for a person does not replace the topic the conversation is about", () => {
  const history = [
    { intent: "payment_issue", category: "billing" },
    { intent: "contact_human_agent", category: "general" },
  ];
  assert.deepEqual(topicOf(history), history[0]);
  assert.equal(topicOf([{ intent: "greeting", category: "conversation" }]), null);
});
