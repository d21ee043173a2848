/**
 * Scores an intent classifier on a labelled CSV.
 *
 *   npm run eval -- --file <csv> --text <column> --label <column> [--train <csv>] [--holdout <percent>]
 *
 * Without --train the shipped default model is used. With --train a fresh intent model is trained on
 * that CSV (same column names). --holdout P evaluates only rows whose text falls in the first P of
 * 100 hash buckets and, when training, leaves those buckets out of the training rows, so one file
 * can serve as both training and unseen evaluation data.
 *
 * A model scored on the rows it learned from says nothing about customers it has not met, so rows
 * whose text (up to case, punctuation and digits) is among the model's training examples are never
 * scored: they are counted and left out, and a file made only of them is refused.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { parseCsvRecords, selectColumns } from "../lib/models/offline/csv";
import { defaultTrainingFiles, getIntentClassifier, parseTrainingCsv } from "../lib/models/offline/default-intent-model";
import { isHeldOut } from "../lib/models/offline/holdout";
import { trainIntentModel } from "../lib/models/offline/intent-model";
import { duplicateKey } from "../lib/models/offline/text";

interface LabelStats {
  label: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

function readExamples(file: string, textColumn: string, labelColumn: string) {
  return selectColumns(parseCsvRecords(readFileSync(file, "utf8")), textColumn, labelColumn);
}

function scoreLabels(pairs: ReadonlyArray<{ gold: string; predicted: string }>): LabelStats[] {
  const labels = [...new Set(pairs.flatMap(({ gold, predicted }) => [gold, predicted]))].sort();
  return labels.map((label) => {
    const truePositives = pairs.filter((p) => p.gold === label && p.predicted === label).length;
    const predicted = pairs.filter((p) => p.predicted === label).length;
    const support = pairs.filter((p) => p.gold === label).length;
    const precision = predicted ? truePositives / predicted : 0;
    const recall = support ? truePositives / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { label, precision, recall, f1, support };
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      file: { type: "string" },
      text: { type: "string", default: "text" },
      label: { type: "string", default: "label" },
      train: { type: "string" },
      holdout: { type: "string" },
    },
  });
  if (!values.file) throw new Error("usage: eval --file <csv> --text <column> --label <column> [--train <csv>] [--holdout <percent>]");
  const holdout = values.holdout === undefined ? undefined : Number(values.holdout);
  if (holdout !== undefined && !(holdout > 0 && holdout < 100)) throw new Error("--holdout must be a percentage between 0 and 100");

  const training = values.train
    ? readExamples(values.train, values.text, values.label).filter(
        (example) => holdout === undefined || !isHeldOut(example.text, holdout),
      )
    : defaultTrainingFiles().flatMap((file) => parseTrainingCsv(readFileSync(file, "utf8")));
  const learned = new Set(training.map((example) => duplicateKey(example.text)));
  const candidates = readExamples(values.file, values.text, values.label).filter(
    (example) => holdout === undefined || isHeldOut(example.text, holdout),
  );
  const evaluation = candidates.filter((example) => !learned.has(duplicateKey(example.text)));
  const seen = candidates.length - evaluation.length;
  if (evaluation.length === 0) {
    throw new Error(
      `All ${candidates.length} rows of ${values.file} are examples the model was trained on, so their score would say nothing about new messages. ` +
        "Evaluate on other data, or train on this file with --train and keep part of it out with --holdout 20.",
    );
  }
  if (seen > 0) console.log(`left out ${seen} of ${candidates.length} rows: the model was trained on them`);
  const classifier = values.train ? await trainIntentModel(training) : await getIntentClassifier();

  const predictions = await classifier.classifyAll(evaluation.map(({ text }) => text));
  const pairs = evaluation.map(({ label }, i) => ({ gold: label, predicted: predictions[i]!.intent }));
  const accuracy = pairs.filter((p) => p.gold === p.predicted).length / pairs.length;
  const stats = scoreLabels(pairs);
  // Labels that never occur in the evaluation file would only drag macro-F1 down with zeros.
  const scored = stats.filter((s) => s.support > 0);
  const macroF1 = scored.reduce((sum, s) => sum + s.f1, 0) / scored.length;

  const width = Math.max(5, ...stats.map((s) => s.label.length));
  const { validation } = classifier;
  console.log(
    `stages: ${classifier.stages.join(" + ")}` +
      (validation
        ? ` (chosen on ${validation.n} held-out training rows: lexical ${validation.lexicalAccuracy.toFixed(4)}, two-stage ${validation.stagedAccuracy?.toFixed(4) ?? "not needed"})`
        : " (too few training rows to compare the stages)"),
  );
  console.log(`${"label".padEnd(width)}  precision  recall     f1  support`);
  for (const s of stats) {
    console.log(
      `${s.label.padEnd(width)}  ${s.precision.toFixed(3).padStart(9)}  ${s.recall.toFixed(3).padStart(6)}  ${s.f1.toFixed(3).padStart(5)}  ${String(s.support).padStart(7)}`,
    );
  }
  console.log(`\naccuracy ${accuracy.toFixed(4)}  macro-F1 ${macroF1.toFixed(4)}  n ${pairs.length}`);
  console.log(JSON.stringify({ accuracy, macro_f1: macroF1, n: pairs.length }));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
