import { test } from "node:test";
import assert from "node:assert/strict";
import { addHistogram, countAtMost, countOf, emptyHistogram, histogramPercentiles, record } from "../../lib/analytics/histogram";
import { percentiles } from "../../lib/analytics/statistics";

/** Deterministic waits: mostly minutes, some seconds, a few hours. */
function waits(seed: number, count: number): number[] {
  let state = seed;
  const next = () => {
    state = (state * 48_271) % 2_147_483_647;
    return state / 2_147_483_647;
  };
  return Array.from({ length: count }, () => {
    const scale = next();
    return Math.round(scale < 0.2 ? next() * 120 : scale < 0.95 ? next() * 1800 : next() * 30_000);
  });
}

function histogramOf(values: readonly number[]) {
  const histogram = emptyHistogram();
  for (const value of values) record(histogram, value);
  return histogram;
}

test("percentiles read from the histogram are within 1/128 of the exact ones, and exact below 128 s", () => {
  const ps = [1, 10, 25, 50, 75, 90, 95, 99, 100];
  for (const [seed, count] of [
    [1, 1],
    [2, 7],
    [3, 250],
    [4, 5000],
  ] as const) {
    const values = waits(seed, count);
    const read = histogramPercentiles(histogramOf(values), ps);
    const exact = percentiles(values, ps);
    ps.forEach((p, i) => {
      const [got, want] = [read[i]!, exact[i]!];
      if (want < 128) assert.equal(got, want, `p${p} of ${count}`);
      else assert.ok(Math.abs(got - want) <= want / 128, `p${p} of ${count}: ${got} for ${want}`);
    });
  }
  assert.deepEqual(histogramPercentiles(emptyHistogram(), [50, 90]), [null, null]);
});

test("histograms add up and take away exactly, in any order", () => {
  const [a, b, c] = [waits(5, 300), waits(6, 40), waits(7, 900)];
  const total = emptyHistogram();
  addHistogram(total, histogramOf(a), 1);
  addHistogram(total, histogramOf(b), 1);
  addHistogram(total, histogramOf(c), 1);
  assert.deepEqual(total, histogramOf([...c, ...a, ...b]));
  addHistogram(total, histogramOf(b), -1);
  addHistogram(total, histogramOf(a), -1);
  assert.deepEqual(total, histogramOf(c));
  addHistogram(total, histogramOf(c), -1);
  assert.deepEqual(total, emptyHistogram());
  assert.equal(countOf(histogramOf(c)), c.length);
});

test("waits are held against a target exactly below 128 s, and at the histogram's resolution above", () => {
  const values = waits(8, 2000);
  for (const target of [30, 60, 120, 127]) {
    assert.equal(
      countAtMost(histogramOf(values), target),
      values.filter((v) => v <= target).length,
    );
  }
  for (const target of [300, 600, 3600]) {
    const near = values.filter((v) => Math.abs(v - target) <= target / 128).length;
    assert.ok(Math.abs(countAtMost(histogramOf(values), target) - values.filter((v) => v <= target).length) <= near, `target ${target}`);
  }
});
