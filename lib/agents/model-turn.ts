import type { ModelFailure } from "../models/model-failure";
import { ModelCallError } from "../models/model-failure";
import { modelUsagePayload } from "../models/model-usage";
import type { ModelUsagePayload } from "../events/catalogue";
import { offlineChoice, type ModelChoice } from "../models/provider";
import type { ModelSettings } from "../workspace/settings";
import { streamReply, type ReplyAttempt, type ReplyRequest } from "./reply-stream";
import { routeConfidence, routeIntent, type SpecialistName } from "./specialists";
import { classifyMessage, type TriageOutput } from "./triage";

/**
 * The model calls of one customer turn, failing safe: a hosted model that errs, hangs or answers
 * nonsense is recorded and replaced by the embedded offline engine where that engine understands
 * the message; what no model could answer is reported so the pipeline can hand the turn over.
 */

let offline: ModelChoice | undefined;
function offlineEngine(): ModelChoice {
  return (offline ??= offlineChoice());
}

// The offline engine runs in this process; its limits only guard against a bug, not a network.
const OFFLINE_LIMITS = { timeoutMs: 60_000, maxRetries: 0 };

export interface TriageTurn {
  triage: TriageOutput;
  /** The hosted model's failure, when the offline engine classified in its place. */
  failure: ModelFailure | null;
  usage: ModelUsagePayload[];
}

export async function triageTurn(choice: ModelChoice, settings: ModelSettings, turn: { messageId: string; text: string; earlier: readonly string[]; workspaceId: string }): Promise<TriageTurn> {
  const limits = { timeoutMs: settings.triageTimeoutMs, maxRetries: settings.maxRetries };
  const hosted = choice.provider !== "offline";
  try {
    const result = await classifyMessage(choice, turn.text, turn.earlier, hosted ? limits : OFFLINE_LIMITS, turn.workspaceId);
    return {
      triage: result.triage,
      failure: null,
      usage: hosted ? [modelUsagePayload(choice, settings.prices, { messageId: turn.messageId, step: "triage", usage: result.usage, failure: null, format: result.format })] : [],
    };
  } catch (error) {
    if (!hosted || !(error instanceof ModelCallError)) throw error;
    // The embedded intent model classifies instead, so the signals and the router decide the turn as always.
    const standIn = await classifyMessage(offlineEngine(), turn.text, turn.earlier, OFFLINE_LIMITS, turn.workspaceId);
    return {
      triage: standIn.triage,
      failure: error.failure,
      usage: [modelUsagePayload(choice, settings.prices, { messageId: turn.messageId, step: "triage", usage: error.usage, failure: error.failure })],
    };
  }
}

/**
 * Whether the offline engine understands the message well enough to answer it for this
 * specialist: its own classification goes to the same specialist, above the confidence floor.
 */
export async function offlineUnderstands(turn: { text: string; earlier: readonly string[]; workspaceId: string }, specialist: SpecialistName, confidenceFloor: number): Promise<boolean> {
  const { triage } = await classifyMessage(offlineEngine(), turn.text, turn.earlier, OFFLINE_LIMITS, turn.workspaceId);
  if (routeIntent(triage.intent).specialist !== specialist) return false;
  return specialist === "engagement" || routeConfidence(triage.intent, triage.confidence, triage.alternatives) >= confidenceFloor;
}

export interface ReplyTurn {
  /** What to say; null when no model could answer. */
  text: string | null;
  toolResults: ReplyAttempt["toolResults"];
  usage: ModelUsagePayload[];
  /** Every failure on the way, hosted model first. */
  failures: ModelFailure[];
}

export async function replyTurn(
  choice: ModelChoice,
  settings: ModelSettings,
  request: Omit<ReplyRequest, "model">,
  turn: {
    messageId: string;
    step: string;
    /** The hosted model already failed this turn in a way another call would only wait on again. */
    hostedDown: boolean;
    standInUnderstands: () => Promise<boolean>;
    /** Streams the reply's text; each attempt is its own reply, so a broken one is not continued by the next. */
    onDelta: (attempt: number, text: string) => void;
  },
): Promise<ReplyTurn> {
  const hosted = choice.provider !== "offline";
  const outcome: ReplyTurn = { text: null, toolResults: [], usage: [], failures: [] };
  const run = async (model: ModelChoice, attempt: number) => {
    const result = await streamReply({ ...request, model: model.model }, model.provider === "offline" ? OFFLINE_LIMITS : { timeoutMs: settings.replyTimeoutMs, maxRetries: settings.maxRetries }, (text) => turn.onDelta(attempt, text));
    outcome.toolResults.push(...result.toolResults);
    if (model.provider !== "offline") {
      outcome.usage.push(modelUsagePayload(model, settings.prices, { messageId: turn.messageId, step: turn.step, usage: result.usage, failure: result.failure }));
    }
    if (result.failure) outcome.failures.push(result.failure);
    else outcome.text = result.text.trim();
    return result;
  };
  if (!hosted || !turn.hostedDown) {
    await run(choice, 0);
    if (outcome.text !== null || !hosted) return outcome;
  }
  if (await turn.standInUnderstands()) await run(offlineEngine(), 1);
  return outcome;
}

/** The failures behind a turn nothing answered, as the router's evidence. */
export function failureEvidence(failures: readonly ModelFailure[]): string {
  return failures.map((f) => `${f.kind.replace(/_/g, " ")}: ${f.detail}`).join("; ") || "no model answered";
}
