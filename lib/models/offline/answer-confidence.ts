/**
 * Answer confidence as a probability. Two small logistic models fitted on development
 * question→article pairs: one scores every candidate article from the evidence (words, meaning,
 * intent) and ranks them; the other turns the best candidate's score and its lead over the
 * runner-up into the probability that it is the right article, for a question the scope check lets
 * through (one off the shop's topic is declined before its confidence is weighed). A probability
 * is what the escalation router's confidence floor needs: 0.7 then means "right seven times in ten".
 */
export const ANSWER_FEATURES = ["lexical", "coverage", "semantic", "semanticGap", "phrasing", "phrasingGap", "noSemantic", "intentAgreement"] as const;
export type AnswerFeatures = Record<(typeof ANSWER_FEATURES)[number], number>;

/**
 * The best candidate's score and lead, whether meaning could be compared (a language the encoder
 * does not read scores lower), how close the question came to one of the article's own phrasings
 * and how many of its words the article has: a question that shares a word or two with an
 * article but is not one of the questions it answers must not sound sure. `brevity` (one over the
 * number of the question's searchable words) tempers that share: every word of a one-word
 * question is trivially matched, which says far less than five words out of five.
 */
export const TOP_FEATURES = ["score", "lead", "noSemantic", "phrasing", "coverage", "brevity"] as const;
export type TopFeatures = Record<(typeof TOP_FEATURES)[number], number>;

export interface LogisticModel<F extends string> {
  bias: number;
  weights: Record<F, number>;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function logit<F extends string>(model: LogisticModel<F>, features: Record<F, number>): number {
  return (Object.keys(model.weights) as F[]).reduce((z, name) => z + model.weights[name] * features[name], model.bias);
}

export function probability<F extends string>(model: LogisticModel<F>, features: Record<F, number>): number {
  return sigmoid(logit(model, features));
}

/**
 * Newton's method on the log-loss with a small L2 penalty (the bias is not penalised). Evidence
 * on very different scales (a ranking score in the tens beside shares between 0 and 1) leaves
 * gradient descent far from the optimum after any affordable number of steps, and an unfinished
 * fit is a miscalibrated one; with a handful of features each Newton step is a tiny linear solve.
 */
export function fitLogistic<F extends string>(
  names: readonly F[],
  examples: readonly { features: Record<F, number>; right: boolean }[],
  { iterations = 50, l2 = 1e-3 } = {},
): LogisticModel<F> {
  const k = names.length;
  // The bias is the last coefficient, read against a constant 1.
  const rows = examples.map(({ features, right }) => ({ x: [...names.map((name) => features[name]), 1], y: right ? 1 : 0 }));
  const n = Math.max(1, rows.length);
  const penalty = (i: number) => (i < k ? l2 : 0);
  const beta = new Array<number>(k + 1).fill(0);
  for (let step = 0; step < iterations; step++) {
    const gradient = beta.map((b, i) => penalty(i) * b);
    const hessian = beta.map((_, i) => beta.map((__, j) => (i === j ? penalty(i) : 0)));
    for (const { x, y } of rows) {
      const p = sigmoid(x.reduce((z, v, i) => z + v * beta[i]!, 0));
      for (let i = 0; i <= k; i++) {
        gradient[i]! += ((p - y) * x[i]!) / n;
        for (let j = 0; j <= k; j++) hessian[i]![j]! += (p * (1 - p) * x[i]! * x[j]!) / n;
      }
    }
    const change = solve(hessian, gradient);
    beta.forEach((b, i) => (beta[i] = b - change[i]!));
    if (Math.max(...change.map(Math.abs)) < 1e-10) break;
  }
  return { bias: beta[k]!, weights: Object.fromEntries(names.map((name, i) => [name, beta[i]!])) as Record<F, number> };
}

/** Gaussian elimination with partial pivoting: `matrix` · x = `vector`. */
function solve(matrix: number[][], vector: number[]): number[] {
  const a = matrix.map((row, i) => [...row, vector[i]!]);
  const size = a.length;
  for (let col = 0; col < size; col++) {
    const pivot = a.reduce((best, row, i) => (i >= col && Math.abs(row[col]!) > Math.abs(a[best]![col]!) ? i : best), col);
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    for (let i = col + 1; i < size; i++) {
      const factor = a[i]![col]! / a[col]![col]!;
      for (let j = col; j <= size; j++) a[i]![j]! -= factor * a[col]![j]!;
    }
  }
  const x = new Array<number>(size).fill(0);
  for (let i = size - 1; i >= 0; i--) x[i] = (a[i]![size]! - a[i]!.slice(i + 1, size).reduce((sum, v, j) => sum + v * x[i + 1 + j]!, 0)) / a[i]![i]!;
  return x;
}

/**
 * The ranking model is fitted as a choice among each question's candidates (a conditional logit):
 * what matters is that the right article scores above the others for the same question, not how
 * each candidate scores on its own. A question whose right article is not among its candidates
 * teaches nothing here and is left out. The scores' level is left to the confidence model.
 */
export function fitRanking<F extends string>(
  names: readonly F[],
  questions: readonly (readonly { features: Record<F, number>; right: boolean }[])[],
  { iterations = 3000, rate = 0.5, l2 = 1e-4 } = {},
): LogisticModel<F> {
  const weights = Object.fromEntries(names.map((name) => [name, 0])) as Record<F, number>;
  const usable = questions.filter((candidates) => candidates.some((c) => c.right));
  const n = Math.max(1, usable.length);
  for (let step = 0; step < iterations; step++) {
    const gradient = Object.fromEntries(names.map((name) => [name, 0])) as Record<F, number>;
    for (const candidates of usable) {
      const scores = candidates.map((c) => logit({ bias: 0, weights }, c.features));
      const top = Math.max(...scores);
      const exps = scores.map((z) => Math.exp(z - top));
      const total = exps.reduce((sum, e) => sum + e, 0);
      candidates.forEach((c, i) => {
        const error = exps[i]! / total - (c.right ? 1 : 0);
        for (const name of names) gradient[name] += error * c.features[name];
      });
    }
    for (const name of names) weights[name] -= rate * (gradient[name] / n + l2 * weights[name]);
  }
  return { bias: 0, weights };
}

export interface ReliabilityBin {
  from: number;
  to: number;
  count: number;
  meanPredicted: number;
  observed: number;
}

/** Predicted probability against observed accuracy in equal-width bins, and the Brier score. */
export function reliability(outcomes: readonly { predicted: number; right: boolean }[], binCount = 5): { bins: ReliabilityBin[]; brier: number; n: number } {
  const bins = Array.from({ length: binCount }, (_, i) => ({ from: i / binCount, to: (i + 1) / binCount, count: 0, predictedSum: 0, rightCount: 0 }));
  let squaredError = 0;
  for (const { predicted, right } of outcomes) {
    const bin = bins[Math.min(binCount - 1, Math.floor(predicted * binCount))]!;
    bin.count++;
    bin.predictedSum += predicted;
    if (right) bin.rightCount++;
    squaredError += (predicted - (right ? 1 : 0)) ** 2;
  }
  return {
    bins: bins.map(({ from, to, count, predictedSum, rightCount }) => ({ from, to, count, meanPredicted: count ? predictedSum / count : 0, observed: count ? rightCount / count : 0 })),
    brier: outcomes.length ? squaredError / outcomes.length : 0,
    n: outcomes.length,
  };
}
