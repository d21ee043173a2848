/**
 * How fast a reply appears in the widget. The desk can produce a whole answer in a few
 * milliseconds; shown that way it lands as one block the customer has to find their place in.
 * The widget instead reveals what it has received at a pace someone can follow: steady when the
 * backlog is small, faster when it is large so a long answer is not held back for long, always
 * ending on a whole word, and never beyond (or short of, given time) the text received.
 */
export interface Pace {
  /** Slowest reveal, characters per second, while anything is waiting. */
  minCharsPerSecond: number;
  /** Fastest reveal, whatever the backlog. */
  maxCharsPerSecond: number;
  /** The backlog is aimed to be shown within this long, between the two rates above. */
  catchUpMs: number;
  /** A word longer than this is cut rather than waited for. */
  longestWord: number;
}

export const readingPace: Pace = { minCharsPerSecond: 40, maxCharsPerSecond: 240, catchUpMs: 2000, longestWord: 24 };

/** How many characters of `text` to show, `elapsedMs` after `shown` of them were shown. */
export function revealedLength(text: string, shown: number, elapsedMs: number, pace: Pace = readingPace): number {
  const from = Math.min(Math.max(0, shown), text.length);
  const backlog = text.length - from;
  if (backlog === 0 || elapsedMs <= 0) return from;
  const rate = Math.min(pace.maxCharsPerSecond, Math.max(pace.minCharsPerSecond, (backlog * 1000) / pace.catchUpMs));
  const budget = Math.max(1, Math.floor((rate * elapsedMs) / 1000));
  const target = Math.min(text.length, from + budget);
  return target === text.length ? target : wordEnd(text, target, pace.longestWord);
}

/** The end of the word `at` falls in, so a word never appears in halves. */
function wordEnd(text: string, at: number, longestWord: number): number {
  if (/\s/.test(text[at - 1] ?? " ")) return at;
  const limit = Math.min(text.length, at + longestWord);
  for (let i = at; i < limit; i += 1) if (/\s/.test(text[i]!)) return i;
  // Too long a word, or the end of what has arrived so far: the next tick shows the rest.
  return limit === text.length ? text.length : at;
}
