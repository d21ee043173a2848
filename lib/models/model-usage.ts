import type { ModelPrice } from "../workspace/settings";
import type { ModelFailure, TokenUsage } from "./model-failure";
import { costInDollars, priceOf } from "./prices";
import type { ModelChoice } from "./provider";

/**
 * One call to a hosted model as the `model_usage` event records it: the customer turn it served,
 * the tokens and their cost, and whether it failed and how. Failed calls are recorded too: a
 * provider bills the tokens of an answer the desk could not use.
 */
export interface ModelUsagePayload {
  messageId: string;
  /** "triage" or the specialist whose reply it was. */
  step: string;
  provider: ModelChoice["provider"];
  modelId: string;
  inputTokens: number;
  outputTokens: number;
  /** Null when the model has no price, built in or set by the workspace. */
  costUsd: number | null;
  /** How triage asked for its answer ("json_schema", "json_object" or "text"). */
  format?: string;
  failure: { kind: ModelFailure["kind"]; detail: string } | null;
}

export function modelUsagePayload(
  choice: Pick<ModelChoice, "provider" | "modelId">,
  prices: Readonly<Record<string, ModelPrice>>,
  call: { messageId: string; step: string; usage: TokenUsage; failure: ModelFailure | null; format?: string },
): ModelUsagePayload {
  return {
    messageId: call.messageId,
    step: call.step,
    provider: choice.provider,
    modelId: choice.modelId,
    inputTokens: call.usage.inputTokens,
    outputTokens: call.usage.outputTokens,
    costUsd: costInDollars(priceOf(choice.modelId, prices), call.usage),
    ...(call.format ? { format: call.format } : {}),
    failure: call.failure ? { kind: call.failure.kind, detail: call.failure.detail } : null,
  };
}
