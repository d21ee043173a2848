import { test } from "node:test";
import assert from "node:assert/strict";
import { encodeSentences, SENTENCE_DIMENSIONS } from "../../lib/models/offline/sentence-encoder";

const cosine = (a: Float32Array, b: Float32Array) => a.reduce((sum, value, i) => sum + value * b[i]!, 0);

test("questions read at the same time each get their own reading, the same as when read one after another", async () => {
  const questions = [["where is my order?", "my parcel never arrived"], ["how do I reset my password"], ["do you ship to Canada", "what payment methods do you accept?"]];
  const apart: Float32Array[][] = [];
  for (const texts of questions) apart.push(await encodeSentences(texts));
  const together = await Promise.all(questions.map((texts) => encodeSentences(texts)));
  assert.deepEqual(together, apart);
  for (const vectors of together) for (const vector of vectors) assert.equal(vector.length, SENTENCE_DIMENSIONS);
  // Paraphrases stay close and unrelated questions apart: the readings are the model's, not noise.
  const [order, parcel] = together[0]!;
  const [password] = together[1]!;
  assert.ok(cosine(order!, parcel!) > cosine(order!, password!));
});

test("nothing to read needs no encoder", async () => {
  assert.deepEqual(await encodeSentences([]), []);
});
