import type { Db } from "../db";
import type { AgentAvailability } from "./routing";

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

/**
 * The workspace's agents as routing sees them: presence, skills, languages and how many chats
 * each is carrying now. Supervisors and admins are not routed to; they claim from the queue.
 */
export async function loadAgentAvailability(db: Db, workspaceId: string): Promise<AgentAvailability[]> {
  const [agents, load] = await Promise.all([
    db.user.findMany({
      where: { workspaceId, role: "agent", active: true },
      select: { id: true, name: true, skills: true, languages: true, seniority: true, presence: true, maxConcurrentChats: true },
    }),
    db.conversation.groupBy({ by: ["assigneeId"], where: { workspaceId, status: "with_human", assigneeId: { not: null } }, _count: { _all: true } }),
  ]);
  const active = new Map(load.map((row) => [row.assigneeId, row._count._all]));
  return agents.map((a) => ({
    id: a.id,
    name: a.name,
    skills: stringList(a.skills),
    languages: stringList(a.languages),
    seniority: a.seniority,
    presence: a.presence,
    activeChats: active.get(a.id) ?? 0,
    maxConcurrentChats: a.maxConcurrentChats,
  }));
}
