import type { ConversationFacts } from "./conversation-facts";
import { ratio } from "./statistics";

export interface BriefRating {
  conversationId: string;
  handoffId: string;
  userId: string;
  useful: boolean;
  note: string | null;
  at: Date;
}

export interface BriefUsefulness {
  useful: number;
  usefulShare: number | null;
  /** Every counted rating with its note, newest first. */
  ratings: BriefRating[];
}

/** Each person's latest verdict on each brief counts once. */
export function briefUsefulness(facts: readonly ConversationFacts[]): BriefUsefulness {
  const ratings = facts
    .flatMap((f) => f.briefFeedback.map(({ handoffId, userId, useful, note, at }) => ({ conversationId: f.id, handoffId, userId, useful, note, at: new Date(at) })))
    .sort((a, b) => b.at.getTime() - a.at.getTime());
  const useful = ratings.filter((r) => r.useful).length;
  return { useful, usefulShare: ratio(useful, ratings.length), ratings };
}
