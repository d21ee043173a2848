import type { ModelPrice } from "../workspace/settings";

/**
 * What a hosted model's tokens cost, in US dollars per million, for the models the desk defaults
 * to and their usual neighbours (list prices of OpenAI and Anthropic). A workspace's own table
 * (`model.prices` in its settings) wins over this one and prices anything else, such as a model
 * served by an OpenAI-compatible host; a model priced nowhere has no cost rather than a guess.
 */
export const builtInPrices: Readonly<Record<string, ModelPrice>> = {
  "gpt-4o-mini": { inputPerMillion: 0.15, outputPerMillion: 0.6 },
  "gpt-4o": { inputPerMillion: 2.5, outputPerMillion: 10 },
  "gpt-4.1-nano": { inputPerMillion: 0.1, outputPerMillion: 0.4 },
  "gpt-4.1-mini": { inputPerMillion: 0.4, outputPerMillion: 1.6 },
  "gpt-4.1": { inputPerMillion: 2, outputPerMillion: 8 },
  "claude-3-5-haiku-latest": { inputPerMillion: 0.8, outputPerMillion: 4 },
  "claude-haiku-4-5": { inputPerMillion: 1, outputPerMillion: 5 },
  "claude-sonnet-4-5": { inputPerMillion: 3, outputPerMillion: 15 },
  "claude-sonnet-4-0": { inputPerMillion: 3, outputPerMillion: 15 },
};

/** Dated snapshots ("gpt-4o-mini-2024-07-18", "claude-haiku-4-5-20251001") cost what their model does. */
const SNAPSHOT_SUFFIX = /-(?:\d{4}-\d{2}-\d{2}|\d{8})$/;

export function priceOf(modelId: string, workspacePrices: Readonly<Record<string, ModelPrice>> = {}): ModelPrice | null {
  const base = modelId.replace(SNAPSHOT_SUFFIX, "");
  return workspacePrices[modelId] ?? workspacePrices[base] ?? builtInPrices[modelId] ?? builtInPrices[base] ?? null;
}

/** Dollars for the tokens used; null when the model has no price. */
export function costInDollars(price: ModelPrice | null, usage: { inputTokens?: number; outputTokens?: number }): number | null {
  if (!price) return null;
  return ((usage.inputTokens ?? 0) * price.inputPerMillion + (usage.outputTokens ?? 0) * price.outputPerMillion) / 1_000_000;
}
