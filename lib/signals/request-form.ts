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
    // Spanish, French, German
    String.raw`(?:^|[\s¿¡])c[oó]mo (?:puedo|se|hago|funciona|podemos|debo)\b`,
    String.raw`\bcu[aá]nto (?:tiempo|tarda|cuesta)\b`,
    String.raw`\bcomment (?:puis-je|je peux|faire|fait-on|on|fonctionne|ça marche)\b`,
    String.raw`\bcombien (?:de temps|co[uû]te)\b`,
    String.raw`\bwie (?:kann|k[oö]nnen|muss|m[uü]ssen|funktioniert|lange|viel)\b`,
  ].join("|"),
  "iu",
);

export function asksHowTo(text: string): boolean {
  return HOW_TO.test(text.replace(/[\u2019]/g, "'"));
}
