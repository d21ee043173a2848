import { test } from "node:test";
import assert from "node:assert/strict";
import { chooseModel, costInDollars } from "../../lib/models/provider";

test("with no key configured the embedded offline engine answers", () => {
  const choice = chooseModel({});
  assert.equal(choice.provider, "offline");
  assert.equal(choice.pricing, null);
});

test("a configured key selects that provider and model", () => {
  assert.deepEqual(
    { provider: chooseModel({ OPENAI_API_KEY: "k", OPENAI_MODEL: "gpt-4.1-mini" }).provider, model: chooseModel({ OPENAI_API_KEY: "k", OPENAI_MODEL: "gpt-4.1-mini" }).modelId },
    { provider: "openai", model: "gpt-4.1-mini" },
  );
  assert.equal(chooseModel({ ANTHROPIC_API_KEY: "k" }).provider, "anthropic");
  const local = chooseModel({ OPENAI_COMPATIBLE_BASE_URL: "http://127.0.0.1:11434/v1", OPENAI_COMPATIBLE_MODEL: "llama3.1" });
  assert.deepEqual([local.provider, local.modelId], ["openai-compatible", "llama3.1"]);
});

test("cost is computed from token use for priced models only", () => {
  const priced = chooseModel({ OPENAI_API_KEY: "k", OPENAI_MODEL: "gpt-4o-mini" });
  assert.equal(costInDollars(priced, { inputTokens: 1_000_000, outputTokens: 1_000_000 }), 0.75);
  assert.equal(costInDollars(chooseModel({}), { inputTokens: 10, outputTokens: 10 }), null);
});
