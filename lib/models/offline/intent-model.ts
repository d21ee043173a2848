import { isHeldOut } from "./holdout";
import {
  IntentClassifier,
  trainIntentClassifier,
  type IntentClassifierJSON,
  type IntentPrediction,
  type LabelledExample,
  type TrainOptions,
} from "./intent-classifier";
import { encodeSentences } from "./sentence-encoder";

/**
 * The offline engine's intent model, in up to two stages. The lexical classifier (n-grams)
 * answers alone when it is sure, in well under a millisecond. When it is not, the utterance is
 * also run through the sentence encoder and a classifier reading both n-grams and the embedding
 * decides: paraphrases sharing no word with the training examples are where n-grams fail and the
 * encoder is worth its ~10 ms.
 *
 * Whether the second stage is used at all is decided when training, on held-out examples, because
 * it pays only where the n-grams are weak: on Banking77 it is kept, on the shop's own intents the
 * n-grams alone are as good and the stage is not worth its latency (README, "Evaluation commands",
 * has the measured figures and the commands that reproduce them).
 */

/**
 * Lexical confidence under which the second stage is consulted: on Banking77 about a quarter of the
 * utterances, and asking it for every utterance was no more accurate.
 */
export const SEMANTIC_STAGE_BELOW = 0.8;

/** Share of the examples (by stable hash) held out to decide whether the second stage is used. */
const VALIDATION_PERCENT = 20;
/** Fewer held-out examples than this cannot tell the stages apart; the second stage is then kept. */
const MIN_VALIDATION_EXAMPLES = 200;
/** Held-out accuracy the second stage must add to be worth its latency. */
export const MIN_SEMANTIC_GAIN = 0.005;

export type IntentStage = "lexical" | "semantic";

export interface StagedIntentPrediction extends IntentPrediction {
  /** Which stage decided the intent. */
  stage: IntentStage;
}

/** Why the model has the stages it has: held-out accuracy of each, measured when it was trained. */
export interface StageValidation {
  n: number;
  lexicalAccuracy: number;
  /** Not measured (null) when the lexical stage's held-out errors were fewer than the gain asked for. */
  stagedAccuracy: number | null;
}

export interface IntentModelJSON {
  kind: "intent-model";
  lexical: IntentClassifierJSON;
  semantic: IntentClassifierJSON | null;
  validation: StageValidation | null;
}

export class IntentModel {
  constructor(
    readonly lexical: IntentClassifier,
    private readonly semantic: IntentClassifier | null,
    readonly validation: StageValidation | null,
  ) {}

  get labels(): readonly string[] {
    return this.lexical.labels;
  }

  get stages(): IntentStage[] {
    return this.semantic ? ["lexical", "semantic"] : ["lexical"];
  }

  async classify(text: string): Promise<StagedIntentPrediction> {
    return (await this.classifyAll([text]))[0]!;
  }

  /** Classifies many utterances at once, encoding the unsure ones in batches. */
  async classifyAll(texts: readonly string[]): Promise<StagedIntentPrediction[]> {
    const { semantic } = this;
    const lexical = texts.map((text) => this.lexical.classify(text));
    const unsure = lexical.map((prediction) => semantic !== null && !sure(prediction));
    const sentences = await encodeSentences(texts.filter((_, i) => unsure[i]));
    let next = 0;
    return lexical.map((prediction, i) =>
      semantic && unsure[i] ? { ...semantic.classify(texts[i]!, sentences[next++]), stage: "semantic" } : { ...prediction, stage: "lexical" },
    );
  }

  /** The lexical stage's probability: cheap enough to ask on every message, and synchronous. */
  probabilityOf(text: string, label: string): number {
    return this.lexical.probabilityOf(text, label);
  }

  toJSON(): IntentModelJSON {
    return { kind: "intent-model", lexical: this.lexical.toJSON(), semantic: this.semantic?.toJSON() ?? null, validation: this.validation };
  }

  static fromJSON(json: IntentModelJSON): IntentModel {
    if (json.kind !== "intent-model") throw new Error(`Unsupported intent model (kind ${json.kind})`);
    return new IntentModel(IntentClassifier.fromJSON(json.lexical), json.semantic && IntentClassifier.fromJSON(json.semantic), json.validation);
  }
}

function sure(prediction: IntentPrediction): boolean {
  return prediction.confidence >= SEMANTIC_STAGE_BELOW;
}

type StageTrainOptions = Omit<TrainOptions, "sentenceEmbeddings">;

function share<T>(items: readonly T[], holds: (item: T, index: number) => boolean): number {
  return items.filter(holds).length / items.length;
}

function encodeExamples(examples: readonly LabelledExample[]): Promise<Float32Array[]> {
  return encodeSentences(examples.map((example) => example.text));
}

/**
 * Trains both stages on all but a held-out fifth and scores them on it. The examples are encoded
 * only when the lexical stage's held-out errors leave room for the gain asked of the second stage.
 */
async function validateStages(
  examples: readonly LabelledExample[],
  options: StageTrainOptions,
): Promise<{ validation: StageValidation; sentences?: Float32Array[] } | null> {
  const held = examples.map((example) => isHeldOut(example.text, VALIDATION_PERCENT, "intent-stages"));
  const heldOut = <T>(items: readonly T[]) => items.filter((_, i) => held[i]);
  const trainedOn = <T>(items: readonly T[]) => items.filter((_, i) => !held[i]);
  const evaluation = heldOut(examples);
  const training = trainedOn(examples);
  if (evaluation.length < MIN_VALIDATION_EXAMPLES || new Set(training.map((example) => example.label)).size < 2) return null;

  const lexical = trainIntentClassifier(training, options);
  const first = evaluation.map(({ text }) => lexical.classify(text));
  const lexicalAccuracy = share(evaluation, ({ label }, i) => first[i]!.intent === label);
  if (1 - lexicalAccuracy < MIN_SEMANTIC_GAIN) return { validation: { n: evaluation.length, lexicalAccuracy, stagedAccuracy: null } };

  const sentences = await encodeExamples(examples);
  const semantic = trainIntentClassifier(training, { ...options, sentenceEmbeddings: trainedOn(sentences) });
  const evaluationSentences = heldOut(sentences);
  const stagedAccuracy = share(
    evaluation,
    ({ text, label }, i) => (sure(first[i]!) ? first[i]! : semantic.classify(text, evaluationSentences[i])).intent === label,
  );
  return { validation: { n: evaluation.length, lexicalAccuracy, stagedAccuracy }, sentences };
}

/**
 * Trains the lexical stage, and the second stage unless held-out examples show it does not pay for
 * itself. With too few examples to tell, it is kept: that is where n-grams generalise worst.
 * Encoding the examples is most of the time, about 5 ms each.
 */
export async function trainIntentModel(examples: readonly LabelledExample[], options: StageTrainOptions = {}): Promise<IntentModel> {
  const checked = await validateStages(examples, options);
  const lexical = trainIntentClassifier(examples, options);
  const validation = checked?.validation ?? null;
  if (validation && (validation.stagedAccuracy === null || validation.stagedAccuracy - validation.lexicalAccuracy < MIN_SEMANTIC_GAIN)) {
    return new IntentModel(lexical, null, validation);
  }
  const sentences = checked?.sentences ?? (await encodeExamples(examples));
  return new IntentModel(lexical, trainIntentClassifier(examples, { ...options, sentenceEmbeddings: sentences }), validation);
}
