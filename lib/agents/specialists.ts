/**
 * Which AI specialist handles which intent, and how each introduces itself. Routing is a pure
 * lookup so every routing decision can name the rule that made it.
 */
export const specialistNames = ["knowledge", "transactions", "account", "technical", "engagement"] as const;
export type SpecialistName = (typeof specialistNames)[number];

const intentRoutes: Record<string, { specialist: SpecialistName; category: string }> = {
  track_order: { specialist: "transactions", category: "orders" },
  cancel_order: { specialist: "transactions", category: "orders" },
  change_order: { specialist: "transactions", category: "orders" },
  change_shipping_address: { specialist: "transactions", category: "orders" },
  set_up_shipping_address: { specialist: "transactions", category: "orders" },
  get_refund: { specialist: "transactions", category: "refunds" },
  track_refund: { specialist: "transactions", category: "refunds" },
  cancel_subscription: { specialist: "transactions", category: "billing" },
  change_plan: { specialist: "transactions", category: "billing" },
  recover_password: { specialist: "account", category: "account" },
  edit_account: { specialist: "account", category: "account" },
  create_account: { specialist: "account", category: "account" },
  delete_account: { specialist: "account", category: "privacy" },
  switch_account: { specialist: "account", category: "account" },
  registration_problems: { specialist: "account", category: "account" },
  technical_issue: { specialist: "technical", category: "troubleshooting" },
  payment_issue: { specialist: "knowledge", category: "billing" },
  greeting: { specialist: "engagement", category: "conversation" },
  thanks: { specialist: "engagement", category: "conversation" },
  goodbye: { specialist: "engagement", category: "conversation" },
  small_talk: { specialist: "engagement", category: "conversation" },
};

export interface IntentRoute {
  specialist: SpecialistName;
  category: string;
  reason: string;
}

export function routeIntent(intent: string): IntentRoute {
  const route = intentRoutes[intent];
  if (route) return { ...route, reason: `Intent ${intent} is handled by the ${route.specialist} agent.` };
  return { specialist: "knowledge", category: "general", reason: `Intent ${intent} is answered from the help centre.` };
}

/** How the customer hears about a specialist joining. */
export const specialistTitles: Record<SpecialistName, string> = {
  knowledge: "our help-centre specialist",
  transactions: "our orders and billing specialist",
  account: "our account specialist",
  technical: "our technical support specialist",
  engagement: "our assistant",
};

/** Help-centre categories each specialist draws on, so a technical question gets troubleshooting steps. */
export const specialistArticleCategories: Partial<Record<SpecialistName, string[]>> = {
  technical: ["troubleshooting"],
};

/**
 * How sure triage is of the specialist, rather than of the exact intent: "refund my order" split
 * between get_refund and track_refund still certainly belongs to the transactions agent.
 */
export function routeConfidence(intent: string, confidence: number, alternatives: readonly { intent: string; confidence: number }[]): number {
  const specialist = routeIntent(intent).specialist;
  const sameRoute = alternatives.filter((a) => a.intent !== intent && routeIntent(a.intent).specialist === specialist);
  return Math.min(1, confidence + sameRoute.reduce((sum, a) => sum + a.confidence, 0));
}
