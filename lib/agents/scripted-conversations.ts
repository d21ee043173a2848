import { z } from "zod";
import { ESCALATION_TRIGGERS, type EscalationTrigger } from "../events/catalogue";
import type { TurnContext } from "./turn-signals";

/**
 * The replay format for scripted conversations (one JSON object per line), so anyone's test
 * conversations can be run through the pipeline and scored.
 */
export const scriptedConversationSchema = z.object({
  id: z.string().min(1),
  /** ISO 639-1 code of the language the customer writes in. */
  language: z.enum(["en", "es", "fr", "de"]).default("en"),
  customer: z
    .object({ tier: z.enum(["free", "pro", "premium", "enterprise"]).default("free"), verified: z.boolean().default(true) })
    .default({ tier: "free", verified: true }),
  turns: z.array(z.string().min(1)).min(1),
  expect: z.object({ escalate: z.boolean(), turn: z.number().int().min(1).optional(), trigger: z.enum(ESCALATION_TRIGGERS).optional() }),
  context: z
    .object({
      contactsLast24h: z.number().int().min(0).optional(),
      baselinePerDay: z.number().min(0).optional(),
      slaSecondsRemainingByTurn: z.array(z.number().nullable()).optional(),
      agentsByTurn: z.array(z.array(z.string())).optional(),
      atStakeCents: z.number().int().min(0).optional(),
    })
    .optional(),
});

export type ScriptedConversation = z.infer<typeof scriptedConversationSchema>;

export function parseScriptedConversations(jsonl: string): ScriptedConversation[] {
  return jsonl
    .split("\n")
    .map((line, index) => [line.trim(), index + 1] as const)
    .filter(([line]) => line.length > 0)
    .map(([line, lineNumber]) => {
      const parsed = scriptedConversationSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`line ${lineNumber}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
      return parsed.data;
    });
}

const DAY = 24 * 3600 * 1000;

/** The recorded context of one turn, for the parts a script states instead of the database. */
export function scriptedTurnContext(script: ScriptedConversation, turnIndex: number, now: Date): Partial<TurnContext> {
  // Unless a script says otherwise, its customer is contacting the store for the first time today:
  // replaying many scripts for the same demo customer must not look like a contact spike.
  const context: Partial<TurnContext> = { contactTimestamps: [now] };
  const c = script.context;
  if (!c) return context;
  if (c.contactsLast24h !== undefined || c.baselinePerDay !== undefined) {
    const recent = Array.from({ length: c.contactsLast24h ?? 1 }, (_, i) => new Date(now.getTime() - (i * DAY) / Math.max(1, c.contactsLast24h ?? 1)));
    const earlierCount = Math.round((c.baselinePerDay ?? 0) * 30);
    const earlier = Array.from({ length: earlierCount }, (_, i) => new Date(now.getTime() - DAY - ((i + 0.5) * 30 * DAY) / Math.max(1, earlierCount)));
    context.contactTimestamps = [...recent, ...earlier];
  }
  if (c.slaSecondsRemainingByTurn) context.slaSecondsRemaining = c.slaSecondsRemainingByTurn[turnIndex] ?? null;
  if (c.agentsByTurn) context.agentChain = c.agentsByTurn.slice(0, turnIndex + 1).flat();
  if (c.atStakeCents !== undefined) context.atStakeCents = c.atStakeCents;
  return context;
}

export interface ReplayResult {
  id: string;
  expected: ScriptedConversation["expect"];
  escalatedAt: number | null;
  trigger: EscalationTrigger | null;
}

export interface EscalationScore {
  precision: number;
  recall: number;
  f1: number;
  triggerAccuracy: number;
  n: number;
}

/** A handoff counts as right when it happens at the expected turn or one turn either side. */
export function scoreReplays(results: readonly ReplayResult[]): EscalationScore {
  let truePositive = 0;
  let falsePositive = 0;
  let falseNegative = 0;
  let triggersRight = 0;
  let triggersJudged = 0;
  for (const r of results) {
    const escalated = r.escalatedAt !== null;
    const onTime = escalated && r.expected.turn !== undefined && Math.abs(r.escalatedAt! - r.expected.turn) <= 1;
    if (r.expected.escalate && onTime) {
      truePositive++;
      if (r.expected.trigger) {
        triggersJudged++;
        if (r.trigger === r.expected.trigger) triggersRight++;
      }
    } else {
      if (escalated) falsePositive++;
      if (r.expected.escalate) falseNegative++;
    }
  }
  const precision = truePositive + falsePositive === 0 ? 1 : truePositive / (truePositive + falsePositive);
  const recall = truePositive + falseNegative === 0 ? 1 : truePositive / (truePositive + falseNegative);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, triggerAccuracy: triggersJudged === 0 ? 1 : triggersRight / triggersJudged, n: results.length };
}
