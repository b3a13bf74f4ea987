/**
 * A figure a speaker names in their own words. "Allies have provided around 40 billion euros … each year", in
 * the Secretary General's own turn, is the round number he chose to name: a student who learnt it types 40, and
 * 37 or 43 is not what he said (blind-41, both judges). A reporter's "about 68,000 troops" is an estimate of a
 * count, and keeps its margin.
 */
import type { Figure } from '@/lib/extract/types';
import { factsOfArticle, type GenerateContext } from './context';
import { significantDigits } from './numbers';

/**
 * Whether the figure stands inside a quotation or transcript turn with a speaker: the speaker's words, not the report's.
 *
 * @example
 * isSpokenFigure(ctx, stoltenbergsFortyBillion); // → true (his own turn of the press conference)
 */
export function isSpokenFigure(ctx: GenerateContext, f: Figure): boolean {
  const covering = factsOfArticle(ctx.quotes, f.articleId).filter((q) => q.start <= f.valueStart && f.valueEnd <= q.end);
  if (covering.length > 0) return covering.some((q) => !!q.speaker && !q.isFragment);
  // "Pre-summit press conference by Secretary General Jens Stoltenberg": a transcript's opening statement has no
  // turn label; the headline says whose words the page is.
  return SPOKEN_BY.test(ctx.articles.get(f.articleId)?.title ?? '');
}

/** A transcript's headline naming who spoke: "Remarks by …", "Press conference by …", "Speech by …". */
const SPOKEN_BY = /\b(?:[Pp]ress [Cc]onference|[Rr]emarks|[Ss]peech|[Ss]tatement|[Aa]ddress|[Bb]riefing|[Ii]nterview)\s+by\s+\p{Lu}/u;

/**
 * Whether a typed figure is a round number a speaker names (at most two significant digits of the typed amount):
 * it is asked exactly, however the speaker hedged it ("around 40 billion").
 *
 * @example
 * isNamedRoundFigure(ctx, stoltenbergsFortyBillion, 40); // → true
 * isNamedRoundFigure(ctx, reportersSixtyEightThousand, 68000); // → false (not in anyone's words)
 */
export function isNamedRoundFigure(ctx: GenerateContext, f: Figure, amount: number): boolean {
  return Number.isInteger(amount) && significantDigits(amount) <= 2 && isSpokenFigure(ctx, f);
}
