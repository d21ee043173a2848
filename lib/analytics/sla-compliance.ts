import type { SlaPolicy } from "../workspace/settings";
import type { ConversationFacts } from "./conversation-facts";
import { slaOf, tierOf } from "./handoff-waits";
import { ratio } from "./statistics";

export interface SlaTierRow {
  tier: keyof SlaPolicy;
  targetSeconds: number;
  met: number;
  breached: number;
  pending: number;
  compliance: number | null;
}

export interface SlaBreach {
  conversationId: string;
  tier: keyof SlaPolicy;
  escalatedAt: Date;
  targetSeconds: number;
  waitedSeconds: number;
  /** False: nobody has answered yet (or did before the conversation closed). */
  replied: boolean;
}

export interface SlaCompliance {
  tiers: SlaTierRow[];
  breaches: SlaBreach[];
}

/** First-response compliance per tier for every handoff, with each breach listed, longest wait first. */
export function slaCompliance(facts: readonly ConversationFacts[], sla: SlaPolicy, now: Date): SlaCompliance {
  const tiers = (Object.keys(sla) as (keyof SlaPolicy)[]).map((tier) => ({ tier, targetSeconds: sla[tier].firstResponseSeconds, met: 0, breached: 0, pending: 0, compliance: null as number | null }));
  const breaches: SlaBreach[] = [];
  for (const f of facts) {
    const tier = tierOf(f);
    const row = tiers.find((t) => t.tier === tier)!;
    for (const escalation of f.escalations) {
      const reading = slaOf(escalation, f, sla, now.getTime());
      row[reading.status]++;
      if (reading.status === "breached") {
        breaches.push({ conversationId: f.id, tier, escalatedAt: new Date(escalation.at), targetSeconds: reading.targetSeconds, waitedSeconds: reading.waitedSeconds, replied: reading.replied });
      }
    }
  }
  for (const row of tiers) row.compliance = ratio(row.met, row.met + row.breached);
  breaches.sort((a, b) => b.waitedSeconds - a.waitedSeconds);
  return { tiers, breaches };
}
