/** The alert rules by id, with the name the console shows; kept apart from the rules so the browser bundle stays small. */
export const alertRuleTitles = {
  escalation_rate: "Escalation rate",
  intent_spike: "Intent spike",
  sla_breach_imminent: "SLA breach imminent",
  unstaffed_queue: "Queue with nobody online",
  csat_falling: "CSAT falling",
  model_failures: "Model failing",
} as const;

export type AlertRuleId = keyof typeof alertRuleTitles;

export function alertRuleTitle(rule: string): string {
  return rule in alertRuleTitles ? alertRuleTitles[rule as AlertRuleId] : rule;
}
