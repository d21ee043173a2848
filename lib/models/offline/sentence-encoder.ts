import type { Worker } from "node:worker_threads";
import { typescriptWorker } from "./typescript-worker";

/**
 * Universal Sentence Encoder (lite), shipped inside an npm package and run on TensorFlow.js's
 * WebAssembly backend: no network, no keys. It places paraphrases near each other even when they
 * share no words ("my card never came" / "still waiting for the card"), which word n-grams cannot.
 *
 * It runs in a thread of its own (sentence-encoder-worker.ts): reading a question takes about half
 * of a customer turn's computation, and there it no longer holds up the other conversations, the
 * sockets and the requests on the desk's event loop, while a turn's other work goes on meanwhile.
 */
export const SENTENCE_DIMENSIONS = 512;

export interface EncodeRequest {
  id: number;
  texts: readonly string[];
}

export type EncodeReply = { id: number; vectors: Float32Array[] } | { id: number; error: string };

interface EncoderThread {
  worker: Worker;
  waiting: Map<number, { resolve: (vectors: Float32Array[]) => void; reject: (error: Error) => void }>;
}

let thread: EncoderThread | undefined;
let requests = 0;

function encoderThread(): EncoderThread {
  if (thread) return thread;
  const current: EncoderThread = { worker: typescriptWorker("sentence-encoder-worker.ts"), waiting: new Map() };
  const { worker, waiting } = current;
  worker.on("message", (reply: EncodeReply) => {
    const waiter = waiting.get(reply.id);
    waiting.delete(reply.id);
    // An idle encoder does not keep the process alive; one with texts to read does.
    if (waiting.size === 0) worker.unref();
    if ("error" in reply) waiter?.reject(new Error(reply.error));
    else waiter?.resolve(reply.vectors);
  });
  // A thread that died is replaced at the next call, as a model that failed to load is retried.
  const stopped = (error: Error) => {
    if (thread === current) thread = undefined;
    for (const waiter of waiting.values()) waiter.reject(error);
    waiting.clear();
  };
  worker.on("error", stopped);
  worker.on("exit", (code) => stopped(new Error(`The sentence encoder's thread stopped (exit code ${code})`)));
  worker.unref();
  thread = current;
  return current;
}

/** Unit-length embeddings, one per text, in order. */
export function encodeSentences(texts: readonly string[]): Promise<Float32Array[]> {
  // A one-stage model never needs the encoder; its thread is not even started then.
  if (texts.length === 0) return Promise.resolve([]);
  const { worker, waiting } = encoderThread();
  const id = requests++;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    worker.ref();
    worker.postMessage({ id, texts } satisfies EncodeRequest);
  });
}
