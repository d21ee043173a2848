import { readFileSync } from "node:fs";
import path from "node:path";
import { parseCsvRecords } from "../../lib/models/offline/csv";
import { isHeldOut } from "../../lib/models/offline/holdout";
import type { LabelledExample } from "../../lib/models/offline/intent-classifier";

const DATASETS = path.join(import.meta.dirname, "..", "..", "datasets");

export const bitextExamples: LabelledExample[] = parseCsvRecords(
  readFileSync(path.join(DATASETS, "bitext-customer-support", "bitext_intents_train.csv"), "utf8"),
).map((row) => ({ text: row.text!, label: row.intent! }));

/** Training side of the project's own 80/20 split; the other side is never trained on in tests. */
export const bitextTrain = bitextExamples.filter((example) => !isHeldOut(example.text, 20));
export const bitextHeldOut = bitextExamples.filter((example) => isHeldOut(example.text, 20));

/** Every n-th training example: enough to learn the 27 intents while keeping tests quick. */
export function sampleEvery<T>(items: readonly T[], n: number): T[] {
  return items.filter((_, index) => index % n === 0);
}

export interface HandoffRow {
  text: string;
  intents: string[];
  handoff: boolean;
}

export const nluppHandoffRows: HandoffRow[] = readFileSync(path.join(DATASETS, "nlupp", "nlupp_handoff.jsonl"), "utf8")
  .trim()
  .split("\n")
  .map((line) => JSON.parse(line) as HandoffRow);
