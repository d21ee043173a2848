import { parentPort, workerData } from "node:worker_threads";
import { loadIntentClassifier, type DefaultIntentModelOptions } from "./default-intent-model";

// Runs in a worker thread (see `loadIntentClassifierOffThread`): training is seconds to minutes of
// uninterrupted computation that would otherwise stall every socket and request of the desk.
loadIntentClassifier(workerData as DefaultIntentModelOptions).then((model) => parentPort!.postMessage(model.toJSON()));
