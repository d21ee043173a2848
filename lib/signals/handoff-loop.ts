/**
 * Routing loops between AI agents. The triage agent dispatches every turn, so it is left out:
 * only moves from one specialist to another count as hops. A loop is one problem bouncing between
 * agents; a customer who asks about returns, then their address, then payment methods has asked
 * three questions, so the chain the detector sees starts again at each new topic (`opensNewTopic`).
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

/** Words that lean on what was said before: "it", "that one", "still", "again", "like you said". */
// Only unambiguous words: "that" is as often a relative pronoun, and Spanish and French articles
// ("la", "le") are not references.
const BACK_REFERENCE =
  /(?<![\p{L}])(it|its|it's|that's|that one|this one|those|them|they|still|again|instead|same|already|like you said|as you said|you said|as i said|the one|eso|esto|todavía|aún|otra vez|ça|cela|encore|toujours|dies|diese|noch|wieder|immer noch)(?![\p{L}])/iu;

const STOPWORDS = new Set(
  "a an the i i'm im me my we our you your to of in on for at by with and or but so as is are was were be been do does did can could would will just please hi hello hey how what where when why which who there here have has had get not no yes ok okay thanks thank".split(" "),
);

function contentWords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? []).filter((word) => word.length > 2 && !STOPWORDS.has(word)));
}

/** Whether a message leans on the conversation before it rather than standing on its own. */
export function refersBack(text: string): boolean {
  return BACK_REFERENCE.test(text);
}

/**
 * Whether a customer message raises a new problem rather than carrying on with the last one: it
 * stands on its own (no "it", "still", "again", "like you said") and shares no content word with
 * the customer's previous message.
 */
export function opensNewTopic(text: string, earlierCustomerTurns: readonly string[]): boolean {
  const previous = earlierCustomerTurns.at(-1);
  if (previous === undefined) return true;
  if (refersBack(text)) return false;
  const before = contentWords(previous);
  for (const word of contentWords(text)) if (before.has(word)) return false;
  return true;
}
