import { execFileSync, spawnSync } from "node:child_process";
import os from "node:os";

/**
 * A client a benchmark drives the desk with stands for browsers on other machines. Sharing the
 * desk's cores, it would delay the desk (and the desk it) for reasons no real deployment meets, so
 * where the machine has two CPUs and `taskset`, each side gets one of its own.
 */
export const canPinCpus = os.availableParallelism() >= 2 && spawnSync("taskset", ["-V"]).status === 0;

/** Moves a running process, with all its threads, onto one CPU. */
export function pinProcess(pid: number, cpu: number): void {
  execFileSync("taskset", ["--all-tasks", "--pid", "--cpu-list", String(cpu), String(pid)]);
}

/** The command and arguments that start `command` on one CPU, or unchanged where pinning is unavailable. */
export function onCpu(cpu: number, command: readonly string[]): [string, string[]] {
  return canPinCpus ? ["taskset", ["--cpu-list", String(cpu), ...command]] : [command[0]!, command.slice(1)];
}
