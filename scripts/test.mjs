// `npm test`: every test, in the order a failure is cheapest to read: the linter (`npm run lint`),
// unit and integration tests on node's test runner, then the browser tests against the real server
// in Chromium.
// The production build comes first: the concurrency suite in tests/cluster starts real instances
// of the server, and the browser tests reuse the same build.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { buildIfStale } from "./next-build.mjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

function testFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return testFiles(full);
    return entry.endsWith(".test.ts") ? [full] : [];
  });
}

function run(command, args, extraEnv = {}) {
  const result = spawnSync(command, args, { cwd: root, env: { ...env, ...extraEnv }, stdio: ["ignore", "pipe", "inherit"], encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  process.stdout.write(result.stdout ?? "");
  return { status: result.status ?? 1, stdout: result.stdout ?? "" };
}

const totals = { passed: 0, failed: 0, skipped: 0 };

// A lint finding fails the run (counted as one failure), but the tests still run so one report
// shows everything.
const lint = run("npm", ["run", "--silent", "lint"]);
if (lint.status !== 0) console.log("lint: failed (findings above)");

buildIfStale();
const unit = run(process.execPath, ["--import", "tsx", "--test", "--test-reporter=spec", "--test-concurrency=1", ...testFiles(path.join(root, "tests"))]);
const count = (label) => Number(unit.stdout.match(new RegExp(`ℹ ${label} (\\d+)`))?.[1] ?? 0);
totals.passed += count("pass");
totals.failed += count("fail");
totals.skipped += count("skipped");
if (unit.status !== 0 && count("fail") === 0) totals.failed += 1;

const reportFile = path.join(root, "test-results", "e2e-report.json");
const e2e = run(path.join(root, "node_modules", ".bin", "playwright"), ["test"], { PLAYWRIGHT_JSON_OUTPUT_NAME: reportFile });
if (existsSync(reportFile)) {
  const stats = JSON.parse(readFileSync(reportFile, "utf8")).stats ?? {};
  totals.passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  totals.failed += stats.unexpected ?? 0;
  totals.skipped += stats.skipped ?? 0;
}
if (e2e.status !== 0 && totals.failed === 0) totals.failed += 1;
if (lint.status !== 0) totals.failed += 1;

console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(lint.status === 0 && unit.status === 0 && e2e.status === 0 ? 0 : 1);
