/**
 * Complexity of a customer turn: how much human judgment it needs, from what the customer wrote
 * and how the conversation has gone. Each cue contributes a weight; the score combines them as
 * independent pieces of evidence, 1 − Π(1 − weight), so one cue never reaches 1 and several add up.
 */

import { CONVERSATIONAL_INTENTS } from "../events/catalogue";
import { asksSomething } from "./request-form";

export interface ComplexityInput {
  text: string;
  /** Earlier customer messages, oldest first, without `text`. */
  previousCustomerTurns: string[];
  /** Intent of every customer turn so far, this one last. */
  intentsSoFar: string[];
  /** Entities extracted from this message. */
  entities: { orderIds?: string[] };
}

export interface ComplexityScore {
  /** 0..1 */
  score: number;
  reasons: string[];
}

type BusinessSystem = "orders" | "billing" | "shipping" | "accounts" | "membership" | "devices";

interface Topic {
  name: string;
  system: BusinessSystem;
  pattern: RegExp;
}

const TOPICS: Topic[] = [
  { name: "refund", system: "billing", pattern: /\brefund|\bmoney back|\breembols|\brembours|\brückerstatt|\berstatt/ },
  { name: "return", system: "orders", pattern: /\breturn(s|ing|ed)?\b|\bsend (it|them) back|\bdevol(ver|ución)|\bretourn|\brücksend|\bzurückschick/ },
  { name: "exchange", system: "orders", pattern: /\bexchange|\bswap (it|them|the|my|this|that)\b|\bcambiar (el|la)|échanger|\bumtausch/ },
  { name: "cancellation", system: "orders", pattern: /\bcancel|\bcancelar|\bannuler|\bstornier/ },
  { name: "damaged item", system: "orders", pattern: /\b(broken|damaged|defective|cracked|faulty|dented|shattered|stained|scratched|torn|ripped|chipped|missing (an? |one |some |the )?(item|piece|part|product)s?|wrong (item|size|colou?r|model|product))\b|\broto\b|\bcassé|\bkaputt|\bbeschädigt/ },
  { name: "missing item", system: "orders", pattern: /\b(?:is|are|was|were|came|arrived|comes)\s+(?:still\s+)?missing\b|\bmissing (?:the|a|an|one|two|three|\d+|some|its|their|my) \p{L}+|\bincomplete\b|\bincomplet[oa]s?\b|\bincompl[eè]te?s?\b|\bunvollst[äa]ndig\b|\b(?:es )?fehl(?:t|en) (?:ein|eine|einer|der|die|das|\d)|\bil manqu(?:e|ait) (?:un|une|le|la|les|l'|\d)|\bfalta(?:n|ba|ban)? (?:un|una|el|la|los|las|\d)/u },
  { name: "stuck order", system: "orders", pattern: /\borders?\b[^.?!]{0,25}\b(stuck|pending|on hold|held up|not (shipped|moving|processed))\b/ },
  { name: "address change", system: "shipping", pattern: /\b(change|update|fix|correct)\s+(the\s+|my\s+)?(shipping\s+|delivery\s+)?address\b|\b(wrong|old|previous) address\b|\baddress\b[^.?!]{0,20}\b(is|was|shows|has) (wrong|incorrect|outdated|my old one)\b/ },
  { name: "delivery", system: "shipping", pattern: /\b(lost (parcel|package|order|shipment|delivery)|(is|was|got|been|went) lost|track(ing)?|where is|delivery|deliveries|deliver(ed)?|shipping|shipped|arrive[ds]?|parcel|package|courier)\b|\benvío|\blivraison|\blieferung/ },
  { name: "invoice", system: "billing", pattern: /\b(invoice|receipt|vat)\b|\bfactura|\bfacture|\brechnung/ },
  { name: "payment", system: "billing", pattern: /\b(charged|double charge|payment|billing|billed|declined)\b|\bcobr(o|aron)|\bpaiement|\bzahlung|\babgebucht/ },
  { name: "promo code", system: "billing", pattern: /\b(promo|discount|coupon|voucher|price match|gift card)\b/ },
  { name: "login", system: "accounts", pattern: /\b(password|log ?in|sign ?in|locked out|two-factor|2fa)\b|\bemail (address )?on (my|the) account\b/ },
  { name: "membership", system: "membership", pattern: /\b(lumen plus|membership|subscription|annual plan|(wrong|different) plan|upgrade|downgrade|(loyalty |reward )?points|rewards)\b|\bsuscripci[óo]n|\bmembres[íi]a|\bplan que no\b|\babonnement|\bforfait|\bmitgliedschaft|\babo\b/u },
  { name: "device setup", system: "devices", pattern: /\b(wi-?fi|firmware|bluetooth|pair(ing)?|the app|home hub|won'?t (turn on|connect))\b/ },
];

// Splits a message into separate asks. A bare "and" is not a boundary: "return and refund" is one
// request; a list is ("one is lost, one arrived damaged, and one went to my old address").
const REQUEST_BOUNDARY = /[.?!;\n]+|,\s*(?:and|et|y|und)\s+|,\s*(?=(?:one|another|the other|\d+|i|my|the|it|they|we|our|me|mi|mis|el|los|las|otro|otra|je|mon|ma|mes|le|les|on|ich|mein|meine|der|die|das|wir|unser|unsere)\s)|,\s*(?:and\s+)?(?:also|plus)\b|\b(?:and|oh and) also\b|\balso\b|\banother thing\b|\bseparately\b|\bon top of that\b|,\s*(?:and )?(?=(?:can|could|would|will|please|i (?:also )?(?:need|want|would like)|send|give|change|update|cancel|refund|tell|email|fix|check|add|remove|switch|swap|apply|split|move|get)\b)/;

const INTENT_SYSTEMS: Record<string, BusinessSystem> = {
  cancel_order: "orders",
  change_order: "orders",
  place_order: "orders",
  track_order: "shipping",
  delivery_options: "shipping",
  delivery_period: "shipping",
  change_shipping_address: "shipping",
  set_up_shipping_address: "shipping",
  get_refund: "billing",
  track_refund: "billing",
  check_refund_policy: "billing",
  payment_issue: "billing",
  check_payment_methods: "billing",
  check_invoice: "billing",
  get_invoice: "billing",
  check_cancellation_fee: "billing",
  create_account: "accounts",
  delete_account: "accounts",
  edit_account: "accounts",
  recover_password: "accounts",
  registration_problems: "accounts",
  switch_account: "accounts",
};

const POLICY_AMBIGUITY: { cue: string; pattern: RegExp }[] = [
  { cue: "asks for an exception", pattern: /\bexception\b|\bexcepción|\bausnahme/ },
  { cue: "special case", pattern: /\bspecial (case|circumstances?)\b|\bunique situation\b|\bcaso especial|\bcas particulier|\bsonderfall/ },
  { cue: "argues with the policy", pattern: /\b(policy|terms|website|site|faq) (says|said|states|stated)\b|\baccording to (your|the) (policy|terms|website)\b|\bbut (your|the) policy\b/ },
  { cue: "outside the policy window", pattern: /\b(outside|past|after|beyond|over) the (\d+[- ]day |return |returns |thirty[- ]day |sixty[- ]day )?(window|deadline|period)\b|\b(a|one|two|few|couple of) (days?|weeks?) (too late|over the (limit|deadline)|past the (limit|deadline))\b/ },
  { cue: "technicality", pattern: /\btechnically\b|\bloophole\b|\bgr[ae]y area\b/ },
];

const ENTANGLEMENT = /\b(because of (that|this|it)|so now|and now|which (means|is why|caused)|that'?s why|ever since|since then|as a result|caused|because (the|my|of the|your))\b|(?:,|\band) then (?:my|the|it|i|we)\b/;

// Requests beyond what the AI's tools do: business arrangements, orders or accounts for many people
// at once, and changes to how an order is put together.
const OFF_SCRIPT = /\b(wholesale|bulk (order|discount|pricing)|reseller|resell|business account|business (discount|pricing|invoice|plan)|(account|accounts|orders|invoices|subscriptions) for (\d+|several|multiple|all (of )?(our|my)) (staff|employees|users|people|colleagues|team members)|split (the |my |an |this |order \d+ )?(order|delivery|shipment|payment|invoice)s?|split (it|them|order \d+) (into|across|between)|retroactive\w*|corporate (order|gifts?)|partnership|sponsor(ship)?|press inquiry|journalist|influencer|custom (engraving|order|colou?r|size)|insurance claim|electrician|contractor|install(ation|er)? service)\b/;
const LONG_MESSAGE_WORDS = 90;

/**
 * An organisation buying or running accounts at scale, by kind of evidence: who is writing, how
 * many people or places, how much is bought, and terms asked for. The seats, prices and invoices
 * behind such a deal are agreed by a person; one kind alone ("we're a small office, do you ship to
 * Leeds?") is only context.
 */
const AT_SCALE: readonly { cue: string; pattern: RegExp }[] = [
  {
    cue: "an organisation",
    pattern:
      /\b(?:we(?:'re| are)|we run|i run|i manage|we manage|on behalf of|nous sommes|somos|wir sind)\s+(?:(?:a|an|une?|una?|eine?)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:company|business|school|office|firm|agency|chain|caf[ée]s?|restaurants?|hotels?|clinic|charity|nonprofit|practice|studio|[ée]cole|entreprise|soci[ée]t[ée]|association|empresa|escuela|oficina|cadena|colegio|firma|schule|b[üu]ro|unternehmen|kette|praxis)\b/u,
  },
  {
    cue: "someone buying for an organisation",
    pattern:
      /\b(?:office|practice|operations|facilities|procurement|purchasing) manager\b|\b(?:buying|ordering|shopping) for (?:our|my) (?:company|business|office|team|school|restaurants?|restaurant group|caf[ée]s?|hotels?|clinic|practice|staff|employees|firm)\b|\b(?:restaurant|hotel) group\b|\b(?:team|staff|chain|fleet) of \d+\b/u,
  },
  {
    cue: "many people or places",
    pattern:
      /\b\d{2,}\s+(?:[\p{L}-]+\s+)?(?:employees|staff|seats|users|licen[cs]es|locations|stores|shops|branches|sites|offices|caf[ée]s|restaurants|classrooms|salari[ée]s|employ[ée]s|postes|utilisateurs|empleados|usuarios|tiendas|sucursales|mitarbeiter\p{L}*|nutzer|filialen|standorte)\b|\b\d+\s+(?:sites|locations|stores|branches|offices|shops)\b|\b(?:all|each of (?:our|the)|every one of (?:our|the))\s+\d{2,}\s+(?:guest\s+)?(?:rooms|classrooms|desks|units|apartments|beds)\b/u,
  },
  {
    cue: "a large quantity",
    pattern:
      /\b(?:to order|ordering|ordered|buy|buying|bought|purchas\w*|want|need|get|supply|command[ée]s?|commander|comprar|compramos|pedir|bestellen|bestellt|kaufen)\s+(?:around |about |roughly |some |over |approximately |at least |environ |unos |unas |etwa |rund )?\d{2,3}(?![\d.,$€£%])\s+(?!(?:days?|weeks?|months?|years?|hours?|minutes?|dollars?|euros?|pounds?|bucks|percent|jours|d[ií]as|tage)\b)\p{L}/u,
  },
  // Some of a batch failing ("6 of them flicker", "we need to swap 4 of them") is an account's
  // problem with a delivery, not one customer's with one item.
  { cue: "part of a batch affected", pattern: /\b\d+ of (?:them|these|those|our|the) (?:\p{L}+ )?(?:flicker|fail|won'?t|don'?t|do not|can'?t|are|were|arrived|came|need|have|keep|stopped|broke)|\b(?:swap|return|replace|exchange|send back|cancel|repair)\s+\d+ of (?:them|these|those)\b|\b\d+ (?:ne (?:se )?\p{L}+ pas|no (?:funcionan|encienden|se conectan)|(?:funktionieren|gehen|verbinden sich) nicht)\b/u },
  {
    cue: "trade terms",
    pattern:
      /\bnet[- ]?(?:15|30|45|60|90)\b|\b(?:purchase order|payment terms|credit terms|trade account|trade (?:price|pricing)|volume (?:discount|pricing)|(?:bulk|wholesale|business|corporate) (?:discount|pricing|prices|rates?|terms|quote)|in bulk|every quarter|quarterly (?:orders?|deliveries|shipments))\b|\b(?:quote|quotation) for \d+/u,
  },
];

/**
 * Ways money moves on an order, in the desk's four languages. One or two are a normal question
 * ("I returned it, when is the refund?"); when three or more are tangled on the same purchase and
 * the sums come out wrong, working out what is owed takes someone who can see every ledger.
 */
const MONEY_MOVES: readonly { move: string; pattern: RegExp }[] = [
  { move: "refund", pattern: /\brefund|\bmoney back|\breimburs|\breembols|\brembours|\berstatt|\brückerstatt/u },
  {
    move: "return",
    pattern: /\breturn(?:s|ed|ing)?\b|\b(?:sent|send|sending|posted|shipped)\s+(?:(?:it|them|\S+)\s+|(?:the|my|a|one|two|both)\s+(?:\S+\s+){0,2})back\b|\bdevolv\p{L}*|\bdevolu|\bdevolví|\brenvoy\p{L}*|\bretourn\p{L}*|\bzurückgeschickt|\bzurückgesendet|\brücksend\p{L}*/u,
  },
  { move: "exchange", pattern: /\bexchang\p{L}*|\bswap(?:ped|ping|s)?\b|\breplacement\b|\bcambi(?:é|e|ar|ado|aron)\b[^.?!]{0,30}\bpor\b|\béchang\p{L}*|\bremplac\p{L}*|\bumgetauscht|\bumtausch\p{L}*|\bersatz\p{L}*/u },
  { move: "duplicate order", pattern: /\bsame order (?:twice|two times)|\b(?:ordered|placed|paid for) (?:it |the order |the same (?:order|thing) )?twice\b|\bduplicate (?:order|payment)/u },
  { move: "cancellation", pattern: /\bcancel\p{L}*|\bcancelé|\banul\p{L}*|\bannul\p{L}*|\bstorn\p{L}*/u },
  {
    move: "credit",
    pattern: /\bstore credit|\bgift ?card|\bvoucher|\bpoints\b|\bcredit note|\bvale\b|\btarjeta regalo|\bpuntos\b|\bbon d'achat|\bcarte cadeau|\bavoir\b|\bgutschein|\bgutschrift|\bpunkte\b/u,
  },
  {
    move: "payment",
    pattern: /\bpaid\b|\bpay(?:ing)?\b|\bcharge[ds]?\b|\bbilled\b|\bpayment|\bpagu[ée]|\bpago\b|\bcobr\p{L}*|\bpay[ée]e?s?\b|\bpaiement|\bd[ée]bit[ée]|\bbezahlt|\babgebucht|\bzahlung/u,
  },
  { move: "price change", pattern: /\b(?:the|a|paid the) (?:price )?difference\b|\bon sale\b|\bprice (?:drop|went down|changed)|\bdiferencia\b|\bdiff[ée]rence\b|\bdifferenz\b|\bpreis (?:gesenkt|reduziert)/u },
  { move: "fee", pattern: /\bfees?\b|\bcustoms\b|\brenewal\b|\bpostage\b|\bshipping (?:cost|charge)|\btasas?\b|\baduana|\bfrais\b|\bdouane|\bgeb[üu]hr|\bzoll\b|\bporto\b/u },
];

/** The customer saying the sums on their money do not come out right. */
const MONEY_MISMATCH = new RegExp(
  [
    String.raw`\b(?:less|more|lower|higher) than (?:what )?(?:i|we) (?:paid|spent|expected|was (?:told|promised)|should (?:get|have got))\b`,
    String.raw`\b(?:too much|too little|not enough|short by|out of pocket)\b`,
    String.raw`\b(?:does ?n[o']?t|do ?n[o']?t|did ?n[o']?t|doesnt|dont|won'?t) (?:add up|match|tally|balance|line up)\b`,
    String.raw`\b(?:wrong|different|incorrect|odd|strange) (?:amount|total|balance|sum|figure)s?\b`,
    String.raw`\b(?:amount|total|balance|sum|figures?|refund|credit|numbers?) (?:is |are |looks |look |seems |seem )?(?:also |still |all )?(?:off|wrong|short|incorrect|missing)\b`,
    String.raw`\b(?:charged|billed|debited|taken) (?:\S+ ){0,4}?(?:twice|two times|three times|double|again)\b|\bdouble[- ]charged\b|\b(?:two|three|four|\d) (?:separate )?(?:charges|payments|debits)\b`,
    String.raw`\b(?:refund|money|credit)\b[^.?!]{0,30}\b(?:went|gone|sent|paid|back) (?:in)?to (?:a|an|the|my) (?:old |closed |wrong |expired |cancelled )?(?:card|account)\b(?:[^.?!]{0,20}\b(?:closed|cancelled|expired|don'?t have|no longer))?`,
    // Spanish, French, German
    String.raw`\bno (?:me )?(?:cuadra|coincide|cuadran|coinciden)\b|\bfalta(?:n)? (?:unos |unas )?\d+|\b(?:de m[áa]s|de menos)\b|\bcobr\p{L}* (?:dos|tres) veces\b`,
    String.raw`\bne (?:correspond|colle|tombe) (?:pas|plus)\b|\bil manque (?:de l'argent|\d+|des sous)|\bpas le bon montant\b|\ben trop\b|\bd[ée]bit[ée]e? (?:deux|trois) fois\b`,
    String.raw`\bstimm(?:t|en) (?:\S+ ){0,3}?nicht\b|\bnicht\b[^.?!]{0,30}\b[üu]berein|\bfehl(?:t|en) (?:noch )?\d+|\bzu (?:viel|wenig)\b|\bdoppelt (?:abgebucht|berechnet)\b`,
  ].join("|"),
  "u",
);

const RESTATEMENT = /\b(as i (said|told you|mentioned|explained)|like i (said|told you)|i (already|just) (said|told you|explained)|for the (third|3rd|fourth|4th|fifth|5th|last) time|i keep (asking|telling|saying)|again and again|same (answer|reply|link|article) again)\b/;
const SIMILAR_TURN = 0.6;
// "that" closing the clause: "you already said that the return is free" is the customer agreeing.
const ANSWER_ECHOED =
  /\byou(?:'ve)? (?:already |just )?(?:said|told me|sent me|gave me) (?:that|this|the same)(?=\s*(?:[.,!?;]|$|(?:already|before|twice|again|and|but|yesterday|last time|last week|too|as well|on \w+day)\b))|\bthat'?s (?:exactly )?what you (?:already )?(?:said|told me) (?:before|already|yesterday|last time|last week|too|as well|on \w+day)\b|\bsame (?:answer|reply|response|link|article|message) (?:as (?:last time|before|yesterday)|again|every time|each time)\b|\bevery (?:answer|reply|response) is the same\b|\b(?:eso )?ya me lo (?:dijiste|dijo|has dicho|ha dicho)\b|\bvous me l'avez d[ée]j[àa] dit\b|\btu me l'as d[ée]j[àa] dit\b|\bdas haben sie (?:mir )?(?:schon|bereits)(?: \w+)? gesagt\b|\bdas hast du (?:mir )?(?:schon|bereits)(?: \w+)? gesagt\b/u;

/**
 * A customer reporting that nothing has moved since the AI's last answer: what they were told to do
 * did not solve it, or what they were told would happen has not happened.
 */
const NO_PROGRESS = new RegExp(
  [
    String.raw`\b(?:(?:i|we)\s+)?(?:did|tried|followed|done)\s+(?:that|this|it|exactly that|those steps|the steps|what you said)\b`,
    String.raw`\bstill\s+(?:doesn'?t|does not|won'?t|will not|isn'?t|is not|can'?t|cannot|not|don'?t|haven'?t|hasn'?t|nothing|no\b|the same|waiting|stuck)`,
    String.raw`\b(?:doesn'?t|does not|didn'?t|did not|won'?t)\s+(?:work|help|change anything)\b|\bsame (?:problem|error|issue|message|thing|result) (?:again|as before)\b|\btried (?:it )?again\b`,
    String.raw`\b(?:hasn'?t|has not|haven'?t|have not) (?:moved|changed|updated|budged|arrived|come|shown up|turned up)\b|\bnothing(?: has)? (?:changed|happened|moved|arrived)\b|\bno (?:change|luck|difference|progress)\b`,
    // Time passing and nobody answering are the same report in other words.
    String.raw`\bit'?s (?:now )?been (?:over |more than |almost |nearly )?(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|a couple of|a few|several|many) (?:days?|weeks?|months?)\b|\b(?:nobody|no one|no-one) (?:has |ever |even )?(?:replied|answered|responded|gets? back|got back|gotten back|called|does anything|did anything)\b|\btak(?:ing|es) (?:forever|ages|so long)\b`,
    // A promise that was not kept, and the same question already asked on another day.
    String.raw`\byou (?:told|promised|assured) (?:me|us) (?:it|that|they|this|the \w+) (?:would|will|'d|was going to|were going to)\b|\bi (?:already )?(?:asked|wrote|emailed|called|messaged|reported it|chased)\b[^.?!]{0,25}\b(?:on (?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|last week|days ago|a week ago|before|twice)\b|\band again (?:on|yesterday|today|this)\b`,
    // Spanish, French, German
    String.raw`\bsigue sin\b|\bsigue (?:igual|sin funcionar)\b|\b(?:todav[ií]a|a[úu]n) (?:no|nada|nadie)\b|\bno ha (?:funcionado|servido|cambiado|llegado)\b|\bya lo (?:he )?(?:intentado|probado|hecho)\b|\bnada ha cambiado\b|\bnadie (?:me )?(?:responde|contesta|ha respondido|ha contestado)\b`,
    String.raw`\btoujours (?:rien|pas|le m[êe]me|la m[êe]me|bloqu[ée])|\b(?:ne|n')\s*(?:marche|fonctionne) toujours pas\b|\brien n'a chang[ée]|\bj'ai d[ée]j[àa] (?:essay[ée]|fait [çc]a)|\bpersonne ne (?:me )?r[ée]pond`,
    String.raw`\b(?:immer|noch immer) noch (?:nichts|nicht|kein\w*|dasselbe|das gleiche)\b|\bnoch immer (?:nichts|nicht|kein\w*)\b|\bnichts (?:hat sich )?ge[äa]ndert\b|\bschon (?:\w+ )?(?:versucht|probiert|gemacht)\b|\bniemand (?:antwortet|meldet sich|hat (?:mir )?geantwortet)\b`,
  ].join("|"),
  "u",
);

/**
 * What the AI suggested ("that", "those steps"), tried several times over: it failed more than once
 * already. What the customer tried before asking ("I tried unplugging it twice") is only the problem.
 */
const REPEATED_ATTEMPTS =
  /\b(?:tried|done|did|followed|redone|repeated)\s+(?:that|this|those steps|these steps|the steps|what you (?:said|suggested)|everything(?: you (?:said|suggested))?)\b(?:\s+\w+){0,2}\s+(?:twice|two times|three times|several times|multiple times|a few times|over and over|again and again|\d+ times)\b|\blo (?:he )?(?:intentado|probado|hecho) (?:dos|tres|varias|muchas) veces\b|\bj'ai (?:d[ée]j[àa] )?(?:essay[ée]|fait) (?:[çc]a|cela) (?:deux|trois|plusieurs) fois\b|\bdas (?:habe ich )?(?:schon )?(?:zweimal|dreimal|mehrmals|mehrfach|x-mal) (?:versucht|probiert|gemacht)\b/u;

/** The customer saying the conversation goes round in circles. */
const GOING_IN_CIRCLES =
  /\b(?:going|go|goes|run(?:ning)?|talking) (?:round|around) in circles\b|\b(?:going|go|goes|run(?:ning)?) in circles\b|\b(?:keep|keeps) (?:sending|giving|showing|pasting) (?:me )?(?:the same|that same)\b|\bdando vueltas\b|\ben c[íi]rculos\b|\btourn(?:e|ons|er) en rond\b|\bim kreis\b/u;

// Amounts ("$1200") and decimals are not order numbers.
const ORDER_NUMBER = /(?<![$€£.,\d])\b\d{4,}\b/g;

function normalise(text: string): string {
  return text.toLowerCase().replace(/[\u2018\u2019`]/g, "'");
}

// Function words in the four languages the desk answers, so a restated question is judged by what it asks.
const STOPWORDS = new Set(
  [
    "a an the i im i'm me my we our you your it its it's is are was were be been has have had do does did to of in on for at by with and or but so as that this these those there here can could would will just still please hi hello hey ok okay",
    "el la los las un una unos unas de del que y en mi mis es por para con se lo le me su sus al otra vez hola",
    "le la les un une des du de et en mon ma mes est pour avec ne pas que je vous il elle ce cette encore fois bonjour",
    "der die das den dem ein eine einen einem ich ist mein meine meinen meiner und zu mit nicht sie es noch mal einmal zum bitte hallo",
  ].join(" ").split(" "),
);

function contentWords(text: string): Set<string> {
  return new Set((normalise(text).match(/[\p{L}\p{N}']+/gu) ?? []).filter((word) => !STOPWORDS.has(word)));
}

/**
 * Share of the shorter message's content words that the other one repeats. A restated request
 * usually grows ("my refund hasn't arrived" → "it's been 12 days and my refund still hasn't
 * arrived"), which a union-based measure would count against.
 */
function overlap(a: Set<string>, b: Set<string>): number {
  const smaller = Math.min(a.size, b.size);
  if (smaller < 2) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / smaller;
}

function sharesAWord(a: Set<string>, b: Set<string>): boolean {
  for (const word of a) if (b.has(word)) return true;
  return false;
}

function topicsIn(text: string): Topic[] {
  return TOPICS.filter((topic) => topic.pattern.test(text));
}

/** Separate asks: message segments that bring up a topic no earlier segment did. */
function distinctRequests(text: string): string[] {
  const seen = new Set<string>();
  const requests: string[] = [];
  for (const segment of text.split(REQUEST_BOUNDARY)) {
    const fresh = topicsIn(segment).filter((topic) => !seen.has(topic.name));
    if (fresh.length === 0) continue;
    for (const topic of fresh) seen.add(topic.name);
    requests.push(fresh[0]!.name);
  }
  return requests;
}

export function scoreComplexity(input: ComplexityInput): ComplexityScore {
  const text = normalise(input.text);
  // Earlier turns are read by several signals below: normalised once.
  const earlierTurns = input.previousCustomerTurns.map(normalise);
  const conversation = [...earlierTurns, text];
  const contributions: { weight: number; reason: string }[] = [];

  const requests = distinctRequests(text);
  if (requests.length >= 2) {
    const weight = requests.length >= 4 ? 0.75 : requests.length === 3 ? 0.6 : 0.35;
    contributions.push({ weight, reason: `${requests.length} separate requests in one message: ${requests.join(", ")}` });
  }

  // Problems reported one message at a time add up as they do in one message ("order 4512 is
  // missing the lid" → "also the address on 4520 is wrong"); questions asked along the way do not.
  if (input.previousCustomerTurns.length > 0 && !asksSomething(input.text)) {
    const earlierReports = earlierTurns.filter((_, index) => !asksSomething(input.previousCustomerTurns[index]!));
    const before = distinctRequests(earlierReports.join("\n"));
    const raised = distinctRequests([...earlierReports, text].join("\n"));
    // Four is where a conversation stops being one problem with its details.
    if (before.length > 0 && raised.length > before.length && raised.length >= 4) {
      contributions.push({ weight: 0.7, reason: `${raised.length} problems reported over the conversation: ${raised.join(", ")}` });
    }
  }

  const mismatch = MONEY_MISMATCH.exec(text);
  if (mismatch) {
    const moves = MONEY_MOVES.filter(({ pattern }) => conversation.some((turn) => pattern.test(turn))).map(({ move }) => move);
    if (moves.length >= 3) contributions.push({ weight: 0.7, reason: `money that does not add up ("${mismatch[0]}") after ${moves.join(", ")}` });
  }

  const currentIntent = input.intentsSoFar[input.intentsSoFar.length - 1];
  const systems = new Set<BusinessSystem>(topicsIn(text).map((topic) => topic.system));
  const intentSystem = currentIntent === undefined ? undefined : INTENT_SYSTEMS[currentIntent];
  if (intentSystem) systems.add(intentSystem);
  // Most single requests touch two systems (an order and its payment); three is where one agent's tools stop.
  if (systems.size >= 3) contributions.push({ weight: systems.size >= 4 ? 0.7 : 0.5, reason: `needs ${systems.size} business systems: ${[...systems].join(", ")}` });
  // One failure that caused another across systems ("the renewal failed so now the app logs me
  // out") needs someone who can see all of them; separate questions do not.
  const entangled = ENTANGLEMENT.exec(text);
  if (systems.size >= 2 && entangled) contributions.push({ weight: 0.4, reason: `one problem across ${[...systems].join(", ")} ("${entangled[0].trim()}")` });

  const orderIds = new Set([...(text.match(ORDER_NUMBER) ?? []), ...(input.entities.orderIds ?? [])]);
  // "I have orders 4541, 4542 and 4547" → "one is lost, one came damaged, the third charged me twice":
  // problems listed against orders named earlier are that batch's problems.
  if (requests.length >= 2) for (const id of earlierTurns.flatMap((turn) => turn.match(ORDER_NUMBER) ?? [])) orderIds.add(id);
  // Three or more orders in one message is a batch, not one order with a question about it.
  if (orderIds.size >= 2) contributions.push({ weight: orderIds.size >= 3 ? 0.45 : 0.25, reason: `${orderIds.size} different orders: ${[...orderIds].join(", ")}` });

  if (currentIntent === undefined || !CONVERSATIONAL_INTENTS.has(currentIntent)) {
    const current = contentWords(text);
    // The intent alone is not enough: a classifier unsure of three different questions can give
    // them one label. The same intent must also come back with some of the same words.
    const earlier = input.previousCustomerTurns.map(contentWords);
    const restates = (i: number) =>
      overlap(earlier[i]!, current) >= SIMILAR_TURN || (currentIntent !== undefined && input.intentsSoFar[i] === currentIntent && sharesAWord(earlier[i]!, current));
    // A question asked again tends to pick up new words each time ("where is my parcel" → "I'll ask
    // once more, where is my parcel?"), so an earlier turn also counts when it restates a turn this one restates.
    const direct = earlier.map((_, i) => restates(i));
    const repeats = earlier.filter((words, i) => direct[i] || earlier.some((other, j) => j !== i && direct[j] && overlap(words, other) >= SIMILAR_TURN)).length;
    // Asked three times and still not resolved: another attempt by the AI is not what this customer needs.
    if (repeats + 1 >= 3) {
      contributions.push({ weight: repeats + 1 >= 4 ? 0.8 : 0.7, reason: `same request ${repeats + 1} times without resolution${currentIntent ? ` (${currentIntent})` : ""}` });
    }
    // The first message states the problem; a failure reported after that is an answer of the AI
    // that did not work, and a second such report means the AI has nothing better to offer.
    const failedAttempts = [...earlierTurns.slice(1), ...(input.previousCustomerTurns.length > 0 ? [text] : [])].filter((turn) => NO_PROGRESS.test(turn)).length;
    if (NO_PROGRESS.test(text) && failedAttempts >= 2) {
      contributions.push({ weight: 0.7, reason: `nothing the AI suggested has helped (said ${failedAttempts} times)` });
    } else if (input.previousCustomerTurns.length > 0 && REPEATED_ATTEMPTS.test(text)) {
      contributions.push({ weight: 0.7, reason: `the customer tried the fix several times ("${REPEATED_ATTEMPTS.exec(text)![0]}")` });
    }
    const restatement = RESTATEMENT.exec(text);
    if (restatement) contributions.push({ weight: 0.35, reason: `customer is repeating themselves ("${restatement[0]}")` });
  }

  // The AI giving an answer the customer already had is the conversation going round in circles.
  const echoed = ANSWER_ECHOED.exec(text);
  if (echoed && input.previousCustomerTurns.length > 0) contributions.push({ weight: 0.7, reason: `the AI repeats an earlier answer ("${echoed[0]}")` });
  const circling = GOING_IN_CIRCLES.exec(text);
  if (circling && input.previousCustomerTurns.length > 0) contributions.push({ weight: 0.7, reason: `the conversation goes in circles ("${circling[0]}")` });

  const ambiguity = POLICY_AMBIGUITY.filter(({ pattern }) => pattern.test(text)).map(({ cue }) => cue);
  if (ambiguity.length > 0) {
    contributions.push({ weight: ambiguity.length >= 2 ? 0.7 : 0.45, reason: `policy ambiguity: ${ambiguity.join(", ")}` });
  }

  const offScript = OFF_SCRIPT.exec(text);
  if (offScript) contributions.push({ weight: 0.45, reason: `off-script request ("${offScript[0]}")` });
  // Who the customer is stays true for the whole conversation: "we're a school with 30 lamps" makes
  // the later "12 won't connect and the invoice has the wrong name" a school's problem.
  const scale = AT_SCALE.filter(({ pattern }) => conversation.some((turn) => pattern.test(turn))).map(({ cue }) => cue);
  if (scale.length > 0 && (AT_SCALE.some(({ pattern }) => pattern.test(text)) || topicsIn(text).length > 0)) {
    contributions.push({ weight: scale.length >= 3 ? 0.75 : scale.length === 2 ? 0.6 : 0.3, reason: `buying or running accounts at scale: ${scale.join(", ")}` });
  }
  const wordCount = text.split(/\s+/).filter(Boolean).length;
  if (wordCount > LONG_MESSAGE_WORDS) contributions.push({ weight: 0.2, reason: `long message (${wordCount} words)` });

  const remaining = contributions.reduce((product, { weight }) => product * (1 - weight), 1);
  return { score: Math.round((1 - remaining) * 100) / 100, reasons: contributions.map(({ reason }) => reason) };
}
