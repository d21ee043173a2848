import { test } from "node:test";
import assert from "node:assert/strict";
import { alertCheckQueue, mergeDue, type DueChecks } from "../../lib/alerts/alert-watch";

test("requests are merged: any request for every workspace covers the named ones", () => {
  assert.equal(mergeDue(null, "all"), "all");
  assert.equal(mergeDue(new Set(["a"]), "all"), "all");
  assert.equal(mergeDue("all", new Set(["a"])), "all");
  assert.deepEqual(mergeDue(new Set(["a"]), new Set(["b", "a"])), new Set(["a", "b"]));
});

test("passes never overlap: requests made during a pass make exactly one next pass", async () => {
  const passes: DueChecks[] = [];
  let finishPass: () => void = () => {};
  const checks = alertCheckQueue(async (due) => {
    passes.push(due);
    await new Promise<void>((resolve) => (finishPass = resolve));
  });

  checks.request(new Set(["w1"]));
  checks.request(new Set(["w2"]));
  checks.request(new Set(["w3"]));
  assert.deepEqual(passes, [new Set(["w1"])]);

  finishPass();
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepEqual(passes, [new Set(["w1"]), new Set(["w2", "w3"])]);
  finishPass();
  await checks.settled();
  assert.equal(passes.length, 2);
});

test("a failing pass does not stop the next one", async () => {
  const passes: DueChecks[] = [];
  const errors: unknown[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => errors.push(args);
  try {
    const checks = alertCheckQueue(async (due) => {
      passes.push(due);
      if (passes.length === 1) throw new Error("database away");
    });
    checks.request("all");
    checks.request(new Set(["w1"]));
    await checks.settled();
  } finally {
    console.error = original;
  }
  assert.deepEqual(passes, ["all", new Set(["w1"])]);
  assert.equal(errors.length, 1);
});
