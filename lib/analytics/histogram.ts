/**
 * Counts of whole seconds in log-spaced buckets, for the waits the overview reports as p50 and
 * p90. A day's or a month's waits take at most a few hundred buckets however many handoffs there
 * were, and two histograms add up or take away exactly, so the rollups can keep them.
 *
 * Resolution: every second is its own bucket below 2 × SUB_BUCKETS seconds (128 s); above, each
 * doubling is cut into SUB_BUCKETS equal buckets, read as their middle second, so a percentile is
 * within 1/128 (under 0.8%) of the exact nearest-rank value (600 s reads as 604 s, an hour as
 * exactly an hour), and a wait is compared with an SLA target as its bucket's middle second.
 */

const SUB_BUCKETS = 64;
const EXACT_BELOW = 2 * SUB_BUCKETS;
const SUB_BITS = Math.log2(SUB_BUCKETS);

/** Bucket number → how many values fell in it; empty buckets are left out, so equal counts are equal objects. */
export type Histogram = Record<number, number>;

export function bucketOf(seconds: number): number {
  // A wait is never negative; clocks of two instances a moment apart could make one look so.
  const value = Math.min(2 ** 31 - 1, Math.max(0, Math.round(seconds)));
  if (value < EXACT_BELOW) return value;
  const octave = 31 - Math.clz32(value) - SUB_BITS;
  return EXACT_BELOW + (octave - 1) * SUB_BUCKETS + Math.floor(value / 2 ** octave) - SUB_BUCKETS;
}

/** The bucket's middle second: the value every member of it reads as. */
export function secondsOfBucket(bucket: number): number {
  if (bucket < EXACT_BELOW) return bucket;
  const octave = Math.floor((bucket - EXACT_BELOW) / SUB_BUCKETS) + 1;
  const width = 2 ** octave;
  const low = (bucket - EXACT_BELOW - (octave - 1) * SUB_BUCKETS + SUB_BUCKETS) * width;
  return low + width / 2;
}

export function emptyHistogram(): Histogram {
  return {};
}

export function record(histogram: Histogram, seconds: number): void {
  const bucket = bucketOf(seconds);
  histogram[bucket] = (histogram[bucket] ?? 0) + 1;
}

/** Adds another histogram's counts (sign 1) or takes them out (sign -1), in place. */
export function addHistogram(total: Histogram, part: Histogram, sign: 1 | -1): void {
  for (const key in part) {
    const bucket = Number(key);
    const count = (total[bucket] ?? 0) + sign * part[bucket]!;
    if (count === 0) delete total[bucket];
    else total[bucket] = count;
  }
}

export function countOf(histogram: Histogram): number {
  let count = 0;
  for (const key in histogram) count += histogram[Number(key)]!;
  return count;
}

/** How many values read as at most `seconds` (a wait against a target, at the histogram's resolution). */
export function countAtMost(histogram: Histogram, seconds: number): number {
  let count = 0;
  for (const key in histogram) if (secondsOfBucket(Number(key)) <= seconds) count += histogram[Number(key)]!;
  return count;
}

/** Nearest-rank percentiles (p in 0..100); null when there are no values. */
export function histogramPercentiles(histogram: Histogram, ps: readonly number[]): (number | null)[] {
  // Integer keys iterate in ascending order, which is ascending seconds.
  const buckets = Object.keys(histogram).map(Number);
  const total = countOf(histogram);
  if (total === 0) return ps.map(() => null);
  return ps.map((p) => {
    const rank = Math.max(1, Math.ceil((p / 100) * total));
    let seen = 0;
    for (const bucket of buckets) {
      seen += histogram[bucket]!;
      if (seen >= rank) return secondsOfBucket(bucket);
    }
    return secondsOfBucket(buckets[buckets.length - 1]!);
  });
}
