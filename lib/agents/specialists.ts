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
  acknowledgement: { specialist: "engagement", category: "conversation" },
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

/**
 * How sure triage is of the specialist, rather than of the exact intent: "refund my order" split
 * between get_refund and track_refund still certainly belongs to the transactions agent.
 */
export function routeConfidence(intent: string, confidence: number, alternatives: readonly { intent: string; confidence: number }[]): number {
  const specialist = routeIntent(intent).specialist;
  const sameRoute = alternatives.filter((a) => a.intent !== intent && routeIntent(a.intent).specialist === specialist);
  return Math.min(1, confidence + sameRoute.reduce((sum, a) => sum + a.confidence, 0));
}

export interface RoutingEvidence {
  intent: string;
  routeConfidence: number;
  asksSomething: boolean;
  /** The message asks how something is done or works rather than asking the desk to do it. */
  asksHowTo: boolean;
  /** The message asks the desk to do something for the customer rather than asking about it or describing a problem. */
  asksToAct: boolean;
  /** The message names one of the customer's orders, which an action or a lookup can act on. */
  namesOrder: boolean;
  /** Match of the best help-centre article for the message. */
  helpCentreConfidence: number;
  confidenceFloor: number;
}

/**
 * The specialist for a turn. The intent decides, except where the evidence says it is wrong:
 * a "small talk" message that the help centre answers well is a question (or a problem stated
 * without a question mark), a question about how something is done ("how do I cancel Lumen
 * Plus") with a strong article is answered from the article rather than acted on, and so is a
 * question about the shop's rules ("when will I get my refund?") or a problem described ("my
 * package is late") when it names no order and asks the desk to do nothing; an uncertain
 * transaction intent with a strong article behind it is answered from the article, and a
 * statement nobody understood is met with a clarifying question.
 */
export function chooseSpecialist(evidence: RoutingEvidence): IntentRoute {
  const route = routeIntent(evidence.intent);
  const { helpCentreConfidence: help, confidenceFloor: floor } = evidence;
  const helpCentreAnswers = evidence.asksSomething && help >= floor;
  const plainSmallTalk = evidence.routeConfidence >= floor && !evidence.asksSomething;
  if (route.specialist === "engagement" && help >= floor && !plainSmallTalk) {
    return { specialist: "knowledge", category: "general", reason: `The help centre answers this well (${help.toFixed(2)}), so it is a question rather than small talk.` };
  }
  const actsOnSomething = route.specialist === "transactions" || route.specialist === "account";
  if (actsOnSomething && evidence.asksHowTo && !evidence.namesOrder && helpCentreAnswers) {
    return { specialist: "knowledge", category: route.category, reason: `The customer asks how this is done and the help centre explains it (${help.toFixed(2)}), so the article answers rather than an action.` };
  }
  if (actsOnSomething && !evidence.asksToAct && !evidence.namesOrder && help >= floor) {
    return { specialist: "knowledge", category: route.category, reason: `The customer asks about this or describes a problem, names no order and asks for no action, and the help centre answers it (${help.toFixed(2)}).` };
  }
  // The technical agent is told to give troubleshooting steps; an unsure technical reading of an exchange question is better answered plainly.
  if ((actsOnSomething || route.specialist === "technical") && evidence.routeConfidence < floor && helpCentreAnswers) {
    return { specialist: "knowledge", category: route.category, reason: `Triage was unsure of ${evidence.intent} (${evidence.routeConfidence.toFixed(2)}), and the help centre answers this well (${help.toFixed(2)}).` };
  }
  const understood = route.specialist === "knowledge" || route.specialist === "technical" ? help : evidence.routeConfidence;
  if (!evidence.asksSomething && route.specialist !== "engagement" && understood < floor) {
    return { specialist: "engagement", category: "conversation", reason: "Not a question and not clearly understood, so the assistant asks what the customer needs." };
  }
  return route;
}
