import { stepCountIs, streamText, type LanguageModel, type ModelMessage, type ToolSet } from "ai";
import type { SharedV4ProviderOptions } from "@ai-sdk/provider";
import { addUsage, describeModelFailure, NO_USAGE, type ModelFailure, type TokenUsage } from "../models/model-failure";
import type { CallLimits } from "./triage";

/**
 * One specialist reply streamed from a model, with what happened on the way: the text sent so
 * far, the tools it ran, the tokens it used and, when it did not finish, why. It never throws for
 * a model's failure, so the caller always knows which tools ran before a stream broke off.
 */
export interface ReplyAttempt {
  text: string;
  toolResults: { toolName: string; input: unknown; output: unknown }[];
  usage: TokenUsage;
  /** Null for a reply that finished with something to say. */
  failure: ModelFailure | null;
}

export interface ReplyRequest {
  model: LanguageModel;
  system: string;
  messages: ModelMessage[];
  tools: ToolSet;
  providerOptions: SharedV4ProviderOptions;
}

export async function streamReply(request: ReplyRequest, limits: CallLimits, onDelta: (text: string) => void): Promise<ReplyAttempt> {
  const attempt: ReplyAttempt = { text: "", toolResults: [], usage: NO_USAGE, failure: null };
  try {
    const result = streamText({
      ...request,
      stopWhen: stepCountIs(3),
      maxRetries: limits.maxRetries,
      abortSignal: AbortSignal.timeout(limits.timeoutMs),
      // Failures are read from the stream below and recorded with the turn; nothing to log twice.
      onError: () => {},
      onStepFinish: (step) => {
        attempt.usage = addUsage(attempt.usage, step.usage);
        for (const toolResult of step.toolResults) attempt.toolResults.push({ toolName: toolResult.toolName, input: toolResult.input, output: toolResult.output });
      },
    });
    for await (const part of result.fullStream) {
      if (part.type === "text-delta") {
        attempt.text += part.text;
        onDelta(part.text);
      } else if (part.type === "error") {
        attempt.failure ??= streamFailure(part.error, attempt.text, limits.timeoutMs);
      } else if (part.type === "abort") {
        attempt.failure ??= { kind: "timeout", detail: `no complete answer within ${limits.timeoutMs} ms`, modelAnswers: false };
      }
    }
  } catch (error) {
    attempt.failure ??= streamFailure(error, attempt.text, limits.timeoutMs);
  }
  if (!attempt.failure && attempt.text.trim() === "") attempt.failure = { kind: "empty_reply", detail: "the model finished without any text", modelAnswers: true };
  return attempt;
}

function streamFailure(error: unknown, textSoFar: string, timeoutMs: number): ModelFailure {
  const failure = describeModelFailure(error, timeoutMs);
  // A stream that had begun and broke off is a dropped stream, whatever the transport called it.
  if (textSoFar !== "" && (failure.kind === "unreachable" || failure.kind === "dropped_stream")) return { ...failure, kind: "dropped_stream", detail: `the stream broke off after "${textSoFar.slice(-60)}" (${failure.detail})` };
  return failure;
}
