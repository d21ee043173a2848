import { getDb, type Db } from "../db";
import { dispatch } from "../events/dispatcher";
import type { SupervisorAlertView } from "../realtime/events";
import { parseWorkspaceSettings } from "../workspace/settings";
import { raiseAlerts } from "./alert-store";
import { evaluateAlertRules } from "./rules";
import { loadAlertSnapshot } from "./snapshot";

/**
 * The server's watch over the alert rules: every workspace is evaluated every 30 seconds, and a
 * workspace is evaluated again as soon as one of its conversations escalates, so a queue filling
 * up is announced when it happens rather than up to half a minute later.
 */

const CHECK_EVERY_MS = 30_000;

/** Evaluates one workspace's rules now, stores what is new and tells its supervisors. */
export async function checkWorkspaceAlerts(db: Db, workspaceId: string, now = new Date()): Promise<SupervisorAlertView[]> {
  const workspace = await db.workspace.findUniqueOrThrow({ where: { id: workspaceId } });
  const settings = parseWorkspaceSettings(workspace);
  const fired = evaluateAlertRules(await loadAlertSnapshot(db, workspaceId, settings, workspace.timezone, now), settings.alerts, now);
  const raised = await raiseAlerts(db, workspaceId, fired, now);
  void dispatch(raised.map((alert) => ({ kind: "alert_raised" as const, workspaceId, alert })), db);
  return raised;
}

/** Which workspaces a pass evaluates: every one, or those named. */
export type DueChecks = "all" | ReadonlySet<string>;

/** Requests arriving while a pass runs are folded into one next pass. */
export function mergeDue(pending: DueChecks | null, request: DueChecks): DueChecks {
  if (pending === "all" || request === "all") return "all";
  return pending ? new Set([...pending, ...request]) : request;
}

/**
 * Runs passes one at a time: a request made during a pass waits for it, and any number of such
 * requests make a single next pass.
 */
export function alertCheckQueue(runPass: (due: DueChecks) => Promise<void>) {
  let pending: DueChecks | null = null;
  let draining: Promise<void> | null = null;

  async function drain(): Promise<void> {
    while (pending) {
      const due = pending;
      pending = null;
      try {
        await runPass(due);
      } catch (error) {
        console.error("Checking the alert rules failed:", error);
      }
    }
    draining = null;
  }

  return {
    request(due: DueChecks): void {
      pending = mergeDue(pending, due);
      draining ??= drain();
    },
    /** Resolves once no pass is running or waiting. */
    settled(): Promise<void> {
      return draining ?? Promise.resolve();
    },
  };
}

async function runPass(due: DueChecks): Promise<void> {
  const db = await getDb();
  const workspaceIds = due === "all" ? (await db.workspace.findMany({ select: { id: true } })).map((w) => w.id) : [...due];
  for (const workspaceId of workspaceIds) await checkWorkspaceAlerts(db, workspaceId);
}

// Escalations are handled in the socket server's module graph and in Next's route bundle; both
// run in this one process, so the started watch is found through globalThis.
const globalForAlerts = globalThis as unknown as { deskAlertChecks?: ReturnType<typeof alertCheckQueue> };

/** Asks for a workspace's rules to be evaluated soon; does nothing where no watch was started (scripts, tests, the demo replay). */
export function requestAlertCheck(workspaceId: string): void {
  globalForAlerts.deskAlertChecks?.request(new Set([workspaceId]));
}

/** Starts the periodic evaluation in the server process; the returned function stops it. */
export function startAlertWatch(everyMs = CHECK_EVERY_MS): () => void {
  const checks = alertCheckQueue(runPass);
  globalForAlerts.deskAlertChecks = checks;
  checks.request("all");
  const timer = setInterval(() => checks.request("all"), everyMs);
  timer.unref();
  return () => {
    clearInterval(timer);
    if (globalForAlerts.deskAlertChecks === checks) delete globalForAlerts.deskAlertChecks;
  };
}
