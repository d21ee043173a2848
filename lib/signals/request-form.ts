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
