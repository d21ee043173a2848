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

test("a new question on another topic opens a new topic; a follow-up does not", async () => {
  const { opensNewTopic } = await import("../../lib/signals/handoff-loop");
  assert.equal(opensNewTopic("how do I return an item?", []), true);
  assert.equal(opensNewTopic("can I change my shipping address?", ["how do I return an item?"]), true);
  assert.equal(opensNewTopic("what payment methods do you accept?", ["how do I return an item?", "can I change my shipping address?"]), true);
  assert.equal(opensNewTopic("I updated the card like you said but it still signs me out", ["my Lumen Plus renewal failed and now the app keeps signing me out"]), false);
  assert.equal(opensNewTopic("and the refund for the blender?", ["where is the refund for my blender"]), false);
});
