import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseCsvRecords, selectColumns } from "./csv";
import { INTENT_CLASSIFIER_VERSION, type LabelledExample } from "./intent-classifier";
import { IntentModel, trainIntentModel, type IntentModelJSON } from "./intent-model";
import { typescriptWorker } from "./typescript-worker";

/** A stored labelled example as the database keeps it (`LabelledExample.intent`). */
export interface IntentExampleRow {
  text: string;
  intent: string;
}

export type ExtraExample = LabelledExample | IntentExampleRow;

export interface DefaultIntentModelOptions {
  /**
   * CSVs with `text` and `intent` columns, trained on together. Defaults to the Bitext retail
   * intents plus the desk's own conversational, troubleshooting and membership intents.
   */
  trainingFiles?: readonly string[];
  /** @deprecated Shorthand for `trainingFiles: [trainingFile]`. */
  trainingFile?: string;
  /**
   * Further labelled examples trained on alongside the files, e.g. a workspace's stored
   * `LabelledExample` rows. Their order does not matter: the same set always gives the same model.
   */
  extraExamples?: readonly ExtraExample[];
  /** Where trained models are cached between starts. */
  cacheDirectory?: string;
  /**
   * Train (when nothing is cached) in a worker thread: seconds to minutes of uninterrupted
   * computation that would otherwise stall every socket and request of a running desk.
   */
  offThread?: boolean;
}

export function defaultTrainingFile(): string {
  return path.join(process.cwd(), "datasets", "bitext-customer-support", "bitext_intents_train.csv");
}

/** The store's own examples for the intents Bitext does not cover. */
export function deskIntentsFile(): string {
  return path.join(process.cwd(), "datasets", "desk-intents", "desk_intents.csv");
}

/**
 * Customer messages in Spanish, French and German for the intents the desk acts on, so a request
 * in those languages reaches the same specialist and tool as its English wording.
 */
export function multilingualIntentsFile(): string {
  return path.join(process.cwd(), "datasets", "desk-intents", "desk_intents_es_fr_de.csv");
}

export function defaultTrainingFiles(): string[] {
  return [defaultTrainingFile(), deskIntentsFile(), multilingualIntentsFile()];
}

export function defaultCacheDirectory(): string {
  return path.join(process.cwd(), "data", "models");
}

/** Rows of a `text,intent` CSV as training examples. */
export function parseTrainingCsv(content: string): LabelledExample[] {
  return selectColumns(parseCsvRecords(content), "text", "intent");
}

/** Trimmed, non-empty extra examples in one canonical order, so the cache key ignores row order. */
export function normalizeExtraExamples(examples: readonly ExtraExample[]): LabelledExample[] {
  return examples
    .map((example) => ({ text: example.text.trim(), label: ("label" in example ? example.label : example.intent).trim() }))
    .filter((example) => example.text !== "" && example.label !== "")
    .sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}

/** Every training example of the given files (in order) followed by the extra examples. */
export async function loadTrainingExamples(
  trainingFiles: readonly string[] = defaultTrainingFiles(),
  extraExamples: readonly ExtraExample[] = [],
): Promise<LabelledExample[]> {
  const contents = await Promise.all(trainingFiles.map((file) => readFile(file, "utf8")));
  return [...contents.flatMap(parseTrainingCsv), ...normalizeExtraExamples(extraExamples)];
}

function cacheKey(contents: readonly string[], extras: readonly LabelledExample[]): string {
  const hash = createHash("sha256").update(`v${INTENT_CLASSIFIER_VERSION}\n`);
  if (contents.length === 1 && extras.length === 0) {
    // A single file alone keeps the key it always had, so existing caches stay valid.
    return hash.update(contents[0]!).digest("hex").slice(0, 16);
  }
  // Lengths are hashed before each part so no two different combinations can hash the same bytes.
  for (const content of contents) hash.update(`file ${Buffer.byteLength(content)}\n`).update(content);
  const extrasJson = JSON.stringify(extras.map(({ text, label }) => [text, label]));
  hash.update(`extra ${Buffer.byteLength(extrasJson)}\n`).update(extrasJson);
  return hash.digest("hex").slice(0, 16);
}

/**
 * Loads the intent model for the training files and extra examples, training it only when no
 * cached copy exists for this exact content and classifier version (so editing any of them, or
 * adding an example, invalidates the cache).
 */
export async function loadIntentClassifier(options: DefaultIntentModelOptions = {}): Promise<IntentModel> {
  const trainingFiles = options.trainingFiles ?? (options.trainingFile ? [options.trainingFile] : defaultTrainingFiles());
  if (trainingFiles.length === 0 && !options.extraExamples?.length) throw new Error("No training files or examples given");
  const cacheDirectory = options.cacheDirectory ?? defaultCacheDirectory();
  const contents = await Promise.all(trainingFiles.map((file) => readFile(file, "utf8")));
  const extras = normalizeExtraExamples(options.extraExamples ?? []);
  const cacheFile = path.join(cacheDirectory, `intent-model-${cacheKey(contents, extras)}.json`);

  try {
    return IntentModel.fromJSON(JSON.parse(await readFile(cacheFile, "utf8")) as IntentModelJSON);
  } catch (error) {
    // A missing or unreadable cache just means training again; anything else is a real failure.
    if (!(error instanceof SyntaxError) && (error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }

  const examples = [...contents.flatMap(parseTrainingCsv), ...extras];
  const classifier = options.offThread ? await trainOffThread(examples) : await trainIntentModel(examples);
  await mkdir(cacheDirectory, { recursive: true });
  // Write then rename so a concurrently starting process never reads a half-written model.
  const partial = `${cacheFile}.${process.pid}.tmp`;
  await writeFile(partial, JSON.stringify(classifier.toJSON()));
  await rename(partial, cacheFile);
  return classifier;
}

/** `trainIntentModel` in a worker thread. */
function trainOffThread(examples: readonly LabelledExample[]): Promise<IntentModel> {
  return new Promise((resolve, reject) => {
    const worker = typescriptWorker("intent-training-worker.ts", { workerData: examples });
    worker.once("message", (json: IntentModelJSON) => resolve(IntentModel.fromJSON(json)));
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`Intent model training stopped (exit code ${code})`)));
  });
}

let shared: Promise<IntentModel> | undefined;

/** The process-wide intent model trained on the shipped Bitext and desk-intent data. */
export function getIntentClassifier(): Promise<IntentModel> {
  shared ??= loadIntentClassifier({ offThread: true }).catch((error: unknown) => {
    shared = undefined;
    throw error;
  });
  return shared;
}
