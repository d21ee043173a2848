import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { ESCALATION_PRIORITY } from "../../lib/agents/escalation-router";
import { ESCALATION_TRIGGERS, type EscalationTrigger } from "../../lib/events/catalogue";
import { CONTACT_BASELINE_FLOOR_PER_DAY, isSpikeAgainstBaseline } from "../../lib/signals/anomaly";
import { scoreComplexity } from "../../lib/signals/complexity";
import { detectHandoffLoop } from "../../lib/signals/handoff-loop";
import { scoreRisk } from "../../lib/signals/risk";
import { defaultAuthorityLimits, defaultEscalationPolicy as policy } from "../../lib/workspace/settings";

interface ConversationFixture {
  id: string;
  language?: "es" | "fr" | "de";
  customer?: { tier: "free" | "pro" | "premium" | "enterprise"; verified: boolean };
  turns: string[];
  expect: { escalate: boolean; turn?: number; trigger?: EscalationTrigger };
  context?: {
    contactsLast24h?: number;
    baselinePerDay?: number;
    slaSecondsRemainingByTurn?: (number | null)[];
    agentsByTurn?: string[][];
    atStakeCents?: number;
  };
}

const lines = readFileSync(new URL("../../lib/demo/scripted-conversations.jsonl", import.meta.url), "utf8").split("\n").filter((line) => line.trim() !== "");
const fixtures: ConversationFixture[] = lines.map((line) => JSON.parse(line));
const escalating = fixtures.filter(({ expect }) => expect.escalate);
const calm = fixtures.filter(({ expect }) => !expect.escalate);

/** True when `trigger` would be the primary reason over `other` on the same turn. */
function outranks(trigger: EscalationTrigger, other: EscalationTrigger): boolean {
  return ESCALATION_PRIORITY.indexOf(trigger) < ESCALATION_PRIORITY.indexOf(other);
}

/** The turns a fixture's signals must stay quiet on: every turn of a calm conversation, the turns before a handoff. */
function quietTurns(fixture: ConversationFixture): number[] {
  const last = fixture.expect.escalate ? fixture.expect.turn! - 1 : fixture.turns.length;
  return Array.from({ length: last }, (_, i) => i + 1);
}

function complexityAt(fixture: ConversationFixture, turn: number): number {
  return scoreComplexity({ text: fixture.turns[turn - 1]!, previousCustomerTurns: fixture.turns.slice(0, turn - 1), intentsSoFar: [], entities: {} }).score;
}

function riskAt(fixture: ConversationFixture, turn: number) {
  const context = fixture.context?.atStakeCents === undefined ? undefined : { atStakeCents: fixture.context.atStakeCents, largeCancellationCents: defaultAuthorityLimits.largeCancellationCents };
  return scoreRisk(fixture.turns[turn - 1]!, context);
}

function chainAt(fixture: ConversationFixture, turn: number): string[] {
  return (fixture.context?.agentsByTurn ?? []).slice(0, turn).flat();
}

test("every line has exactly the fixture format", () => {
  const ids = new Set<string>();
  for (const [index, fixture] of fixtures.entries()) {
    const where = `line ${index + 1}`;
    assert.match(fixture.id, /^c-\d+$/, where);
    assert.ok(!ids.has(fixture.id), `${where}: duplicate id ${fixture.id}`);
    ids.add(fixture.id);
    for (const key of Object.keys(fixture)) assert.ok(["id", "language", "customer", "turns", "expect", "context"].includes(key), `${where}: unknown key ${key}`);
    // English is the default, so only other languages are named.
    if (fixture.language !== undefined) assert.ok(["es", "fr", "de"].includes(fixture.language), `${where}: language`);
    if (fixture.customer) {
      assert.ok(["free", "pro", "premium", "enterprise"].includes(fixture.customer.tier), where);
      assert.equal(typeof fixture.customer.verified, "boolean", where);
    }
    assert.ok(fixture.turns.length > 0 && fixture.turns.every((turn) => typeof turn === "string" && turn.trim() !== ""), where);
    if (fixture.expect.escalate) {
      assert.ok(ESCALATION_TRIGGERS.includes(fixture.expect.trigger!), `${where}: trigger`);
      // The conversation stops where the person takes over.
      assert.equal(fixture.expect.turn, fixture.turns.length, `${where}: handoff turn`);
    } else {
      assert.deepEqual(Object.keys(fixture.expect), ["escalate"], where);
    }
    const sla = fixture.context?.slaSecondsRemainingByTurn;
    if (sla) assert.equal(sla.length, fixture.turns.length, `${where}: one SLA reading per turn`);
    const agents = fixture.context?.agentsByTurn;
    if (agents) assert.equal(agents.length, fixture.turns.length, `${where}: agents for every turn`);
  }
});

