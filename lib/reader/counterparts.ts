/** Facts as the matching needs them: the same fact in another report is found by its words. */
export interface Comparable {
  id: string;
  articleId: string;
  supportedBy: string[];
  /** The words that say what the fact is: a quotation's text, a meeting's what and place, a figure's about. */
  words: string;
  /** A quotation's speaker, a meeting's place, a figure's value and unit: must match when both have one. */
  key: string | null;
}

const wordsOf = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []);

/** Shared words over the shorter side's words: 1 when one text contains the other's words. */
export function wordOverlap(a: string, b: string): number {
  const [wa, wb] = [wordsOf(a), wordsOf(b)];
  if (wa.size === 0 || wb.size === 0) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / Math.min(wa.size, wb.size);
}

const MIN_OVERLAP = 0.3;

/**
 * The fact in another article that reports the same thing as `fact`, so the reader can link to its
 * sentence: a fact of that article that the cross-article step tied to this one, with the same key when
 * both have one, sharing the most words. Null when no candidate is close enough.
 *
 * @example
 * counterpart({ id: 'a', articleId: 'x', supportedBy: ['x', 'y'], words: 'a serious diplomatic path', key: 'blinken' },
 *   [{ id: 'b', articleId: 'y', supportedBy: ['x', 'y'], words: 'a serious diplomatic way', key: 'blinken' }]) // → the fact 'b'
 */
export function counterpart<T extends Comparable>(fact: Comparable, candidates: readonly T[]): T | null {
  let best: T | null = null;
  let bestScore = MIN_OVERLAP;
  for (const c of candidates) {
    if (c.articleId === fact.articleId || !c.supportedBy.includes(fact.articleId)) continue;
    if (c.key && fact.key && c.key !== fact.key) continue;
    const score = wordOverlap(fact.words, c.words);
    if (score > bestScore || (score === bestScore && best === null)) [best, bestScore] = [c, score];
  }
  return best;
}
