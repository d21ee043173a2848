import type { ConversationFacts, HumanSpell } from "./conversation-facts";
import { csatByAgent } from "./satisfaction";
import { percentile } from "./statistics";

/**
 * Per-person numbers for the agents page. Presence is stored only as it is now, not as a history,
 * so occupancy is measured as how many conversations a person carried at once while carrying any.
 */

export interface AgentRow {
  agentId: string;
  agentName: string;
  handoffsAssigned: number;
  conversationsHandled: number;
  firstReplyP50Seconds: number | null;
  handleTimeP50Seconds: number | null;
  csat: number | null;
  ratings: number;
  /** Time owning at least one conversation. */
  busySeconds: number;
  /** Conversation-time owned over busy time: 1 means one at a time. */
  averageConcurrent: number | null;
  openNow: number;
  maxConcurrent: number;
}

export interface TeamMember {
  id: string;
  name: string;
  role: string;
  maxConcurrentChats: number;
  /** Conversations assigned to them and not resolved, at this moment. */
  openNow: number;
}

const seconds = (ms: number | null) => (ms === null ? null : Math.round(ms / 1000));

/** Length of the union of [start, end) intervals. */
function coveredMs(intervals: readonly [number, number][]): number {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let reach = -Infinity;
  for (const [start, end] of sorted) {
    if (end <= reach) continue;
    total += end - Math.max(start, reach);
    reach = end;
  }
  return total;
}

/**
 * Everything but the load now covers conversations started in the period; a spell still running
 * is counted up to `now`. Supervisors and admins appear once they have owned a conversation.
 */
export function agentPerformance(facts: readonly ConversationFacts[], team: readonly TeamMember[], now: Date): AgentRow[] {
  const spells = new Map<string, HumanSpell[]>();
  const handled = new Map<string, Set<string>>();
  for (const f of facts) {
    for (const spell of f.humanSpells) {
      const list = spells.get(spell.userId) ?? [];
      list.push(spell);
      spells.set(spell.userId, list);
      const conversations = handled.get(spell.userId) ?? new Set<string>();
      conversations.add(f.id);
      handled.set(spell.userId, conversations);
    }
    // A supervisor may resolve a queued conversation without ever owning it; they handled it all
    // the same and belong in the table.
    for (const userId of [f.lastHumanId, f.lastResolution?.byUserId ?? null]) {
      if (userId === null) continue;
      handled.set(userId, (handled.get(userId) ?? new Set<string>()).add(f.id));
    }
  }
  const csat = new Map(csatByAgent(facts, team).map((row) => [row.agentId, row]));
  return team
    .filter((person) => person.role === "agent" || handled.has(person.id) || person.openNow > 0)
    .map((person) => {
      const own = spells.get(person.id) ?? [];
      const intervals = own.map((s): [number, number] => [s.start, s.end ?? now.getTime()]);
      const busy = coveredMs(intervals);
      const owned = intervals.reduce((sum, [start, end]) => sum + (end - start), 0);
      return {
        agentId: person.id,
        agentName: person.name,
        handoffsAssigned: own.filter((s) => s.assigned).length,
        conversationsHandled: handled.get(person.id)?.size ?? 0,
        firstReplyP50Seconds: seconds(percentile(own.flatMap((s) => (s.firstReplyAt === null ? [] : [s.firstReplyAt - s.start])), 50)),
        handleTimeP50Seconds: seconds(percentile(own.flatMap((s) => (s.resolvedAt === null ? [] : [s.resolvedAt - s.start])), 50)),
        csat: csat.get(person.id)?.average ?? null,
        ratings: csat.get(person.id)?.ratings ?? 0,
        busySeconds: Math.round(busy / 1000),
        averageConcurrent: busy === 0 ? null : owned / busy,
        openNow: person.openNow,
        maxConcurrent: person.maxConcurrentChats,
      };
    })
    .sort((a, b) => a.agentName.localeCompare(b.agentName));
}
