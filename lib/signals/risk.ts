/**
 * Risk categories: topics the business does not let the AI settle on its own, whatever its
 * confidence (legal threats, personal-data rights, account security, payment disputes, and
 * cancellations with a lot of money at stake). Which categories escalate is workspace policy;
 * this scorer only names the category and quotes what triggered it.
 */

export type RiskCategory = "legal" | "privacy" | "security" | "dispute" | "large_cancellation";

export interface RiskContext {
  /** What the customer stands to cancel or close: open orders plus the yearly value of their membership. */
  atStakeCents: number;
  /** The workspace's `largeCancellationCents` authority limit. */
  largeCancellationCents: number;
}

export interface RiskScore {
  category: RiskCategory | null;
  /** 0..1: how unambiguous the strongest cue is. */
  score: number;
  evidence: string;
}

interface RiskCue {
  category: RiskCategory;
  weight: number;
  pattern: RegExp;
}

// Each cue is a phrase rather than a lone keyword where the word alone is ambiguous: "Sue" is a name,
// "court" can be a food court. Patterns ending in an accented letter have no closing \b, which
// only recognises ASCII letters.
const CUES: RiskCue[] = [
  { category: "legal", weight: 0.9, pattern: /\b(my |a )?(lawyers?|attorneys?|solicitors?)\b/ },
  { category: "legal", weight: 0.9, pattern: /\b(sue|suing)\s+(you|your|lumen|the company|them)\b|\b(i'?ll|i will|going to|gonna|will)\s+sue\b/ },
  { category: "legal", weight: 0.9, pattern: /\b(legal action|lawsuit|class action|legal proceedings)\b/ },
  { category: "legal", weight: 0.85, pattern: /\b(to|in|see you in|small claims) court\b|\bcourt case\b/ },
  { category: "legal", weight: 0.7, pattern: /\b(trading standards|consumer protection|attorney general|better business bureau)\b/ },
  { category: "legal", weight: 0.85, pattern: /\b(abogad[oa]s?|demandar(les|los)?|acciones legales|avocats?|tribunal|poursuivre en justice|anwalts?|anwältin|verklagen|klage einreichen|gericht)\b/ },

  { category: "privacy", weight: 0.9, pattern: /\b(gdpr|ccpa|rgpd|dsgvo|lopd)\b/ },
  { category: "privacy", weight: 0.85, pattern: /\b(delete|erase|remove|wipe)\s+(all\s+)?(of\s+)?my\s+(personal\s+)?(data|information|info|details)\b|\bright to be forgotten\b/ },
  { category: "privacy", weight: 0.9, pattern: /\bdata breach\b|\b(my\s+)?(data|information|details)\s+(was|were|has been|have been|got)\s+(leaked|exposed|sold|shared)\b|\bleaked my\b/ },
  { category: "privacy", weight: 0.75, pattern: /\b(subject access request|what (personal )?data do you (have|hold|keep|store))\b/ },
  { category: "privacy", weight: 0.85, pattern: /\b(borr(ar|en) (todos )?mis datos\b|supprim(er|ez|iez) (toutes )?mes données|meine daten (löschen|gelöscht))/ },

  { category: "security", weight: 0.9, pattern: /\b(been|was|got|is|has been)\s+hacked\b|\bhacked (my|into)\b|\baccount takeover\b/ },
  { category: "security", weight: 0.9, pattern: /\bunauthori[sz]ed\s+(access|charges?|purchases?|orders?|logins?|transactions?)\b/ },
  { category: "security", weight: 0.85, pattern: /\bfraudulent\b|\b(credit card|identity|card) fraud\b|\bfraud (alert|department|team)\b/ },
  { category: "security", weight: 0.85, pattern: /\b(stolen|lost)\s+(my\s+)?(credit\s+|debit\s+)?card\b|\bcard\s+(was|has been|got)\s+stolen\b/ },
  { category: "security", weight: 0.8, pattern: /\bsomeone (else )?(has been |is |was )?(logg(ed|ing) in|logged into|using|accessed|got into) (to )?my account\b|\bi (did ?not|didn'?t|never) (make|place|order|authori[sz]e) (this|that|these|those|it|them)\b/ },
  { category: "security", weight: 0.8, pattern: /\bphishing\b/ },
  { category: "security", weight: 0.7, pattern: /\bfraud\b/ },
  { category: "security", weight: 0.85, pattern: /\b(me han hackeado|hackearon|gehackt|betrug)\b|\bpiraté/ },

  { category: "dispute", weight: 0.9, pattern: /\bcharge ?backs?\b/ },
  { category: "dispute", weight: 0.9, pattern: /\bdispute\s+(the|this|that|a|my)?\s*(charge|payment|transaction)\b|\bdisput(e|ing) (it|this|the charge)? ?with (my|the) (bank|card issuer|credit card company)\b/ },
  { category: "dispute", weight: 0.85, pattern: /\b(open(ed)?|file[ds]?|raise[ds]?) an? (claim|case|dispute) with (paypal|my bank|the bank|visa|amex)\b|\bpaypal (claim|dispute)\b/ },
  { category: "dispute", weight: 0.75, pattern: /\b(call|calling|contact|contacting|ask|asking|tell|telling) my bank to (reverse|cancel|block|dispute|refund)\b|\breverse the (charge|payment)\b/ },
  { category: "dispute", weight: 0.85, pattern: /\b(contracargo|rétrofacturation|rückbuchung|lastschrift zurück)\b/ },
];

const LARGE_CANCELLATION = /\bcancel\s+(everything|it all|all\s+(of\s+)?my\s+\w+|my\s+(whole|entire)\s+\w+|my\s+(lumen plus\s+)?(membership|subscription|plan)|the membership)\b|\bclose\s+(all\s+)?(of\s+)?my\s+accounts?\b|\b(close|delete)\s+(my|the)\s+account\b/;
const LARGE_CANCELLATION_WEIGHT = 0.8;

/** Lower-cased with typographic apostrophes made straight, keeping every character's position. */
function normalise(text: string): string {
  // A few letters lower-case to two characters; quoting then falls back to the normalised text.
  return text.toLowerCase().replace(/[\u2018\u2019`]/g, "'");
}

// A sentence ends at . ! ? followed by a capital or the end of the message, so "Lumen & Co. on my card" stays whole.
const SENTENCE_END = /[.!?]+(?=\s+[\p{Lu}¿¡]|\s*$)|\n/gu;

/** The sentence around a match, from the original text so the quote reads as the customer wrote it. */
function quoteAround(original: string, normalised: string, index: number, length: number): string {
  const source = original.length === normalised.length ? original : normalised;
  let start = 0;
  let end = source.length;
  for (const stop of source.matchAll(SENTENCE_END)) {
    const after = stop.index + stop[0].length;
    if (after <= index) start = after;
    else if (stop.index >= index + length) {
      end = after;
      break;
    }
  }
  const sentence = source.slice(start, end).trim();
  return `"${sentence.length <= 160 ? sentence : source.slice(index, index + length)}"`;
}

function formatCents(cents: number): string {
  return `$${(cents / 100).toFixed(2)}`;
}

export function scoreRisk(text: string, context?: RiskContext): RiskScore {
  const normalised = normalise(text);
  let best: { category: RiskCategory; weight: number; evidence: string } | null = null;
  for (const cue of CUES) {
    const match = cue.pattern.exec(normalised);
    if (!match || (best && best.weight >= cue.weight)) continue;
    best = { category: cue.category, weight: cue.weight, evidence: quoteAround(text, normalised, match.index, match[0].length) };
  }
  const cancellation = LARGE_CANCELLATION.exec(normalised);
  if (cancellation && context && context.atStakeCents >= context.largeCancellationCents && (!best || best.weight < LARGE_CANCELLATION_WEIGHT)) {
    const quote = quoteAround(text, normalised, cancellation.index, cancellation[0].length);
    best = {
      category: "large_cancellation",
      weight: LARGE_CANCELLATION_WEIGHT,
      evidence: `${quote} with ${formatCents(context.atStakeCents)} at stake (limit ${formatCents(context.largeCancellationCents)})`,
    };
  }
  if (!best) return { category: null, score: 0, evidence: "" };
  return { category: best.category, score: best.weight, evidence: best.evidence };
}
