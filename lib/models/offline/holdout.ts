import { duplicateKey } from "./text";

/**
 * Stable 0..99 bucket of an utterance, computed on its duplicate key so that paraphrase twins
 * differing only in case, punctuation or digits always land in the same bucket. Each purpose
 * salts the hash differently, so a split made inside already split data still cuts across it.
 */
export function holdoutBucket(text: string, purpose = "holdout"): number {
  // FNV-1a: tiny, dependency-free and identical on every platform, which is all a split needs.
  let hash = 0x811c9dc5;
  for (const char of `${purpose}:${duplicateKey(text)}`) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % 100;
}

export function isHeldOut(text: string, percent: number, purpose?: string): boolean {
  return holdoutBucket(text, purpose) < percent;
}
