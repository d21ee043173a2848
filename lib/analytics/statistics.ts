/** Nearest-rank percentile (p in 0..100) of unsorted values; null when there are none. */
export function percentile(values: readonly number[], p: number): number | null {
  return percentiles(values, [p])[0]!;
}

/** Several nearest-rank percentiles of the same values, sorted once (a month's waits are thousands). */
export function percentiles(values: readonly number[], ps: readonly number[]): (number | null)[] {
  if (values.length === 0) return ps.map(() => null);
  const sorted = Float64Array.from(values).sort();
  return ps.map((p) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!);
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
