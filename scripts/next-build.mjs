// Builds the Next.js app when there is no build yet or a source file is newer than the last one,
// so `npm start` and `npm test` always serve the current code without rebuilding needlessly.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const sources = ["app", "components", "lib", "public", "types", "next.config.js", "postcss.config.mjs", "package-lock.json", "tsconfig.json"];
const skip = new Set(["generated", "node_modules"]);

function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(target)) {
    if (skip.has(entry)) continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

export function buildIsStale() {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  if (!existsSync(path.join(root, "public", "widget", "manifest.json"))) return true;
  const built = statSync(buildId).mtimeMs;
  return sources.some((s) => newestMtime(path.join(root, s)) > built);
}

export function buildIfStale() {
  if (!buildIsStale()) return;
  console.log("Building the web app (first start or changed sources)…");
  // The widget's chat bundle goes into public/, which Next.js only serves if it exists at build time.
  const widget = spawnSync(process.execPath, [path.join(root, "scripts", "widget-build.mjs")], { cwd: root, stdio: "inherit" });
  if (widget.status !== 0) {
    console.error("widget build failed");
    process.exit(widget.status ?? 1);
  }
  const result = spawnSync(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
  });
  if (result.status !== 0) {
    console.error("next build failed");
    process.exit(result.status ?? 1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) buildIfStale();
