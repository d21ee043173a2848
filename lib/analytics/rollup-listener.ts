import { openedDb, type Db } from "../db";
import { FACT_EVENT_TYPES } from "./load";
import { foldConversations } from "./rollups";

/**
 * Keeps the analytics rollups current: called with what just committed to conversations' logs,
 * after the commit, it re-folds those conversations into the rollups. It runs beside the request
 * rather than in it, and never fails its caller: a fold that fails (or is lost with its instance)
 * is redone by the conversation's next committed event, since each fold reads the whole log, and
 * a rebuild repairs everything.
 */

export interface CommittedEvent {
  workspaceId: string;
  conversationId: string;
  /** An event type, "message:<author>" for a message, "conversation:updated" after a change of owner or status, or "conversation:erased". */
  type: string;
}

const FACT_TYPES = new Set<string>([...FACT_EVENT_TYPES, "message:customer", "message:human", "conversation:updated", "conversation:erased"]);
const inFlight = new Set<Promise<void>>();

async function fold(events: readonly CommittedEvent[], db: Db | undefined): Promise<void> {
  const byWorkspace = new Map<string, Set<string>>();
  for (const event of events) {
    if (!FACT_TYPES.has(event.type)) continue;
    const ids = byWorkspace.get(event.workspaceId) ?? new Set<string>();
    ids.add(event.conversationId);
    byWorkspace.set(event.workspaceId, ids);
  }
  const client = db ?? (await openedDb());
  if (!client) return;
  for (const [workspaceId, ids] of byWorkspace) {
    try {
      await foldConversations(client, workspaceId, [...ids]);
    } catch (error) {
      console.error(`Analytics rollups: folding ${ids.size} conversation(s) failed; their next event folds them again.`, error);
    }
  }
}

/**
 * How long the commits of a moment are gathered into one fold: a customer's message and the turn
 * that answers it, or the turns of many conversations at once, are each read and written once
 * rather than once per commit. The rollups are that much later, which no reader of them notices.
 */
const GATHER_MS = 250;
let gathering: { events: CommittedEvent[]; db: Db | undefined; foldNow: () => void } | undefined;

/**
 * `db` is the client that wrote the events; without it, the process-wide client if one is open
 * (a script or test writing through a client of its own folds through that client's writes).
 */
export function foldCommittedEvents(events: readonly CommittedEvent[], db?: Db): void {
  if (gathering && gathering.db === db) {
    gathering.events.push(...events);
    return;
  }
  let foldNow!: () => void;
  const due = new Promise<void>((resolve) => (foldNow = resolve));
  const batch = { events: [...events], db, foldNow };
  gathering = batch;
  // Started later, so the notices of the write it follows leave first and the writes after it join it.
  const timer = setTimeout(foldNow, GATHER_MS);
  const folding = due
    .then(() => {
      clearTimeout(timer);
      if (gathering === batch) gathering = undefined;
      return fold(batch.events, db);
    })
    .catch((error: unknown) => console.error("Analytics rollups: a fold could not start.", error));
  inFlight.add(folding);
  void folding.finally(() => inFlight.delete(folding));
}

/**
 * Resolves once everything this instance committed before the call is folded, so a read right
 * after a write sees it. What is still gathering is folded at once rather than at the end of its
 * window, and folds started after the call are not waited for, so steady traffic never holds a
 * reader up.
 */
export async function foldsSettled(): Promise<void> {
  gathering?.foldNow();
  await Promise.all([...inFlight]);
}
