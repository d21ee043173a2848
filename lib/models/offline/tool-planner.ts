import type { DeskCall } from "../desk-call";
import { swappedNeighbours, withinOneEdit } from "./text";

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

/** Action words customers mistype in a hurry ("refnud", "cancle", "adress"), spelled right before the words are read. */
const ACTION_WORDS = ["refund", "cancel", "address", "track"];

export function repairActionWords(text: string): string {
  return text.replace(/\p{L}+/gu, (word) => {
    const lower = word.toLowerCase();
    const meant = ACTION_WORDS.find((target) => lower !== target && (withinOneEdit(lower, target) || swappedNeighbours(lower, target)));
    return meant ?? word;
  });
}

export function hasConsent(toolName: string, customerText: string): boolean {
  return CONSENT_WORDS[toolName]?.test(repairActionWords(customerText)) ?? true;
}

/**
 * The order action the customer's own words name, for when the classifier's intent has no action
 * they asked for ("Please refund my order 4518" read as change_order). Only with an order number:
 * without one the specialist asks which order anyway.
 */
function actionNamedIn(text: string, orderNumber: string | undefined): PlannedToolCall | null {
  if (!orderNumber) return null;
  const words = repairActionWords(text).toLowerCase();
  // "Where is my refund?" asks about a refund rather than for one.
  if (/\b(where|when|status|track|tracking|arrived?|shipped)\b|\bwhere's\b/.test(words)) return { toolName: "lookupOrder", input: { orderNumber } };
  if (/\b(refund|money back)\b/.test(words)) return { toolName: "requestRefund", input: { orderNumber, reason: text.slice(0, 200) } };
  if (/\bcancel\b/.test(words) && !/\b(membership|subscription|plan|lumen plus)\b/.test(words)) return { toolName: "cancelOrder", input: { orderNumber } };
  return null;
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
  const named = actionNamedIn(customerText, orderNumber);
  if (named?.toolName === "requestRefund") named.input.amountCents = amountCents(call);
  if (named) candidates.push(named);
  return candidates.find((c) => available.has(c.toolName) && hasConsent(c.toolName, customerText)) ?? null;
}
