import { test } from "node:test";
import assert from "node:assert/strict";
import { detectHandoffLoop } from "../../lib/signals/handoff-loop";

test("triage dispatching to one specialist is not a hop", () => {
  assert.deepEqual(detectHandoffLoop(["triage", "knowledge", "triage", "knowledge"], 3), {
    hops: 0,
    pingPong: false,
    looping: false,
    evidence: "handled by knowledge only",
  });
  assert.deepEqual(detectHandoffLoop([], 3), { hops: 0, pingPong: false, looping: false, evidence: "no specialist yet" });
});

test("hops count moves between different specialists", () => {
  assert.deepEqual(detectHandoffLoop(["triage", "knowledge", "transactions", "account"], 3), {
    hops: 2,
    pingPong: false,
    looping: false,
    evidence: "2 hops: knowledge → transactions → account",
  });
});

test("more hops than the maximum is a loop", () => {
  const chain = ["triage", "knowledge", "transactions", "account", "technical", "transactions"];
  const result = detectHandoffLoop(chain, 3);
  assert.equal(result.hops, 4);
  assert.equal(result.looping, true);
  assert.equal(detectHandoffLoop(chain, 4).looping, false);
});

test("A → B → A is a ping-pong whatever the hop count", () => {
  const result = detectHandoffLoop(["triage", "account", "technical", "transactions", "technical"], 10);
  assert.deepEqual(result, {
    hops: 3,
    pingPong: true,
    looping: true,
    evidence: "ping-pong technical → transactions → technical in account → technical → transactions → technical",
  });
});
