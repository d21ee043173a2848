import type { LanguageModel } from "ai";
import { createAnthropic } from "@ai-sdk/anthropic";
import { createOpenAI } from "@ai-sdk/openai";
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import { OfflineLanguageModel } from "./offline/offline-language-model";

/**
 * Which model answers is decided here and nowhere else: the pipeline asks for a model and never
 * learns which one it got. With no key configured the embedded offline engine answers.
 */
export interface ModelChoice {
  model: LanguageModel;
  provider: "openai" | "anthropic" | "openai-compatible" | "offline";
  modelId: string;
  /** US dollars per million input / output tokens, for cost tracking; null when unknown or free. */
  pricing: { inputPerMillion: number; outputPerMillion: number } | null;
}

const knownPricing: Record<string, { inputPerMillion: number; outputPerMillion: number }> = {
  "gpt-4o-mini": { inputPerMillion: 0.15, outputPerMillion: 0.6 },
  "gpt-4.1-mini": { inputPerMillion: 0.4, outputPerMillion: 1.6 },
  "claude-3-5-haiku-latest": { inputPerMillion: 0.8, outputPerMillion: 4 },
};

export function chooseModel(env: Record<string, string | undefined> = process.env): ModelChoice {
  if (env.OPENAI_API_KEY) {
    const modelId = env.OPENAI_MODEL ?? "gpt-4o-mini";
    return { model: createOpenAI({ apiKey: env.OPENAI_API_KEY })(modelId), provider: "openai", modelId, pricing: knownPricing[modelId] ?? null };
  }
  if (env.ANTHROPIC_API_KEY) {
    const modelId = env.ANTHROPIC_MODEL ?? "claude-3-5-haiku-latest";
    return { model: createAnthropic({ apiKey: env.ANTHROPIC_API_KEY })(modelId), provider: "anthropic", modelId, pricing: knownPricing[modelId] ?? null };
  }
  if (env.OPENAI_COMPATIBLE_BASE_URL) {
    const modelId = env.OPENAI_COMPATIBLE_MODEL ?? "llama3.1";
    const provider = createOpenAICompatible({
      name: "openai-compatible",
      baseURL: env.OPENAI_COMPATIBLE_BASE_URL,
      apiKey: env.OPENAI_COMPATIBLE_API_KEY,
    });
    return { model: provider.chatModel(modelId), provider: "openai-compatible", modelId, pricing: null };
  }
  return { model: new OfflineLanguageModel(), provider: "offline", modelId: "desk-offline", pricing: null };
}

const globalForModel = globalThis as unknown as { deskModelChoice?: ModelChoice };

/** The process-wide model; tests replace it with a mock through `useModel`. */
export function getModel(): ModelChoice {
  return (globalForModel.deskModelChoice ??= chooseModel());
}

export function useModel(choice: ModelChoice): void {
  globalForModel.deskModelChoice = choice;
}

export function costInDollars(choice: ModelChoice, usage: { inputTokens?: number; outputTokens?: number }): number | null {
  if (!choice.pricing) return null;
  return ((usage.inputTokens ?? 0) * choice.pricing.inputPerMillion + (usage.outputTokens ?? 0) * choice.pricing.outputPerMillion) / 1_000_000;
}
