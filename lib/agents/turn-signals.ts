import type { HumanRequestClassifier } from "../models/offline/human-request";
import { extractEntities } from "../models/offline/entities";
import { detectHumanRequest } from "../models/offline/human-request";
import { scoreContactAnomaly } from "../signals/anomaly";
import { scoreComplexity } from "../signals/complexity";
import { assessFrustration } from "../signals/frustration";
import { scoreRisk } from "../signals/risk";
import { assessScope } from "../signals/scope";
import { scoreSentiment } from "../signals/sentiment";
import type { AuthorityLimits } from "../workspace/settings";
import type { TurnSignals } from "../events/catalogue";

/**
 * Everything the router needs to know about one customer turn, measured from the conversation
 * and its context. Pure: the pipeline gathers the inputs, this only scores them.
 */
export interface TurnContext {
  /** When this customer started conversations, this one included. */
  contactTimestamps: Date[];
  /** Seconds left before the customer's SLA is breached while they wait for a person; null when no clock runs. */
  slaSecondsRemaining: number | null;
  /** What the customer would lose by cancelling everything (open orders plus a year of membership). */
  atStakeCents: number;
  /** AI agents that have handled the conversation so far, this turn's included. */
  agentChain: string[];
}

export interface TurnInput {
  /** The customer's messages so far, oldest first, this turn's last. */
  customerTurns: string[];
  /** Sentiment of the earlier customer turns, as recorded when they were scored. */
  earlierSentiments: number[];
  intentsSoFar: string[];
  intent: string;
  intentConfidence: number;
  asksSomething: boolean;
  answerConfidence: number | null;
  /** What each earlier turn gives the miss count (`confidenceForLaterTurns` of its stored signals). */
  earlierConfidences: (number | null)[];
  entities: { type: string; value: string }[];
  /** The shop's own words beyond the everyday ones, such as its product names. */
  shopVocabulary: readonly string[];
  /** The message's closest similarity to a question the help centre answers; null when its language cannot be compared. */
  helpCentreSimilarity?: number | null;
  /** Where similarity is null: the largest share of the message's words one help-centre article uses. */
  helpCentreWordShare?: number | null;
  authority: AuthorityLimits;
  largeCancellationCents: number;
  context: TurnContext;
  now: Date;
  classifier?: HumanRequestClassifier;
}

/**
 * Money asked for as a gesture rather than back for something returned: credit, a voucher,
 * compensation, something taken off, a price matched, a fee waived, or a cost the shop should
 * cover, in the desk's four languages.
 */
