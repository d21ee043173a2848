import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseCsvRecords, selectColumns } from "./csv";
import {
  INTENT_CLASSIFIER_VERSION,
  IntentClassifier,
  trainIntentClassifier,
  type IntentClassifierJSON,
} from "./intent-classifier";

export interface DefaultIntentModelOptions {
  /** Bitext-format CSV with `text` and `intent` columns. */
  trainingFile?: string;
  /** Where trained models are cached between starts. */
  cacheDirectory?: string;
}

export function defaultTrainingFile(): string {
  return path.join(process.cwd(), "datasets", "bitext-customer-support", "bitext_intents_train.csv");
}

export function defaultCacheDirectory(): string {
  return path.join(process.cwd(), "data", "models");
}

/**
 * Loads the intent model for a training file, training it only when no cached copy exists for
 * this exact file content and classifier version (so editing either invalidates the cache).
 */
export async function loadIntentClassifier(options: DefaultIntentModelOptions = {}): Promise<IntentClassifier> {
  const trainingFile = options.trainingFile ?? defaultTrainingFile();
  const cacheDirectory = options.cacheDirectory ?? defaultCacheDirectory();
  const content = await readFile(trainingFile, "utf8");
  const key = createHash("sha256").update(`v${INTENT_CLASSIFIER_VERSION}\n`).update(content).digest("hex").slice(0, 16);
  const cacheFile = path.join(cacheDirectory, `intent-classifier-${key}.json`);

  try {
    return IntentClassifier.fromJSON(JSON.parse(await readFile(cacheFile, "utf8")) as IntentClassifierJSON);
  } catch (error) {
    // A missing or unreadable cache just means training again; anything else is a real failure.
    if (!(error instanceof SyntaxError) && (error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }

  const classifier = trainIntentClassifier(selectColumns(parseCsvRecords(content), "text", "intent"));
  await mkdir(cacheDirectory, { recursive: true });
  // Write then rename so a concurrently starting process never reads a half-written model.
  const partial = `${cacheFile}.${process.pid}.tmp`;
  await writeFile(partial, JSON.stringify(classifier.toJSON()));
  await rename(partial, cacheFile);
  return classifier;
}

let shared: Promise<IntentClassifier> | undefined;

/** The process-wide intent classifier trained on the shipped Bitext data. */
export function getIntentClassifier(): Promise<IntentClassifier> {
  shared ??= loadIntentClassifier().catch((error: unknown) => {
    shared = undefined;
    throw error;
  });
  return shared;
}
