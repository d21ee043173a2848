import { stem, tokenize } from "./text";
import { seededRandom } from "../../seeded-random";

/**
 * Multinomial logistic regression over TF-IDF word and character n-grams, optionally joined by a
 * sentence embedding of the utterance. Small enough to train in seconds on a few tens of
 * thousands of utterances, and its softmax output is used directly as the pipeline's routing
 * confidence.
 */

export const INTENT_CLASSIFIER_VERSION = 2;

export interface LabelledExample {
  text: string;
  label: string;
}

export interface IntentScore {
  label: string;
  probability: number;
}

export interface IntentPrediction {
  intent: string;
  confidence: number;
  /** Every known intent, most probable first. */
  scores: IntentScore[];
}

export interface TrainOptions {
  epochs?: number;
  /** Seeds the per-epoch shuffle; the same seed and data always give the same model. */
  seed?: number;
  /** L2 penalty per example; larger values give softer, less over-confident probabilities. */
  l2?: number;
  learningRate?: number;
  /** Features seen in fewer training utterances than this are dropped (typos, order numbers). */
  minDocumentFrequency?: number;
  /** One unit-length sentence embedding per example, in the same order; the model then needs one per utterance it scores. */
  sentenceEmbeddings?: readonly Float32Array[];
}

export interface IntentClassifierJSON {
  kind: "intent-classifier";
  version: number;
  labels: string[];
  features: string[];
  idf: number[];
  /** Length of the sentence embedding the model reads after its n-gram features; 0 for none. */
  sentenceDimensions: number;
  /** Little-endian Float32 weights, feature-major (feature * labels + label), base64-encoded. */
  weights: string;
  bias: number[];
}

const DEFAULTS: Required<Omit<TrainOptions, "sentenceEmbeddings">> = {
  epochs: 15,
  seed: 1,
  l2: 1e-6,
  learningRate: 1.5,
  minDocumentFrequency: 2,
};

const CHAR_NGRAM_MIN = 2;
const CHAR_NGRAM_MAX = 5;

function featureCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (feature: string) => counts.set(feature, (counts.get(feature) ?? 0) + 1);
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    add(`w ${token}`);
    add(`s ${stem(token)}`);
    if (i > 0) add(`b ${tokens[i - 1]} ${token}`);
    // Character n-grams inside word boundaries absorb typos and inflections ("refnd", "refunding").
    const padded = ` ${token} `;
    for (let n = CHAR_NGRAM_MIN; n <= CHAR_NGRAM_MAX; n++) {
      for (let start = 0; start + n <= padded.length; start++) add(`c${padded.slice(start, start + n)}`);
    }
  }
  return counts;
}

interface SparseVector {
  indices: Int32Array;
  values: Float32Array;
}

function vectorize(text: string, featureIndex: Map<string, number>, idf: ArrayLike<number>, sentence?: Float32Array): SparseVector {
  // Word and character n-grams are normalised as separate blocks so the far more numerous
  // character n-grams cannot drown out the words.
  const blocks = new Map<string, Array<[number, number]>>();
  for (const [feature, count] of featureCounts(text)) {
    const index = featureIndex.get(feature);
    if (index === undefined) continue;
    const block = feature[0] === "c" ? "c" : "w";
    if (!blocks.has(block)) blocks.set(block, []);
    blocks.get(block)!.push([index, (1 + Math.log(count)) * idf[index]!]);
  }
  const indices: number[] = [];
  const values: number[] = [];
  for (const [block, entries] of blocks) {
    const norm = Math.sqrt(entries.reduce((sum, [, value]) => sum + value * value, 0));
    const weight = (block === "c" ? CHAR_WEIGHT : WORD_WEIGHT) / norm;
    for (const [index, value] of entries) {
      indices.push(index);
      values.push(value * weight);
    }
  }
  if (sentence) {
    // The embedding is unit length already, the same scale as each n-gram block.
    for (let d = 0; d < sentence.length; d++) {
      indices.push(featureIndex.size + d);
      values.push(sentence[d]!);
    }
  }
  return { indices: Int32Array.from(indices), values: Float32Array.from(values) };
}

const CHAR_WEIGHT = 0.6;
const WORD_WEIGHT = 0.8;

function softmaxInPlace(scores: Float64Array): void {
  let max = -Infinity;
  for (const score of scores) max = Math.max(max, score);
  let total = 0;
  for (let k = 0; k < scores.length; k++) {
    scores[k] = Math.exp(scores[k]! - max);
    total += scores[k]!;
  }
  for (let k = 0; k < scores.length; k++) scores[k]! /= total;
}

export class IntentClassifier {
  readonly labels: readonly string[];
  private readonly featureIndex: Map<string, number>;

  constructor(
    labels: readonly string[],
    private readonly features: readonly string[],
    private readonly idf: Float32Array,
    readonly sentenceDimensions: number,
    private readonly weights: Float32Array,
    private readonly bias: Float32Array,
  ) {
    this.labels = labels;
    this.featureIndex = new Map(features.map((feature, index) => [feature, index]));
  }

  /** Probability of every intent, in the order of `labels`. */
  probabilities(text: string, sentence?: Float32Array): Float64Array {
    if ((sentence?.length ?? 0) !== this.sentenceDimensions) {
      throw new Error(`This intent model reads a sentence embedding of ${this.sentenceDimensions} dimensions, got ${sentence?.length ?? 0}`);
    }
    const labelCount = this.labels.length;
    const scores = Float64Array.from(this.bias);
    const { indices, values } = vectorize(text, this.featureIndex, this.idf, sentence);
    for (let i = 0; i < indices.length; i++) {
      const offset = indices[i]! * labelCount;
      const value = values[i]!;
      for (let k = 0; k < labelCount; k++) scores[k]! += value * this.weights[offset + k]!;
    }
    softmaxInPlace(scores);
    return scores;
  }

