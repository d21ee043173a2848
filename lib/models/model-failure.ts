import { APICallError, NoObjectGeneratedError, RetryError, type LanguageModelUsage } from "ai";

/**
 * What went wrong with a call to a hosted model, in the words the log, the brief and the alerts
 * use. Only this module looks inside the AI SDK's and fetch's error types.
 */
export type ModelFailureKind = "timeout" | "http_error" | "unreachable" | "invalid_output" | "empty_reply" | "dropped_stream";

export interface ModelFailure {
  kind: ModelFailureKind;
  /** One line for a person: the status and the server's own message, the deadline missed, the parse error. */
  detail: string;
  /** Worth trying the same model again in this turn: false for a timeout or a dead server, which would only add to the wait. */
  modelAnswers: boolean;
}

/** A model call that failed, with the tokens it used before it did (billed all the same). */
export class ModelCallError extends Error {
  constructor(
    readonly failure: ModelFailure,
    readonly usage: TokenUsage,
  ) {
    super(`Model call failed (${failure.kind}): ${failure.detail}`);
    this.name = "ModelCallError";
  }
}

export interface TokenUsage {
  inputTokens: number;
  outputTokens: number;
}

export const NO_USAGE: TokenUsage = { inputTokens: 0, outputTokens: 0 };

export function addUsage(total: TokenUsage, usage: Partial<Pick<LanguageModelUsage, "inputTokens" | "outputTokens">> | undefined): TokenUsage {
  return { inputTokens: total.inputTokens + (usage?.inputTokens ?? 0), outputTokens: total.outputTokens + (usage?.outputTokens ?? 0) };
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError" || /aborted|timed? ?out/i.test(error.message));
}

export function describeModelFailure(error: unknown, timeoutMs?: number): ModelFailure {
  if (error instanceof ModelCallError) return error.failure;
  if (RetryError.isInstance(error)) {
    const last = describeModelFailure(error.lastError, timeoutMs);
    return { ...last, detail: `${last.detail} (after ${error.errors.length} attempts)` };
  }
  if (APICallError.isInstance(error)) {
    if (error.statusCode === undefined) {
      return isTimeout(error.cause) ? timedOut(timeoutMs) : { kind: "unreachable", detail: error.message, modelAnswers: false };
    }
    // A 2xx whose body could not be read to its end: the connection broke off mid-answer.
    if (error.statusCode < 300) return { kind: "dropped_stream", detail: `the answer broke off (${error.cause instanceof Error ? error.cause.message : error.message})`, modelAnswers: false };
    return { kind: "http_error", detail: `HTTP ${error.statusCode}: ${error.message}`.slice(0, 300), modelAnswers: error.statusCode < 500 && error.statusCode !== 429 };
  }
  if (NoObjectGeneratedError.isInstance(error)) {
    return { kind: "invalid_output", detail: (error.cause instanceof Error ? error.cause.message : error.message).slice(0, 300), modelAnswers: true };
  }
  if (isTimeout(error)) return timedOut(timeoutMs);
  const message = error instanceof Error ? error.message : String(error);
  return { kind: "unreachable", detail: message.slice(0, 300), modelAnswers: false };
}

function timedOut(timeoutMs: number | undefined): ModelFailure {
  return { kind: "timeout", detail: timeoutMs ? `no answer within ${timeoutMs} ms` : "no answer in time", modelAnswers: false };
}