test("the set is large enough and covers every trigger", () => {
  assert.ok(fixtures.length >= 64, `${fixtures.length} conversations`);
  assert.ok(calm.length >= 25, `${calm.length} that must not escalate`);
  // model_failure fires only when a hosted model fails, and action_failed only when a business
  // system fails; a script replayed on the offline engine against the demo store cannot make
  // either happen, so tests/agents/hosted-model.test.ts and tests/agents/connector-actions.test.ts cover them.
  for (const trigger of ESCALATION_TRIGGERS.filter((trigger) => trigger !== "model_failure" && trigger !== "action_failed")) {
    assert.ok(escalating.some(({ expect }) => expect.trigger === trigger), `no conversation escalates on ${trigger}`);
  }
});

test("requests for a person appear in English, Spanish, French and German", () => {
  const requests = escalating.filter(({ expect }) => expect.trigger === "customer_request").map(({ turns }) => turns[turns.length - 1]!);
  for (const marker of [/\b(person|human|agent|manager|someone)\b/i, /\b(persona|agente)\b/i, /\b(conseiller|humain)\b/i, /\b(Mitarbeiter|Menschen)\b/i]) {
    assert.ok(requests.some((text) => marker.test(text)), String(marker));
  }
});

test("risk scorer agrees with the script: quiet before the handoff, a listed category at a risk handoff", () => {
  for (const fixture of fixtures) {
    for (const turn of quietTurns(fixture)) assert.equal(riskAt(fixture, turn).category, null, `${fixture.id} turn ${turn}: ${fixture.turns[turn - 1]}`);
    const { trigger, turn } = fixture.expect;
    if (!trigger || !turn) continue;
    const risk = riskAt(fixture, turn);
    if (trigger === "risk") assert.ok(risk.category !== null && policy.riskCategories.includes(risk.category), `${fixture.id}: no risk found`);
    else if (!outranks(trigger, "risk")) assert.equal(risk.category, null, `${fixture.id}: risk would outrank ${trigger}`);
  }
});

test("complexity scorer agrees with the script at the default threshold", () => {
  for (const fixture of fixtures) {
    for (const turn of quietTurns(fixture)) {
      assert.ok(complexityAt(fixture, turn) < policy.complexityThreshold, `${fixture.id} turn ${turn}: ${complexityAt(fixture, turn)}`);
    }
    const { trigger, turn } = fixture.expect;
    if (!trigger || !turn) continue;
    const score = complexityAt(fixture, turn);
    if (trigger === "complexity") assert.ok(score >= policy.complexityThreshold, `${fixture.id}: complexity ${score}`);
    else if (!outranks(trigger, "complexity")) assert.ok(score < policy.complexityThreshold, `${fixture.id}: complexity ${score} would outrank ${trigger}`);
  }
});

test("context-driven triggers fire exactly at the scripted turn", () => {
  for (const fixture of fixtures) {
    const { trigger, turn } = fixture.expect;
    const { contactsLast24h, baselinePerDay } = fixture.context ?? {};
    const spike = contactsLast24h !== undefined && isSpikeAgainstBaseline(contactsLast24h, baselinePerDay ?? 0, policy.anomalyFactor, CONTACT_BASELINE_FLOOR_PER_DAY);
    assert.equal(spike, trigger === "anomaly", `${fixture.id}: anomaly`);

    const looping = (t: number) => detectHandoffLoop(chainAt(fixture, t), policy.maxAgentHops).looping;
    const breached = (t: number) => (fixture.context?.slaSecondsRemainingByTurn?.[t - 1] ?? 1) <= 0;
    for (const quiet of quietTurns(fixture)) {
      assert.equal(looping(quiet), false, `${fixture.id} turn ${quiet}: loop`);
      assert.equal(breached(quiet), false, `${fixture.id} turn ${quiet}: SLA`);
    }
    if (turn) {
      assert.equal(looping(turn), trigger === "handoff_loop", `${fixture.id}: loop at handoff`);
      assert.equal(breached(turn), trigger === "sla", `${fixture.id}: SLA at handoff`);
    }
  }
});

test("authority handoffs name an amount above the AI's limit, and only at the handoff turn", () => {
  const amountCents = (text: string) => Math.max(0, ...[...text.matchAll(/\$(\d+(?:\.\d\d)?)/g)].map((match) => Math.round(Number(match[1]) * 100)));
  for (const fixture of escalating.filter(({ expect }) => expect.trigger === "authority_limit")) {
    const text = fixture.turns[fixture.expect.turn! - 1]!;
    const limit = /credit/i.test(text) ? defaultAuthorityLimits.goodwillCreditCents : defaultAuthorityLimits.refundCents;
    assert.ok(amountCents(text) > limit, `${fixture.id}: ${text}`);
    for (const turn of quietTurns(fixture)) assert.equal(amountCents(fixture.turns[turn - 1]!), 0, `${fixture.id} turn ${turn}`);
  }
});
