import { generateText, NoObjectGeneratedError, Output, type LanguageModel, type ModelMessage } from "ai";
import { z } from "zod";
import { deskProviderOptions } from "../models/desk-call";
import { addUsage, describeModelFailure, ModelCallError, NO_USAGE, type TokenUsage } from "../models/model-failure";
import type { JsonFormat, ModelChoice } from "../models/provider";
import { triagePrompt } from "./prompts";

export const triageOutputSchema = z.object({
  intent: z.string().min(1),
  confidence: z.number().min(0).max(1),
  alternatives: z.array(z.object({ intent: z.string(), confidence: z.number().min(0).max(1) })).max(5),
});

export type TriageOutput = z.infer<typeof triageOutputSchema>;

// Built once: the output's JSON schema is derived from the zod schema on creation, not per message.
const triageOutput = Output.object({ schema: triageOutputSchema });

export interface CallLimits {
  /** The whole call's budget, retries and format fallbacks included. */
  timeoutMs: number;
  maxRetries: number;
}

export type TriageFormat = JsonFormat | "text";

export interface TriageResult {
  triage: TriageOutput;
  /** Every token the classification took, failed attempts included. */
  usage: TokenUsage;
  /** How the answer was asked for: the exact schema, any JSON object, or prose read tolerantly. */
  format: TriageFormat;
}

type Reading = { ok: true; value: TriageOutput } | { ok: false; problem: string };

function normaliseAlternative(value: unknown): unknown {
  return typeof value === "string" ? { intent: value, confidence: 0 } : value;
}

/**
 * Reads a classification a model wrote as text: in a code fence, with prose around it, with the
 * alternatives missing or given as bare labels, numbers as strings. What cannot be read this way
 * fails the same zod schema the structured call uses, with the reason.
 */
export function readTriage(text: string): Reading {
  const start = text.indexOf("{");
  const end = text.lastIndexOf("}");
  if (start < 0 || end < start) return { ok: false, problem: "the answer holds no JSON object" };
  let raw: unknown;
  try {
    raw = JSON.parse(text.slice(start, end + 1));
  } catch (error) {
    return { ok: false, problem: `the JSON does not parse (${(error as Error).message})` };
  }
  if (!raw || typeof raw !== "object") return { ok: false, problem: "the answer is not a JSON object" };
  const record = raw as Record<string, unknown>;
  const alternatives = Array.isArray(record.alternatives) ? record.alternatives.map(normaliseAlternative).slice(0, 5) : [];
  const candidate = {
    intent: typeof record.intent === "string" ? record.intent.trim() : record.intent,
    confidence: typeof record.confidence === "string" ? Number(record.confidence) : record.confidence,
    alternatives: alternatives.map((a) =>
      a && typeof a === "object" && typeof (a as { confidence?: unknown }).confidence === "string" ? { ...a, confidence: Number((a as { confidence: string }).confidence) } : a,
    ),
  };
  const parsed = triageOutputSchema.safeParse(candidate);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problem: z.prettifyError(parsed.error).replace(/\n/g, " ") };
}

/** Which of a model's JSON formats last worked, so a server that refuses one is not asked in it again. */
const workingFormat = new WeakMap<object, number>();

interface Answer {
  text: string;
  output: TriageOutput | null;
  usage: TokenUsage;
}

/**
 * Classifies one customer message with whichever model is configured, as structured output:
 * with the JSON schema where the server accepts it, else as a JSON object, else as prose read
 * tolerantly; an unusable answer gets one repair attempt. Throws `ModelCallError` (with the
 * tokens spent) when no usable classification came within the limits.
 */
export async function classifyMessage(choice: Pick<ModelChoice, "model" | "jsonModes">, text: string, recentTurns: readonly string[], limits: CallLimits, workspaceId?: string): Promise<TriageResult> {
  const prompt = [...recentTurns.slice(-3).map((t) => `Earlier customer message: ${t}`), `Customer message to classify: ${text}`].join("\n");
  const messages: ModelMessage[] = [{ role: "user", content: prompt }];
  const deadline = AbortSignal.timeout(limits.timeoutMs);
  const modes: { format: TriageFormat; model: LanguageModel; structured: boolean }[] = [
    ...choice.jsonModes.map((mode) => ({ ...mode, structured: true })),
    { format: "text", model: choice.model, structured: false },
  ];
  let spent = NO_USAGE;

  const ask = async (model: LanguageModel, structured: boolean, conversation: ModelMessage[]): Promise<Answer> => {
    try {
      const common = { model, system: triagePrompt, messages: conversation, maxRetries: limits.maxRetries, abortSignal: deadline, providerOptions: deskProviderOptions({ task: "triage", workspaceId }) };
      if (!structured) {
        const result = await generateText(common);
        spent = addUsage(spent, result.usage);
        return { text: result.text, output: null, usage: result.usage as TokenUsage };
      }
      const result = await generateText({ ...common, output: triageOutput });
      spent = addUsage(spent, result.usage);
      return { text: result.text, output: result.output, usage: result.usage as TokenUsage };
    } catch (error) {
      if (NoObjectGeneratedError.isInstance(error)) {
        spent = addUsage(spent, error.usage);
        return { text: error.text ?? "", output: null, usage: NO_USAGE };
      }
      throw error;
    }
  };

  for (let index = workingFormat.get(choice.jsonModes) ?? 0; index < modes.length; index++) {
    const mode = modes[index]!;
    let answer: Answer;
    try {
      answer = await ask(mode.model, mode.structured, messages);
    } catch (error) {
      const failure = describeModelFailure(error, limits.timeoutMs);
      // A server that refuses the response format says so with a 400: ask the next way.
      if (failure.kind === "http_error" && failure.modelAnswers && index < modes.length - 1) continue;
      throw new ModelCallError(failure, spent);
    }
    let reading: Reading = answer.output ? { ok: true, value: answer.output } : readTriage(answer.text);
    if (!reading.ok) {
      const repair: ModelMessage[] = [
        ...messages,
        { role: "assistant", content: answer.text || "(no answer)" },
        { role: "user", content: `That answer cannot be used: ${reading.problem}. Answer again with only the JSON object described, nothing else.` },
      ];
      try {
        const repaired = await ask(mode.model, mode.structured, repair);
        reading = repaired.output ? { ok: true, value: repaired.output } : readTriage(repaired.text);
      } catch (error) {
        throw new ModelCallError(describeModelFailure(error, limits.timeoutMs), spent);
      }
      if (!reading.ok) throw new ModelCallError({ kind: "invalid_output", detail: reading.problem.slice(0, 300), modelAnswers: true }, spent);
    }
    workingFormat.set(choice.jsonModes, index);
    return { triage: reading.value, usage: spent, format: mode.format };
  }
  throw new ModelCallError({ kind: "http_error", detail: "every response format was refused", modelAnswers: true }, spent);
}
