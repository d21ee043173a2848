import { test } from "node:test";
import assert from "node:assert/strict";
import { chooseModel } from "../../lib/models/provider";
import { costInDollars, priceOf } from "../../lib/models/prices";

test("with no key configured the embedded offline engine answers", () => {
  const choice = chooseModel({});
  assert.equal(choice.provider, "offline");
});

test("a configured key selects that provider and model", () => {
  assert.deepEqual(
    { provider: chooseModel({ OPENAI_API_KEY: "k", OPENAI_MODEL: "gpt-4.1-mini" }).provider, model: chooseModel({ OPENAI_API_KEY: "k", OPENAI_MODEL: "gpt-4.1-mini" }).modelId },
    { provider: "openai", model: "gpt-4.1-mini" },
  );
  assert.equal(chooseModel({ ANTHROPIC_API_KEY: "k" }).provider, "anthropic");
  const local = chooseModel({ OPENAI_COMPATIBLE_BASE_URL: "http://127.0.0.1:11434/v1", OPENAI_COMPATIBLE_MODEL: "llama3.1" });
  assert.deepEqual([local.provider, local.modelId], ["openai-compatible", "llama3.1"]);
  assert.deepEqual(local.jsonModes.map((m) => m.format), ["json_schema", "json_object"], "an OpenAI-compatible server is asked for the schema first, then any JSON");
});

test("cost is computed from token use for priced models only; a workspace's price wins", () => {
  assert.equal(costInDollars(priceOf("gpt-4o-mini"), { inputTokens: 1_000_000, outputTokens: 1_000_000 }), 0.75);
  assert.equal(costInDollars(priceOf("gpt-4o-mini-2024-07-18"), { inputTokens: 1_000_000, outputTokens: 0 }), 0.15, "a dated snapshot costs what its model does");
  assert.equal(costInDollars(priceOf("llama3.1"), { inputTokens: 10, outputTokens: 10 }), null);
  const own = { "llama3.1": { inputPerMillion: 0.2, outputPerMillion: 0.2 }, "gpt-4o-mini": { inputPerMillion: 1, outputPerMillion: 1 } };
  assert.equal(costInDollars(priceOf("llama3.1", own), { inputTokens: 1_000_000, outputTokens: 1_000_000 }), 0.4);
  assert.equal(costInDollars(priceOf("gpt-4o-mini", own), { inputTokens: 1_000_000, outputTokens: 0 }), 1);
});
