/** Nearest-rank percentile (p in 0..100) of unsorted values; null when there are none. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** part/whole, or null when there is nothing to divide by (shown as "—", never as 0%). */
export function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

export interface RunningMean {
  sum: number;
  count: number;
}

export function meanOf({ sum, count }: RunningMean): number | null {
  return count === 0 ? null : sum / count;
}
