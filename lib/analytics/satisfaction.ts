import type { ConversationFacts } from "./conversation-facts";
import { stayedWithAi } from "./overview";
import { meanOf, type RunningMean } from "./statistics";

export interface AgentCsatRow {
  agentId: string;
  agentName: string;
  ratings: number;
  average: number | null;
}

/** Ratings of conversations a person handled, credited to the person who last owned or wrote in it. */
export function csatByAgent(facts: readonly ConversationFacts[], staff: readonly { id: string; name: string }[]): AgentCsatRow[] {
  const names = new Map(staff.map((s) => [s.id, s.name]));
  const byAgent = new Map<string, RunningMean>();
  for (const f of facts) {
    if (f.csat === null || stayedWithAi(f) || f.lastHumanId === null) continue;
    const mean = byAgent.get(f.lastHumanId) ?? { sum: 0, count: 0 };
    mean.sum += f.csat;
    mean.count++;
    byAgent.set(f.lastHumanId, mean);
  }
  return [...byAgent]
    .map(([agentId, mean]) => ({ agentId, agentName: names.get(agentId) ?? agentId, ratings: mean.count, average: meanOf(mean) }))
    .sort((a, b) => a.agentName.localeCompare(b.agentName));
}
