import type { ModelUsagePayload } from "../events/catalogue";

/**
 * What hosted-model calls used and cost, summed from their `model_usage` events. A call to a
 * model nobody priced is counted apart: its cost is unknown, and adding it as $0 would make the
 * desk look cheaper than the provider's bill.
 */
export interface ModelSpend {
  calls: number;
  failedCalls: number;
  inputTokens: number;
  outputTokens: number;
  /** US dollars of the calls that have a price. */
  pricedUsd: number;
  unpricedCalls: number;
}

export function noSpend(): ModelSpend {
  return { calls: 0, failedCalls: 0, inputTokens: 0, outputTokens: 0, pricedUsd: 0, unpricedCalls: 0 };
}

export function addUsage(spend: ModelSpend, usage: Pick<ModelUsagePayload, "inputTokens" | "outputTokens" | "costUsd" | "failure">): void {
  spend.calls++;
  if (usage.failure) spend.failedCalls++;
  spend.inputTokens += usage.inputTokens;
  spend.outputTokens += usage.outputTokens;
  if (usage.costUsd === null) spend.unpricedCalls++;
  else spend.pricedUsd += usage.costUsd;
}

export function addSpend(total: ModelSpend, more: ModelSpend): void {
  total.calls += more.calls;
  total.failedCalls += more.failedCalls;
  total.inputTokens += more.inputTokens;
  total.outputTokens += more.outputTokens;
  total.pricedUsd += more.pricedUsd;
  total.unpricedCalls += more.unpricedCalls;
}

/** A spend shared out over `count` units (conversations, resolutions, handoffs); null when there are none. */
export interface UnitCost {
  /** Dollars per unit of the priced calls; a lower bound when some calls are unpriced. */
  usd: number;
  unpricedCalls: number;
}

export function costPer(spend: ModelSpend, count: number): UnitCost | null {
  return count > 0 ? { usd: spend.pricedUsd / count, unpricedCalls: spend.unpricedCalls } : null;
}

export function formatUsd(usd: number): string {
  if (usd === 0) return "$0";
  // Costs per conversation are often fractions of a cent; two significant digits keep them readable.
  return usd >= 1 ? `$${usd.toFixed(2)}` : `$${usd.toLocaleString("en-US", { maximumSignificantDigits: 2 })}`;
}

/** A whole spend's cost, worded like a unit cost. */
export function formatSpend(spend: ModelSpend): string {
  return formatCost({ usd: spend.pricedUsd, unpricedCalls: spend.unpricedCalls });
}

/** "$0.0042", or with unpriced calls "unpriced" / "at least $0.0042 (3 calls unpriced)"; never "$0" for unknown cost. */
export function formatCost(cost: UnitCost | null): string {
  if (cost === null) return "—";
  if (cost.unpricedCalls === 0) return formatUsd(cost.usd);
  const calls = `${cost.unpricedCalls} call${cost.unpricedCalls === 1 ? "" : "s"} unpriced`;
  return cost.usd === 0 ? `unpriced (${calls})` : `at least ${formatUsd(cost.usd)} (${calls})`;
}
