import { LEGAL_THREAT } from "./risk";
import { scoreSentiment } from "./sentiment";

/**
 * Frustration of a customer across a conversation, from cues a human supervisor would point at:
 * repeating themselves, "third time" talk, shouting, swearing, threats to leave, and a mood that
 * keeps getting worse.
 */

export type FrustrationCueKind =
  | "repetition"
  | "asked_again"
  | "repeat_phrase"
  | "shouting"
  | "profanity"
  | "threat_to_leave"
  | "negative_drift"
  | "negative_tone";

export interface FrustrationCue {
  cue: FrustrationCueKind;
  /** What in the conversation triggered the cue, quoted or summarised for a human reader. */
  evidence: string;
}

export interface FrustrationAssessment {
  /** 0 (calm) .. 1 (clearly frustrated). */
  score: number;
  cues: FrustrationCue[];
}

export type SentimentLabel = "positive" | "neutral" | "frustrated" | "angry";

const CUE_WEIGHT: Readonly<Record<FrustrationCueKind, number>> = {
  repetition: 0.45,
  asked_again: 0.35,
  repeat_phrase: 0.35,
  shouting: 0.3,
  profanity: 0.45,
  threat_to_leave: 0.55,
  negative_drift: 0.3,
  negative_tone: 0.35,
};

/** The customer saying they are asking or telling again: "third time", "as I said", "otra vez". */
const ASKED_AGAIN = [
  /\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th|\d+(?:st|nd|rd|th)?) time\b/i,
  /\b(?:segunda|tercera|cuarta|quinta) vez\b|\b(?:deuxi[èe]me|troisi[èe]me|quatri[èe]me|cinqui[èe]me|\d+e) fois\b|\b(?:zweiten|dritten|vierten|f[üu]nften|\d+\.) mal\b/iu,
  /\b(?:once )?again\b/i,
  /\b(?:schon wieder|otra vez|encore une fois)\b/iu,
  /\bhow many (?:more )?times\b/i,
  /\b(?:already|just) (?:told|said|explained|asked|sent|gave)\b/i,
  /\bas i (?:said|told you|mentioned|explained)\b/i,
  /\bkeep (?:asking|telling|saying|getting)\b/i,
  /\bfor the (?:last|hundredth|umpteenth) time\b/i,
];

/** Something that should have happened by now and has not: "still not", "weeks now", "sigue sin". */
const REPEAT_PHRASES = [
  /\bstill (?:not|no|nothing|waiting|haven'?t|hasn'?t|didn'?t|doesn'?t|can'?t|isn'?t|broken|missing)\b/i,
  /\b(?:weeks|days|hours|ages) (?:and (?:weeks|days|hours) )?(?:now|already|ago)\b/i,
  /\b(?:sigue sin|todav[ií]a no|a[úu]n no|toujours (?:pas|rien)|immer noch (?:nicht|kein\w*|nichts)|noch immer (?:nicht|kein\w*|nichts))\b/iu,
];

const PROFANITY =
  /\b(?:f+u+c+k\w*|fck\w*|fk|wtf|sh[i1]t\w*|bullshit|crap\w*|damn\w*|dammit|bloody|piss\w*|ass(?:hole)?s?|bastards?|bitch\w*|dick|screw (?:you|this)|suck(?:s|ed)?|hell)\b/i;

const THREATS = [
  /\b(?:chargeback|charge back|dispute (?:the|this) (?:charge|payment|transaction)|reverse the (?:charge|payment))\b/i,
  /\b(?:sue|suing|legal action|small claims|court)\b/i,
  new RegExp(LEGAL_THREAT.source, "i"),
  /\b(?:report|reporting) (?:you|this|your company)\b|\b(?:bbb|better business bureau|trading standards|ombudsman|consumer protection)\b/i,
  /\b(?:i'?ll|i will|i'?m going to|im going to|gonna|or i|or else i)\s+(?:\w+\s+){0,2}(?:(?:cancel|close|delete|end)\s+(?:my\s+|the\s+)?(?:account|subscription|membership|contract|plan)|leave|switch|quit|unsubscribe from everything)\b/i,
  /\b(?:take|taking) my (?:business|money) (?:elsewhere|somewhere else)\b/i,
  /\bnever (?:again )?(?:order|buy|shop|use|purchase)\w* (?:from|with|here|at|you)\b|\bnever again\s*[.!]*\s*$|,\s*never again\b/i,
  /\b(?:switch|switching|move|moving|go|going) to (?:a |your )?(?:competitor|another (?:company|provider|store|bank))\b/i,
  /\b(?:bad|negative|1[- ]star|one[- ]star) review\b|\b(?:post|tell everyone|social media|twitter)\b.*\b(?:about|how) (?:this|you)\b/i,
];

