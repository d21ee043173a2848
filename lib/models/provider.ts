import type { LanguageModel } from "ai";
import { createAnthropic } from "@ai-sdk/anthropic";
import { createOpenAI } from "@ai-sdk/openai";
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import { OfflineLanguageModel } from "./offline/offline-language-model";

/**
 * Which model answers is decided here and nowhere else: the pipeline asks for a model and never
 * learns which one it got. With no key configured the embedded offline engine answers.
 */
export type JsonFormat = "json_schema" | "json_object";

export interface ModelChoice {
  model: LanguageModel;
  provider: "openai" | "anthropic" | "openai-compatible" | "offline";
  modelId: string;
  /**
   * The same model asked for structured output, the most exact way first: with the JSON schema
   * (structured outputs), then as any JSON object. Servers differ in what they accept, so triage
   * steps down this list when one is refused, and to plain text after the last.
   */
  jsonModes: { format: JsonFormat; model: LanguageModel }[];
}

export function chooseModel(env: Record<string, string | undefined> = process.env): ModelChoice {
  if (env.OPENAI_API_KEY) {
    const modelId = env.OPENAI_MODEL ?? "gpt-4o-mini";
    const model = createOpenAI({ apiKey: env.OPENAI_API_KEY })(modelId);
    return { model, provider: "openai", modelId, jsonModes: [{ format: "json_schema", model }] };
  }
  if (env.ANTHROPIC_API_KEY) {
    const modelId = env.ANTHROPIC_MODEL ?? "claude-3-5-haiku-latest";
    const model = createAnthropic({ apiKey: env.ANTHROPIC_API_KEY })(modelId);
    return { model, provider: "anthropic", modelId, jsonModes: [{ format: "json_schema", model }] };
  }
  if (env.OPENAI_COMPATIBLE_BASE_URL) {
    return openAICompatibleChoice(env.OPENAI_COMPATIBLE_BASE_URL, env.OPENAI_COMPATIBLE_MODEL ?? "llama3.1", env.OPENAI_COMPATIBLE_API_KEY);
  }
  return offlineChoice();
}

export function offlineChoice(): ModelChoice {
  const model = new OfflineLanguageModel();
  return { model, provider: "offline", modelId: "desk-offline", jsonModes: [{ format: "json_schema", model }] };
}

export function openAICompatibleChoice(baseURL: string, modelId: string, apiKey?: string): ModelChoice {
  // Streams ask for usage (`stream_options.include_usage`), or streamed replies would cost nothing.
  const settings = { name: "openai-compatible", baseURL, apiKey, includeUsage: true };
  const withSchema = createOpenAICompatible({ ...settings, supportsStructuredOutputs: true }).chatModel(modelId);
  const withJsonObject = createOpenAICompatible(settings).chatModel(modelId);
  return {
    model: withSchema,
    provider: "openai-compatible",
    modelId,
    jsonModes: [
      { format: "json_schema", model: withSchema },
      { format: "json_object", model: withJsonObject },
    ],
  };
}

const globalForModel = globalThis as unknown as { deskModelChoice?: ModelChoice };

/** The process-wide model; tests replace it through `setModel`. */
export function getModel(): ModelChoice {
  return (globalForModel.deskModelChoice ??= chooseModel());
}

export function setModel(choice: ModelChoice): void {
  globalForModel.deskModelChoice = choice;
}
