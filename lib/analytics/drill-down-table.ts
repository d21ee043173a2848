import type { Db } from "../db";
import { visitorLabel } from "../console/inbox-filters";
import type { DrillRow } from "./drill-down";
import { tierOf } from "./handoff-waits";
import { formatMoment, humanise } from "./tables";

/**
 * The drill-down list as rows of display strings, for the page and its CSV alike, so the file
 * says what the screen says. Customers are named; an anonymous visitor by the page they chatted on.
 */

export async function customerLabels(db: Db, workspaceId: string, conversationIds: string[]): Promise<Map<string, string>> {
  const conversations = await db.conversation.findMany({
    where: { workspaceId, id: { in: conversationIds } },
    select: { id: true, pageTitle: true, pageUrl: true, customer: { select: { name: true } } },
  });
  return new Map(conversations.map((c) => [c.id, c.customer?.name || visitorLabel({ contactEmail: null, pageTitle: c.pageTitle, pageUrl: c.pageUrl })]));
}

export function drillDownTable(
  rows: readonly DrillRow[],
  { customers, staff, timezone }: { customers: ReadonlyMap<string, string>; staff: readonly { id: string; name: string }[]; timezone: string },
): { columns: string[]; rows: string[][] } {
  const nameOf = (id: string | null) => (id === null ? "—" : (staff.find((s) => s.id === id)?.name ?? id));
  return {
    columns: ["Conversation", "Customer", `Started (${timezone})`, "Tier", "Intents", "Handoffs", "Last person", "Outcome", "CSAT"],
    rows: rows.map(({ facts: f, handoffs }) => [
      f.id,
      customers.get(f.id) ?? "Visitor",
      formatMoment(f.createdAt, timezone),
      tierOf(f),
      [...new Set(f.intents)].map(humanise).join(", ") || "—",
      handoffs === f.escalations.length ? String(handoffs) : `${handoffs} of ${f.escalations.length}`,
      nameOf(f.lastHumanId),
      f.lastResolution ? humanise(f.lastResolution.outcome) : "open",
      f.csat === null ? "—" : String(f.csat),
    ]),
  };
}
