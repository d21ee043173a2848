// `npm start`: one command from a fresh clone to a running desk. Builds when needed, then runs
// the server, which applies migrations and creates the demo data on an empty database.
import { spawn } from "node:child_process";
import path from "node:path";
import { buildIfStale } from "./next-build.mjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
buildIfStale();

const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "server.ts")], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
