import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker, type WorkerOptions } from "node:worker_threads";

/**
 * A worker thread running one of this folder's TypeScript modules. Worker threads do not inherit
 * the process's TypeScript loader, so the worker registers it before loading its module; the
 * module's path is built at run time to keep bundlers from trying to package it.
 */
export function typescriptWorker(moduleFile: string, options?: Omit<WorkerOptions, "eval">): Worker {
  const workerModule = pathToFileURL(path.join(process.cwd(), "lib", "models", "offline", moduleFile)).href;
  const bootstrap = `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(workerModule)}); })`;
  return new Worker(bootstrap, { ...options, eval: true });
}