  classify(text: string, sentence?: Float32Array): IntentPrediction {
    const probabilities = this.probabilities(text, sentence);
    const scores = this.labels
      .map((label, k) => ({ label, probability: probabilities[k]! }))
      .sort((a, b) => b.probability - a.probability || a.label.localeCompare(b.label));
    return { intent: scores[0]!.label, confidence: scores[0]!.probability, scores };
  }

  probabilityOf(text: string, label: string): number {
    const k = this.labels.indexOf(label);
    return k < 0 ? 0 : this.probabilities(text)[k]!;
  }

  toJSON(): IntentClassifierJSON {
    return {
      kind: "intent-classifier",
      version: INTENT_CLASSIFIER_VERSION,
      labels: [...this.labels],
      features: [...this.features],
      idf: Array.from(this.idf),
      sentenceDimensions: this.sentenceDimensions,
      weights: Buffer.from(this.weights.buffer, this.weights.byteOffset, this.weights.byteLength).toString("base64"),
      bias: Array.from(this.bias),
    };
  }

  static fromJSON(json: IntentClassifierJSON): IntentClassifier {
    if (json.kind !== "intent-classifier" || json.version !== INTENT_CLASSIFIER_VERSION) {
      throw new Error(`Unsupported intent model (kind ${json.kind}, version ${json.version})`);
    }
    const bytes = Buffer.from(json.weights, "base64");
    const weights = new Float32Array(bytes.byteLength / 4);
    new Uint8Array(weights.buffer).set(bytes);
    if (weights.length !== (json.features.length + json.sentenceDimensions) * json.labels.length) {
      throw new Error("Intent model weights do not match its features and labels");
    }
    return new IntentClassifier(json.labels, json.features, Float32Array.from(json.idf), json.sentenceDimensions, weights, Float32Array.from(json.bias));
  }
}

export function trainIntentClassifier(examples: readonly LabelledExample[], options: TrainOptions = {}): IntentClassifier {
  const { epochs, seed, l2, learningRate, minDocumentFrequency } = { ...DEFAULTS, ...options };
  const { sentenceEmbeddings } = options;
  if (examples.length === 0) throw new Error("Cannot train an intent classifier without examples");
  if (sentenceEmbeddings && sentenceEmbeddings.length !== examples.length) throw new Error("Give one sentence embedding per example");
  const sentenceDimensions = sentenceEmbeddings?.[0]?.length ?? 0;
  const labels = [...new Set(examples.map((example) => example.label))].sort();
  if (labels.length < 2) throw new Error("An intent classifier needs at least two different labels");
  const labelIndex = new Map(labels.map((label, k) => [label, k]));

  const documentFrequency = new Map<string, number>();
  for (const { text } of examples) {
    for (const feature of featureCounts(text).keys()) documentFrequency.set(feature, (documentFrequency.get(feature) ?? 0) + 1);
  }
  const features = [...documentFrequency.entries()]
    .filter(([, count]) => count >= minDocumentFrequency)
    .map(([feature]) => feature)
    .sort();
  const featureIndex = new Map(features.map((feature, index) => [feature, index]));
  const idf = Float32Array.from(features, (feature) => Math.log((1 + examples.length) / (1 + documentFrequency.get(feature)!)) + 1);

  const vectors = examples.map(({ text }, i) => vectorize(text, featureIndex, idf, sentenceEmbeddings?.[i]));
  const targets = examples.map(({ label }) => labelIndex.get(label)!);

  const labelCount = labels.length;
  // Weights are stored as scale * raw so the L2 shrinkage of every weight is one multiplication per step.
  const raw = new Float64Array((features.length + sentenceDimensions) * labelCount);
  const bias = new Float64Array(labelCount);
  let scale = 1;
  const scores = new Float64Array(labelCount);
  const order = Array.from(examples, (_, i) => i);
  const random = seededRandom(seed);
  let step = 0;
  const totalSteps = epochs * order.length;

  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const example of order) {
      const { indices, values } = vectors[example]!;
      // Decaying to zero lets the last epochs settle instead of ending on a noisy step.
      const rate = learningRate * (1 - step++ / totalSteps);
      scores.set(bias);
      for (let i = 0; i < indices.length; i++) {
        const offset = indices[i]! * labelCount;
        const value = values[i]! * scale;
        for (let k = 0; k < labelCount; k++) scores[k]! += value * raw[offset + k]!;
      }
      softmaxInPlace(scores);
      scores[targets[example]!]! -= 1;
      scale *= 1 - rate * l2;
      const update = rate / scale;
      for (let i = 0; i < indices.length; i++) {
        const offset = indices[i]! * labelCount;
        const value = values[i]! * update;
        for (let k = 0; k < labelCount; k++) raw[offset + k]! -= value * scores[k]!;
      }
      for (let k = 0; k < labelCount; k++) bias[k]! -= rate * scores[k]!;
      if (scale < 1e-6) {
        for (let w = 0; w < raw.length; w++) raw[w]! *= scale;
        scale = 1;
      }
    }
  }

  const weights = Float32Array.from(raw, (w) => w * scale);
  return new IntentClassifier(labels, features, idf, sentenceDimensions, weights, Float32Array.from(bias));
}
