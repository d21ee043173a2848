/**
 * Routing loops between AI agents. The triage agent dispatches every turn, so it is left out:
 * only moves from one specialist to another count as hops.
 */

const TRIAGE_AGENT = "triage";

export interface HandoffLoop {
  /** Moves from one specialist to a different one. */
  hops: number;
  /** A specialist got the conversation back after handing it on (A → B → A). */
  pingPong: boolean;
  /** More hops than `maxHops`, or a ping-pong. */
  looping: boolean;
  evidence: string;
}

export function detectHandoffLoop(agentChain: readonly string[], maxHops: number): HandoffLoop {
  const specialists: string[] = [];
  for (const agent of agentChain) {
    if (agent === TRIAGE_AGENT) continue;
    // The same specialist answering several turns in a row is one stay, not several handoffs.
    if (specialists[specialists.length - 1] !== agent) specialists.push(agent);
  }
  const hops = Math.max(0, specialists.length - 1);
  const bounce = specialists.findIndex((agent, i) => i >= 2 && specialists[i - 2] === agent);
  const pingPong = bounce !== -1;
  return { hops, pingPong, looping: pingPong || hops > maxHops, evidence: describe(specialists, hops, bounce) };
}

function describe(specialists: string[], hops: number, bounce: number): string {
  const path = specialists.join(" → ");
  if (bounce !== -1) {
    const bounced = specialists.slice(bounce - 2, bounce + 1).join(" → ");
    return bounced === path ? `ping-pong ${path}` : `ping-pong ${bounced} in ${path}`;
  }
  if (hops > 0) return `${hops} hop${hops === 1 ? "" : "s"}: ${path}`;
  return specialists.length === 1 ? `handled by ${path} only` : "no specialist yet";
}
