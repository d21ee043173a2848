import type { ConversationFacts } from "./conversation-facts";

/**
 * Questions the help centre could not answer well: turns the triage routed to the knowledge
 * specialist whose best article matched below the confidence floor in force at the time.
 */

export interface ContentGapRow {
  intent: string;
  questions: number;
  averageAnswerConfidence: number;
  /** The most frequent words of the questions, stop words left out. */
  topTerms: string[];
  examples: string[];
}

const TOP_TERMS = 5;
const EXAMPLES = 3;

const STOP_WORDS = new Set(
  "a about an and any are as at be been but by can could did do does for from get got have how i i'm if in is it it's its me my no not of on or our please so that the their them there this to was we what when where which who why will with would you your".split(" "),
);

export function termsOf(question: string): string[] {
  return (question.toLowerCase().match(/[a-z0-9']+/g) ?? []).filter((word) => word.length > 2 && !STOP_WORDS.has(word));
}

function topTerms(questions: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const question of questions) for (const term of new Set(termsOf(question))) counts.set(term, (counts.get(term) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, TOP_TERMS).map(([term]) => term);
}

export function contentGaps(facts: readonly ConversationFacts[], fallbackConfidenceFloor: number): ContentGapRow[] {
  const byIntent = new Map<string, { confidences: number[]; questions: string[] }>();
  for (const f of facts) {
    for (const turn of f.knowledgeTurns) {
      const floor = turn.confidenceFloor ?? fallbackConfidenceFloor;
      if (turn.answerConfidence === null || turn.answerConfidence >= floor) continue;
      const group = byIntent.get(turn.intent) ?? { confidences: [], questions: [] };
      group.confidences.push(turn.answerConfidence);
      if (turn.question !== null) group.questions.push(turn.question);
      byIntent.set(turn.intent, group);
    }
  }
  return [...byIntent]
    .map(([intent, { confidences, questions }]) => ({
      intent,
      questions: confidences.length,
      averageAnswerConfidence: confidences.reduce((sum, c) => sum + c, 0) / confidences.length,
      topTerms: topTerms(questions),
      examples: questions.slice(0, EXAMPLES),
    }))
    .sort((a, b) => b.questions - a.questions || a.intent.localeCompare(b.intent));
}
