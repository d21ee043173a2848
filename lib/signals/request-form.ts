/**
 * Whether a message asks for something (a question or a request) rather than telling or
 * acknowledging. Not understanding a question is a reason to bring in a person; not fully
 * understanding "my blender arrived today" is a reason to ask what the customer needs.
 */
const OPENERS = [
  // English
  "can", "could", "would", "will", "how", "what", "whats", "where", "when", "why", "which", "who", "is", "are", "do", "does", "did",
  "please", "help", "cancel", "refund", "change", "send", "give", "show", "tell", "check", "track", "update", "reset", "explain", "let",
  "i want", "i need", "i'd like", "id like", "i would like", "i wanna", "need", "want", "any",
  // Spanish, French, German
  "puedo", "puede", "pueden", "quiero", "necesito", "cómo", "como", "dónde", "donde", "cuándo", "cuando", "qué", "cuánto", "cuanto",
  "je veux", "je voudrais", "pouvez", "peux", "comment", "où", "quand", "est-ce", "combien",
  "ich möchte", "ich will", "können", "kann", "wie", "wo", "wann", "warum", "gibt",
];
const REQUEST_WORDS = /\b(please|pls|por favor|s'il vous pla[iî]t|bitte|i need|i want|i'd like|can you|could you)\b/i;

export function asksSomething(text: string): boolean {
  const normalised = text.trim().toLowerCase().replace(/^[¿¡"'(]+/, "");
  if (/[?？¿]/.test(text) || REQUEST_WORDS.test(normalised)) return true;
  // "what's the weather" opens with "what" as much as "whats the weather" does.
  const unquoted = normalised.replace(/['\u2019]/g, "");
  return OPENERS.some((opener) => unquoted === opener || unquoted.startsWith(`${opener} `));
}

/**
 * Whether a message asks how something is done or how it works ("how do I cancel Lumen Plus",
 * "¿Cómo puedo rastrear mi pedido?") rather than asking the desk to do it: such a question is
 * answered by the help centre's article, an action request by the specialist who can act.
 */
const HOW_TO = new RegExp(
  [
    // English
    String.raw`\bhow (?:do|can|could|should|would|does|did) (?:i|we|you|one|it|a|the)\b`,
    String.raw`\bhow to\b`,
    String.raw`\bhow (?:long|much|many|often)\b`,
    String.raw`\bwhat(?: do|'s| is)? (?:i|the) (?:need to do|have to do|process|steps?|way)\b`,
    String.raw`\bis it possible to\b`,
    // Spanish: "¿cómo inicio…?", "¿cómo se…?", but not "¿cómo está/va mi pedido?", which asks for a status
    String.raw`(?:^|[\s¿¡,])c[oó]mo (?!est[aá]n?(?!\p{L})|va(?!\p{L})|van(?!\p{L})|sigue\b)\p{L}{2,}`,
    String.raw`\bcu[aá]nto (?:tiempo|tarda|tardan|demora|cuesta|cuestan|vale)(?!\p{L})`,
    String.raw`\bcu[aá]ndo (?:recibir[eé]|me (?:devolver[aá]n|reembolsar[aá]n|devuelven|reembolsan))(?!\p{L})`,
    String.raw`\b(?:se puede|es posible)(?!\p{L})`,
    // French: "comment suivre…", "comment je fais…", but not "comment va…" (nor an English "comment about…")
    String.raw`\bcomment (?:je|j'\p{L}+|on|puis|peut|peux|pourrais|dois|faire|fait|\p{L}+(?:er|ir|re|oir))(?!\p{L})`,
    String.raw`\bcombien (?:de temps|co[uû]tent?|de jours)(?!\p{L})`,
    String.raw`\bquand (?:vais-je|est-ce que je vais|serai-je|est-ce que je serai) (?:recevoir|être|etre|r[ée]cup[ée]rer|rembours)`,
    String.raw`\b(?:est-il possible|est-ce possible|peut-on)(?!\p{L})`,
    // German: "wie starte ich…", "wie kann man…", "wie lange…"
    String.raw`\bwie (?:kann|k[oö]nnen|muss|m[uü]ssen|funktioniert|lange|viel|\p{L}+ (?:ich|man))(?!\p{L})`,
    String.raw`\bwann (?:bekomme|erhalte|kriege) ich(?!\p{L})`,
    String.raw`\b(?:ist es m[oö]glich|kann man)(?!\p{L})`,
  ].join("|"),
  "iu",
);

export function asksHowTo(text: string): boolean {
  return HOW_TO.test(text.replace(/[\u2019]/g, "'"));
}

/**
 * Whether a message asks the desk to do something for this customer ("cancel my membership",
 * "can you refund order 4518", "I'd like to change my address") rather than asking about it
 * ("can I cancel a pre-order?", "when will I get my refund?") or describing a problem ("my
 * package is late"). A question or a problem is answered from the help centre when an article
 * fits; a request goes to the specialist who can act on it.
 */
const ACTIONS = [
  "cancel", "refund", "change", "update", "reset", "delete", "close", "stop", "unsubscribe", "downgrade", "upgrade", "switch", "send", "resend",
  "edit", "remove", "add", "pause", "track", "process", "issue", "return", "exchange", "swap", "replace", "fix", "correct", "modify", "redirect",
  "deactivate", "terminate", "end", "look up", "lookup", "check on", "credit", "reverse", "waive", "apply",
].join("|");
// A verb opening the message, after a greeting or thanks, aimed at something of the customer's.
const IMPERATIVE = new RegExp(String.raw`^(?:(?:hi|hello|hey|ok|okay|thanks|thank you|so|right)\b[\s,!.]*)*(?:please\s+|pls\s+|kindly\s+)?(?:${ACTIONS})\b(?:\s+\S+){0,3}?\s+(?:my|our|it|this|that|these|those|them|me|the order|the subscription|the membership)\b`, "iu");
const ASKED_TO_ACT = new RegExp(
  [
    String.raw`\b(?:can|could|would|will)\s+(?:you|u|someone|somebody)\s+(?:please\s+|pls\s+|just\s+)?(?:${ACTIONS})\b`,
    String.raw`\b(?:i|we)(?:\s+(?:want|wanna|need|would like)|'d like)\s+(?:you\s+)?(?:to\s+)?(?:${ACTIONS})\b`,
    String.raw`\bid like to (?:${ACTIONS})\b`,
    String.raw`\b(?:please|pls|plz|kindly)\s+(?:${ACTIONS})\b`,
    String.raw`\b(?:${ACTIONS})\b[^?]*\b(?:please|pls|plz)\W*$`,
    // Spanish, French, German
    String.raw`\b(?:quiero|necesito|quisiera|puede|podr[ií]a|pueden)\s+(?:que\s+)?(?:cancelar|reembolsar|devolver|cambiar|actualizar|anular|borrar|eliminar)`,
    String.raw`\b(?:je veux|je voudrais|pouvez-vous|pourriez-vous|merci d')\s*(?:annuler|rembourser|changer|modifier|supprimer|retourner)`,
    String.raw`\b(?:ich (?:möchte|will|muss)|können sie|könnten sie|bitte)\b.*\b(?:stornieren|erstatten|ändern|löschen|kündigen|zurückschicken|zurücksenden)\b`,
  ].join("|"),
  "iu",
);

export function asksDeskToAct(text: string): boolean {
  const normalised = text.trim().toLowerCase().replace(/[\u2019]/g, "'");
  return IMPERATIVE.test(normalised) || ASKED_TO_ACT.test(normalised);
}
