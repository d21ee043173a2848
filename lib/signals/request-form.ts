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
  return OPENERS.some((opener) => normalised === opener || normalised.startsWith(`${opener} `));
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