const CREDIT_WORDS =
  /\b(goodwill|compensat\w*|indemn\w*|cover (the|my|a)\b[^.?!]{0,25}\b(bill|cost|costs|repair|damage|fee)s?)\b|\b(take|knock|give|want|like|get|expect|deserve|ask for|request|offer|send|issue|add)\b[^.?!]{0,30}\b(off|discount(?! code| coupon)|voucher|gift card|credit(?! card))\b|\b(price[- ]match\w*|match (that|the|their|this|his|her) price|(you|u|to) match (it|that|this|them)|cheaper (at|on|elsewhere|somewhere else)|waiv(e|ed|ing)|(you|u) (to )?pay for (it|this|that|the (repair|damage|replacement|cleaning)s?)|cover what (i|we) (paid|spent|had to pay))\b|\b(compensaci[óo]n|indemnizaci[óo]n|vale de compra|igual(ar|en|e) (el|ese|su) precio|(perdon|quit|cancel)(ar|en|e) (la|el) (tarifa|cargo|comisi[óo]n)|d[ée]dommag\w*|geste commercial|bon d'achat|align(er|ez|ement) (le |votre |sur le |de )?prix|(annul|supprim|offr)(er|ez) (les|ces) frais|entsch[äa]dig\w*|gutschein|gutschrift|kulanz\w*|preis(angleichung|anpassung|garantie)|(geb[üu]hr|kosten) (erlassen|streichen|verzichten))/iu;
/**
 * Something taken off the price, asked for in Spanish, French or German ("si me hacen un descuento",
 * "vous pourriez me faire une remise", "geben Sie mir einen Rabatt"): the English "take 30 off"
 * and "give me a discount" are in CREDIT_WORDS. A discount code or a sale is not an ask.
 */
const PRICE_REDUCTION_ASKED =
  /(?<!\p{L})(?:(?:me|nos)\s+(?:hac|hag|d[aée]|ofrec|ofrezc|apliqu)\p{L}*|(?:quiero|quisiera|pido|exijo|espero|merezco|hacerme|darme))\s+(?:un|una|el|la)\s+(?:peque[ñn]o\s+|buen\s+)?(?:descuento|rebaja)(?!\s+(?:del?\s+)?(?:c[óo]digo|cup[óo]n))|(?<!\p{L})(?:(?:me|nous)\s+(?:faire|faites|fassiez|accorder|accordez|accordiez|offrir|offrez|consentir)|(?:je\s+(?:veux|voudrais|demande|souhaite|souhaiterais|aimerais|exige)|j'(?:aimerais|exige|attends)))\s+(?:un|une)\s+(?:petite?\s+)?(?:r[ée]duction|remise|rabais|ristourne)(?!\p{L})|(?<!\p{L})(?:(?:geben|gew[äa]hren|machen)\s+sie\s+mir|(?:ich\s+)?(?:m[öo]chte|will|h[äa]tte\s+gern|erwarte|verlange)\s+(?:\p{L}+\s+){0,2}?)\s*(?:einen|eine)\s+(?:kleinen\s+)?(?:rabatt|preisnachlass|nachlass|erm[äa][ßs]igung)(?!\p{L})/iu;
/** Money back for what was bought, in the desk's four languages. */
const REFUND_WORDS = /\b(refund|money back|reimburs\w*|pay (me )?back|(\d+(?:[.,]\d{2})?|dollars|euros|pounds|bucks) back|reembols\w*|devolu?ci[óo]n del dinero|devu[ée]lv\w* (el|mi) dinero|(que )?me devuelv\w+|devolverme|devu[ée]lv[ae]nme|rembours\w*|r[üu]ckerstatt\w*|erstatt\w*|zur[üu]ck(zahlen|erstatten|überweisen)?)\b/iu;

/**
 * The customer keeping what they bought: money asked for with it ("I'll keep it if you refund 50",
 * "me la quedo si...", "je le garde si vous me remboursez 90 €") is a gesture, not the price back.
 */
const KEEPS_ITEM =
  /\b(?:i'?ll|i will|i'?d|i would|happy to|i can|i could|willing to) keep (?:it|them)\b|\bkeep (?:it|them|the \w+) (?:if|and|but|as long as|provided)\b|(?<!\p{L})(?:me\s+(?:lo|la|los|las)\s+quedo|(?:me\s+(?:lo|la|los|las)\s+quedar[ée]|quedarme con)|qued[áa]rmel[oa]s?|je\s+(?:le|la|les)\s+garde(?:rai|rais)?|je\s+garde(?:rai|rais)?\s+(?:le|la|les)|ich\s+behalte\s+(?:es|sie|ihn|den|die|das)|(?:es|sie|ihn)\s+behalten)(?!\p{L})/iu;

/**
 * Words that ask the desk for something ("I want", "can you", "quiero", "je voudrais", "ich hätte
 * gern"), as opposed to telling what happened: "I want my money back for the rug" asks, "my
 * refund for the rug came through" reports.
 */
const ASKS_FOR =
  /\b(?:i|we) (?:want|need|would like|'d like|expect|demand)\b|\bi'?d like\b|\b(?:can|could|would|will|may) (?:you|u|i|we) (?:get|have|please|just)?\b|\bplease\b|\bpls\b|(?<!\p{L})(?:quiero|queremos|necesito|quisiera|exijo|pido|solicito|por favor|pueden|podr[íi]an|je veux|je voudrais|j'aimerais|je souhaite|je demande|j'exige|pouvez-vous|pourriez-vous|merci de|s'il vous pla[iî]t|ich (?:will|m[öo]chte|h[äa]tte gern|h[äa]tte gerne|verlange|brauche|erwarte)|wir (?:wollen|m[öo]chten)|k[öo]nnen sie|k[öo]nnten sie|bitte)(?!\p{L})/iu;

/**
 * An amount written without a currency ("take 60 off", "refund me 250", "it was 89.99"): customers
 * of a shop that sells in one currency often leave it out. A number after an order's name or
 * followed by what it counts ("2 mugs", "3 days", "20%") is not money, and neither is a whole number
 * of four digits or more: customers quote order and reference numbers bare ("my return for 4524"),
 * and write an amount that large with its cents or its currency. A number followed by how it
 * compares ("30 cheaper on another site") is money.
 */
const BARE_AMOUNT =
  /(?<![\p{L}\p{N}#.,$€£]|\b(?:order|orders|no|nr|number|pedido|commande|bestellung)\s)(\d{1,3}(?:[.,]\d{2})?|\d{4,5}[.,]\d{2})(?![\p{N}.,]?\p{N}|\s*[%$€£]|\s*-?\s*(?!(?:off|back|cheaper|less|lower|menos|moins|weniger|billiger|g[üu]nstiger|for|to|and|or|please|pls|as|because|since|if|on|at|total|in total|altogether|but|so|which|that|is|was|would|now|today|de|por|pour|f[üu]r|zur[üu]ck|y|et|und)(?!\p{L}))\p{L})/iu;

function bareAmountCents(text: string, entities: { type: string; value: string }[]): number | null {
  const match = BARE_AMOUNT.exec(text);
  if (!match) return null;
  const value = match[1]!;
  if (entities.some((e) => e.type === "order_number" && e.value.replace(/\D/g, "") === value)) return null;
  // A year is a date, not an amount.
  if (/^(?:19|20)\d{2}$/.test(value)) return null;
  return Math.round(Number.parseFloat(value.replace(",", ".")) * 100);
}

function currencyAmountCents(entities: { type: string; value: string }[]): number | null {
  const money = entities.find((e) => e.type === "money");
  const cents = money ? Math.round(Number.parseFloat(money.value) * 100) : null;
  return cents !== null && Number.isFinite(cents) && cents > 0 ? cents : null;
}

/**
 * An action with an amount the customer asked for, against the limit that applies to it. The ask
 * and its amount may come in two messages, either way round ("I need a refund for the set" →
 * "total is $598", "it's $35 cheaper elsewhere" → "will you match it?"), so each is also read
 * with the customer's previous message.
 */
export function requestedAuthority(
  intent: string,
  text: string,
  entities: { type: string; value: string }[],
  limits: AuthorityLimits,
  previousText = "",
): TurnSignals["authority"] {
  const credit = (amountCents: number): TurnSignals["authority"] => ({ action: "goodwill_credit", amountCents, limitCents: limits.goodwillCreditCents });
  const keepsItem = KEEPS_ITEM.test(text) || KEEPS_ITEM.test(previousText);
  const refund = (amountCents: number): TurnSignals["authority"] => (keepsItem ? credit(amountCents) : { action: "refund", amountCents, limitCents: limits.refundCents });
  const asksCredit = (words: string) => CREDIT_WORDS.test(words) || PRICE_REDUCTION_ASKED.test(words);
  const here = currencyAmountCents(entities);
  if (here === null) {
    // A bare number is money only beside words asking for money in the same message: "it was 89.99
    // in total" after "my refund came through", or "like 30?" after "can you cover the fees?", is not an ask.
    const bare = bareAmountCents(text, entities);
    if (bare !== null && bare > 0) {
      if (asksCredit(text)) return credit(bare);
      if (REFUND_WORDS.test(text)) return refund(bare);
      // Except the price of what the customer asked to have refunded, stated on its own in the
      // next message: "quiero que me devuelvan la membresía" → "son 199,90".
      if (!text.includes("?") && REFUND_WORDS.test(previousText) && ASKS_FOR.test(previousText)) return refund(bare);
    }
    // An amount from the previous message needs this one to ask for it as a gesture ("will you match
    // it?"): "when will the refund arrive?" after "my $129 refund is late" asks about money already
    // agreed. Most messages ask for no gesture, so the previous one is read only when this one does.
    if (!asksCredit(text)) return null;
    const before = currencyAmountCents(extractEntities(previousText));
    return before !== null ? credit(before) : null;
  }
  for (const words of [text, previousText]) {
    if (asksCredit(words)) return credit(here);
    if ((words === text && intent === "get_refund") || REFUND_WORDS.test(words)) return refund(here);
  }
  return null;
}

export function measureTurn(input: TurnInput): TurnSignals {
  const text = input.customerTurns[input.customerTurns.length - 1];
  const sentiment = scoreSentiment(text).score;
  const frustration = assessFrustration(input.customerTurns);
  const human = detectHumanRequest(text, input.classifier);
  const risk = scoreRisk(text, { atStakeCents: input.context.atStakeCents, largeCancellationCents: input.largeCancellationCents });
  const complexity = scoreComplexity({
    text,
    previousCustomerTurns: input.customerTurns.slice(0, -1),
    intentsSoFar: input.intentsSoFar,
    entities: { orderIds: input.entities.filter((e) => e.type === "order_number").map((e) => e.value) },
  });
  return {
    turn: input.customerTurns.length,
    intent: input.intent,
    intentConfidence: input.intentConfidence,
    asksSomething: input.asksSomething,
    answerConfidence: input.answerConfidence,
    earlierConfidences: input.earlierConfidences,
    scope: assessScope({ text, entities: input.entities, shopVocabulary: input.shopVocabulary, earlierCustomerTurns: input.customerTurns.slice(0, -1), helpCentreSimilarity: input.helpCentreSimilarity, helpCentreWordShare: input.helpCentreWordShare }),
    sentiment,
    sentimentTrajectory: [...input.earlierSentiments, sentiment],
    frustration: { score: frustration.score, cues: frustration.cues.map((c) => ({ cue: c.cue, evidence: c.evidence })) },
    humanRequest: { score: human.score, evidence: human.evidence.map((e) => e.detail).join("; ") },
    risk: { category: risk.category, score: risk.score, evidence: risk.evidence },
    complexity,
    authority: requestedAuthority(input.intent, text, input.entities, input.authority, input.customerTurns.at(-2)),
    anomaly: scoreContactAnomaly(input.context.contactTimestamps, input.now),
    agentChain: input.context.agentChain,
    slaSecondsRemaining: input.context.slaSecondsRemaining,
  };
}
