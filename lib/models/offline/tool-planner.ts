import type { DeskCall } from "../desk-call";

/**
 * The offline engine's stand-in for a model choosing a tool: the intent and the entities the
 * triage step found decide which of the offered tools to call and with what input. A hosted model
 * makes the same choice from the conversation itself.
 */
type ReplyCall = Extract<DeskCall, { task: "reply" }>;

export interface PlannedToolCall {
  toolName: string;
  input: Record<string, unknown>;
}

const ADDRESS = /(?:to|:)\s*(\d+[\w\s.'-]*?),\s*([\p{L}\s.'-]+?),\s*([\w -]{3,10})(?:,\s*([A-Za-z]{2}))?\s*\.?$/u;
const PLAN = /\b(basic|pro|premium)\b/i;

function entity(call: ReplyCall, type: string): string | undefined {
  return call.entities.find((e) => e.type === type)?.value;
}

function amountCents(call: ReplyCall): number | undefined {
  const money = entity(call, "money");
  if (!money) return undefined;
  const value = Number.parseFloat(money);
  return Number.isFinite(value) ? Math.round(value * 100) : undefined;
}

/**
 * Actions that change an account are only taken when the customer's own words ask for them: a
 * classifier that mistakes "I was charged twice for my membership" for a cancellation must not
 * cancel anything. Without the words, the engine asks instead of acting.
 */
const CONSENT_WORDS: Readonly<Record<string, RegExp>> = {
  requestRefund: /\b(refund|money back|reimburs|devol|rembours|erstatt|zur[üu]ck)/i,
  cancelOrder: /\b(cancel|anul|annul|stornier)/i,
  cancelSubscription: /\b(cancel|stop|end|terminate|quit|unsubscribe|anul|annul|k[üu]ndig)/i,
  changePlan: /\b(upgrade|downgrade|switch|change|move|pause|hold|basic|pro|premium)\b/i,
  changeShippingAddress: /\b(address|ship(?:ping)? to|deliver(?:y)? to|send it to|direcci[óo]n|adresse)/i,
  requestEmailChange: /\b(e-?mail)\b/i,
};

export function hasConsent(toolName: string, customerText: string): boolean {
  return CONSENT_WORDS[toolName]?.test(customerText) ?? true;
}

export function planToolCall(call: ReplyCall, customerText: string, available: ReadonlySet<string>): PlannedToolCall | null {
  const orderNumber = entity(call, "order_number");
  const candidates: PlannedToolCall[] = [];
  switch (call.intent) {
    case "track_order":
    case "track_refund":
    case "delivery_period":
      candidates.push({ toolName: "lookupOrder", input: { orderNumber } });
      break;
    case "get_refund":
      candidates.push({ toolName: "requestRefund", input: { orderNumber, amountCents: amountCents(call), reason: customerText.slice(0, 200) } });
      break;
    case "cancel_order":
      candidates.push({ toolName: "cancelOrder", input: { orderNumber } });
      break;
    case "change_shipping_address":
    case "set_up_shipping_address":
    case "change_order": {
      const match = ADDRESS.exec(customerText);
      candidates.push({
        toolName: "changeShippingAddress",
        input: match
          ? { orderNumber, line1: match[1].trim(), city: match[2].trim(), postalCode: match[3].trim(), country: (match[4] ?? "US").toUpperCase() }
          : { orderNumber },
      });
      break;
    }
    case "cancel_subscription":
      candidates.push({ toolName: "cancelSubscription", input: {} });
      break;
    case "change_plan":
      candidates.push({ toolName: "changePlan", input: { plan: PLAN.exec(customerText)?.[1]?.toLowerCase() } });
      break;
    case "recover_password":
      candidates.push({ toolName: "sendPasswordReset", input: {} });
      break;
    case "edit_account":
      candidates.push({ toolName: "requestEmailChange", input: { newEmail: entity(call, "email") } });
      break;
  }
  return candidates.find((c) => available.has(c.toolName) && hasConsent(c.toolName, customerText)) ?? null;
}
