import type { ModelPrice } from "../workspace/settings";
import type { ModelFailure, TokenUsage } from "./model-failure";
import { costInDollars, priceOf } from "./prices";
import type { ModelChoice } from "./provider";

import type { ModelUsagePayload } from "../events/catalogue";

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
