import { parentPort, workerData } from "node:worker_threads";
import type { LabelledExample } from "./intent-classifier";
import { trainIntentModel } from "./intent-model";

// Runs in a worker thread (see `trainOffThread` in default-intent-model.ts) and hands the trained
// model back as JSON; reading and writing the cache stay with the caller.
trainIntentModel(workerData as LabelledExample[]).then((model) => parentPort!.postMessage(model.toJSON()));
