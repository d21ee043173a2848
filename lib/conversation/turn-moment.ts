import { AsyncLocalStorage } from "node:async_hooks";

/**
 * The moment a customer turn acts as of, for the work its writes set off in listeners (the handoff
 * its decision owes): the turn's start for a live turn; a past moment with the team online then for
 * a replay of recorded conversations (the demo's history), so a replayed handoff is routed as it
 * was then. Work set off by anything else acts now, with the team's stored presence.
 */
export interface TurnMoment {
  at: Date;
  /** Replays say who of the team was online; live turns leave it to the stored presence. */
  agentsOnline?: readonly string[];
}

const moments = new AsyncLocalStorage<TurnMoment>();

export function asOfTurnMoment<T>(moment: TurnMoment, work: () => Promise<T>): Promise<T> {
  return moments.run(moment, work);
}

export function currentTurnMoment(): TurnMoment {
  return moments.getStore() ?? { at: new Date() };
}
