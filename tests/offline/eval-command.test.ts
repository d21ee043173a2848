import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

function evalCommand(args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", "scripts/eval.ts", ...args], { encoding: "utf8" });
}

test("`npm run eval` refuses to score the shipped model on its own training file", () => {
  const run = evalCommand(["--file", "datasets/desk-intents/desk_intents.csv", "--text", "text", "--label", "intent"]);
  assert.notEqual(run.status, 0);
  assert.match(run.stderr, /are examples the model was trained on/);
  assert.doesNotMatch(run.stdout, /accuracy/);
});

test("`npm run eval` leaves out rows the freshly trained model learned and scores only the rest", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "desk-eval-"));
  try {
    const rows = (pairs: Array<[string, string]>) => ["text,label", ...pairs.map(([text, label]) => `${text},${label}`)].join("\n");
    const training: Array<[string, string]> = [];
    for (let i = 0; i < 12; i++) {
      training.push([`where is my parcel number ${i}`, "track"], [`track shipment ${i} please`, "track"]);
      training.push([`I want my money back for item ${i}`, "refund"], [`refund order ${i} now`, "refund"]);
    }
    writeFileSync(path.join(dir, "train.csv"), rows(training));
    // Two rows repeat training examples (differing only in case and digits), two are new.
    writeFileSync(
      path.join(dir, "test.csv"),
      rows([["Where is my parcel number 99", "track"], ["REFUND ORDER 7 NOW", "refund"], ["has my parcel shipped yet", "track"], ["please give me my money back", "refund"]]),
    );
    const run = evalCommand(["--train", path.join(dir, "train.csv"), "--file", path.join(dir, "test.csv")]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /left out 2 of 4 rows: the model was trained on them/);
    const summary = JSON.parse(run.stdout.trim().split("\n").at(-1)!) as { n: number };
    assert.equal(summary.n, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
