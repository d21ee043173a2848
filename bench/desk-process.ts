// One real desk, started as `npm start` starts it (server.ts over the production build in .next),
// on a scratch SQLite database with the demo store and its own signing secret, for benchmarks that
// drive it over HTTP and sockets from outside, as browsers do.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { onCpu } from "./cpu-pinning";

const root = path.resolve(import.meta.dirname, "..");
const READY_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 10_000;

export interface DeskProcess {
  url: string;
  pid: number;
  /** Signs staff sessions and widget tokens; a benchmark signs its console in with it. */
  secret: string;
  databaseUrl: string;
  /** Where the desk's stdout and stderr go. */
  logFile: string;
  /** Where /proc tells it: CPU time used (all threads) and time its main thread was ready to run but waited for a CPU. */
  cpuUse(): CpuUse | null;
  /** Stops the desk; the scratch directory is removed unless `keepLog`. */
  stop(options?: { keepLog?: boolean }): Promise<void>;
}

export interface CpuUse {
  cpuSeconds: number;
  /** Time lost to other processes on the same CPUs, not to anything the desk did. */
  mainThreadWaitingSeconds: number;
}

export interface DeskOptions {
  port: number;
  /** The CPU the desk runs on, where pinning is available. */
  cpu?: number;
  env?: Record<string, string>;
}

function buildWhenStale(): void {
  const build = spawnSync(process.execPath, [path.join(root, "scripts", "next-build.mjs")], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) throw new Error("The web app could not be built.");
}

const clockTicksPerSecond = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout?.trim()) || 100;

function processCpuUse(pid: number): CpuUse | null {
  try {
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // The main thread's nanoseconds on a CPU, then waiting in a run queue.
    const [, waitingNs] = readFileSync(`/proc/${pid}/schedstat`, "utf8").trim().split(" ").map(Number);
    return { cpuSeconds: (Number(fields[11]) + Number(fields[12])) / clockTicksPerSecond, mainThreadWaitingSeconds: waitingNs! / 1e9 };
  } catch {
    return null;
  }
}

function logTail(file: string): string {
  return readFileSync(file, "utf8").split("\n").slice(-30).join("\n");
}

export async function startDesk(options: DeskOptions): Promise<DeskProcess> {
  buildWhenStale();
  const scratch = mkdtempSync(path.join(os.tmpdir(), "desk-bench-instance-"));
  const databaseUrl = `file:${path.join(scratch, "desk.db")}`;
  const secret = randomBytes(32).toString("base64url");
  const logFile = path.join(scratch, "desk.log");
  const log = openSync(logFile, "a");
  const url = `http://127.0.0.1:${options.port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...options.env,
    PORT: String(options.port),
    HOST: "127.0.0.1",
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    NEXTAUTH_URL: url,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: secret,
    DESK_MODE: "demo",
    DESK_DEMO_HISTORY: "off",
    // Every browser a benchmark plays comes from this machine's one address.
    DESK_WIDGET_SESSIONS_PER_ADDRESS: "off",
  };
  // The offline engine on one process: no hosted model, no cross-instance adapter.
  for (const key of ["OPENAI_API_KEY", "ANTHROPIC_API_KEY", "OPENAI_COMPATIBLE_BASE_URL", "REDIS_URL", "NEXTAUTH_SECRET"]) delete env[key];
  const command = [process.execPath, "--import", "tsx", path.join(root, "server.ts")];
  const [file, args] = options.cpu === undefined ? [command[0]!, command.slice(1)] : onCpu(options.cpu, command);
  const child = spawn(file, args, { cwd: root, env, stdio: ["ignore", log, log] });
  closeSync(log);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The desk exited with code ${child.exitCode} before it was ready:\n${logTail(logFile)}`);
    const healthy = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
    if (healthy) break;
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`The desk did not answer /api/health within ${READY_TIMEOUT_MS / 1000} s:\n${logTail(logFile)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }

  return {
    url,
    pid: child.pid!,
    secret,
    databaseUrl,
    logFile,
    cpuUse: () => processCpuUse(child.pid!),
    async stop({ keepLog = false } = {}) {
      if (child.exitCode === null) {
        child.kill("SIGTERM");
        const killer = setTimeout(() => child.kill("SIGKILL"), STOP_TIMEOUT_MS);
        await exited;
        clearTimeout(killer);
      }
      if (!keepLog) rmSync(scratch, { recursive: true, force: true });
    },
  };
}