function words(text: string): string[] {
  return text.toLowerCase().replace(/['\u2019]/g, "").match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Dice overlap of word bigrams (plus words, so short messages still compare). */
function similarity(a: string, b: string): number {
  const grams = (text: string) => {
    const tokens = words(text);
    return new Set([...tokens, ...tokens.slice(1).map((token, i) => `${tokens[i]} ${token}`)]);
  };
  const left = grams(a);
  const right = grams(b);
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const gram of left) if (right.has(gram)) shared++;
  return (2 * shared) / (left.size + right.size);
}

function quote(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return `"${flat.length > 80 ? `${flat.slice(0, 77)}...` : flat}"`;
}

function slope(values: readonly number[]): number {
  const n = values.length;
  const meanX = (n - 1) / 2;
  const meanY = values.reduce((sum, v) => sum + v, 0) / n;
  let numerator = 0;
  let denominator = 0;
  values.forEach((value, x) => {
    numerator += (x - meanX) * (value - meanY);
    denominator += (x - meanX) ** 2;
  });
  return denominator === 0 ? 0 : numerator / denominator;
}

const REPETITION_SIMILARITY = 0.6;
const DRIFT_WINDOW = 5;
const DRIFT_SLOPE = -0.15;

/**
 * @param customerMessages the customer's own messages, oldest first; the last one is the turn being assessed.
 */
export function assessFrustration(customerMessages: readonly string[]): FrustrationAssessment {
  const latest = customerMessages.at(-1);
  if (latest === undefined || latest.trim() === "") return { score: 0, cues: [] };
  const earlier = customerMessages.slice(0, -1);
  const cues: FrustrationCue[] = [];

  const repeated = earlier
    .filter((message) => words(message).length >= 2)
    .map((message) => ({ message, similarity: similarity(message, latest) }))
    .filter((candidate) => candidate.similarity >= REPETITION_SIMILARITY)
    .sort((a, b) => b.similarity - a.similarity)[0];
  if (repeated) cues.push({ cue: "repetition", evidence: `repeats an earlier message: ${quote(repeated.message)}` });

  // One cue for both kinds: "third time and still nothing" says the same thing twice.
  const match = (patterns: readonly RegExp[]) => patterns.reduce<RegExpMatchArray | null>((found, pattern) => found ?? latest.match(pattern), null);
  const askedAgain = match(ASKED_AGAIN);
  const noProgress = askedAgain ? null : match(REPEAT_PHRASES);
  if (askedAgain) cues.push({ cue: "asked_again", evidence: quote(askedAgain[0]) });
  else if (noProgress) cues.push({ cue: "repeat_phrase", evidence: quote(noProgress[0]) });

  const letters = latest.match(/\p{L}/gu) ?? [];
  const capitals = latest.match(/\p{Lu}/gu) ?? [];
  const capsRatio = letters.length ? capitals.length / letters.length : 0;
  const exclamations = (latest.match(/!/g) ?? []).length;
  if (letters.length >= 8 && capsRatio >= 0.6) {
    cues.push({ cue: "shouting", evidence: `${Math.round(capsRatio * 100)}% capital letters` });
  } else if (exclamations >= 3) {
    cues.push({ cue: "shouting", evidence: `${exclamations} exclamation marks` });
  }

  const profanity = latest.match(PROFANITY);
  if (profanity) cues.push({ cue: "profanity", evidence: quote(profanity[0]) });

  for (const pattern of THREATS) {
    const match = latest.match(pattern);
    if (match) {
      cues.push({ cue: "threat_to_leave", evidence: quote(match[0]) });
      break;
    }
  }

  const trajectory = customerMessages.slice(-DRIFT_WINDOW).map((message) => scoreSentiment(message).score);
  const latestSentiment = trajectory.at(-1)!;
  if (trajectory.length >= 3 && latestSentiment < 0 && slope(trajectory) <= DRIFT_SLOPE) {
    cues.push({
      cue: "negative_drift",
      evidence: `sentiment fell from ${trajectory[0]!.toFixed(2)} to ${latestSentiment.toFixed(2)} over ${trajectory.length} messages`,
    });
  }
  if (latestSentiment <= -0.4) {
    cues.push({ cue: "negative_tone", evidence: `sentiment ${latestSentiment.toFixed(2)}` });
  }

  // Cues are treated as independent pieces of evidence: each removes a share of the remaining calm.
  let calm = 1;
  for (const { cue } of cues) {
    const weight = cue === "negative_tone" ? CUE_WEIGHT.negative_tone * Math.min(1, -latestSentiment / 0.8) : CUE_WEIGHT[cue];
    calm *= 1 - weight;
  }
  return { score: 1 - calm, cues };
}

/** Coarse mood for the agent console, from the turn's sentiment score and the frustration cues. */
export function sentimentLabel(score: number, cues: readonly FrustrationCue[]): SentimentLabel {
  const has = (kind: FrustrationCueKind) => cues.some((cue) => cue.cue === kind);
  if (has("threat_to_leave") || (has("profanity") && score < 0) || (has("shouting") && score <= -0.5) || score <= -0.75) {
    return "angry";
  }
  if (score <= -0.3 || has("repetition") || has("asked_again") || has("repeat_phrase") || has("negative_drift") || has("shouting") || has("profanity")) {
    return "frustrated";
  }
  return score >= 0.3 ? "positive" : "neutral";
}
