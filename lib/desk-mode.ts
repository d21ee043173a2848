/**
 * Whether this desk is the one-command demo or a business's real desk. Demo mode creates the demo
 * store on an empty database and prints its sign-ins; production mode never does, refuses the
 * published demo passwords and makes the first admin from the environment or a one-time setup link.
 */
export type DeskMode = "demo" | "production";

export interface DeskModeDecision {
  mode: DeskMode;
  /** Why, in words for the start banner. */
  reason: string;
}

/**
 * `DESK_MODE` when set; otherwise demo for the quick start's embedded SQLite (DATABASE_URL unset or
 * `file:`) and production for anything else, since a shared database server means real data.
 */
export function deskMode(env: Record<string, string | undefined> = process.env): DeskModeDecision {
  const configured = env.DESK_MODE?.trim();
  if (configured) {
    if (configured !== "demo" && configured !== "production") {
      throw new Error(`DESK_MODE must be "demo" or "production", not ${JSON.stringify(configured)}.`);
    }
    return { mode: configured, reason: `DESK_MODE=${configured}` };
  }
  const url = env.DATABASE_URL?.trim();
  if (!url) return { mode: "demo", reason: "DATABASE_URL is unset (the embedded SQLite quick start)" };
  if (/^file:/i.test(url)) return { mode: "demo", reason: "DATABASE_URL is an embedded SQLite file" };
  return { mode: "production", reason: "DATABASE_URL names a database server" };
}
