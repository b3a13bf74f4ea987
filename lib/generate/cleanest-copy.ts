/**
 * Of several reports that give one quotation, the one a teacher would cite: the one whose cited passage
 * reads clean as printed. A citation with a word the upload broke ("Russias") or a quotation left open
 * before its reporter's clause is repaired only where the fix is certain (shownCitation); where another
 * report gives the same words and same speaker without any slip, that report is cited instead.
 */
import type { ArticleInput, Quote, Span } from '@/lib/extract/types';
import type { GenerateContext } from './context';
import type { QuestionSource } from './types';
import { memoByObject, memoByObjectAndKey } from './memo';
import { restoreApostrophes } from './clean';
import { marksPair } from './quote-marks';
import { restoreAttested } from './shown-citation';
import { citedText, normalise } from './text';

/**
 * How many of a citation's passages the report printed with a slip: a lost apostrophe shownCitation restores,
 * or quotation marks that do not pair up (a quotation left open, a closing mark that nothing opened).
 *
 * @example
 * citationSlips(article, [{ start: 0, end: 40 }]); // → 1 for '“It opens a road, she said.', 0 for '“It opens a road,” she said.'
 */
export function citationSlips(article: ArticleInput, spans: Span[]): number {
  return spans.filter((s) => {
    const text = citedText(article, s);
    return restoreAttested(text, article.body) !== text || !marksPair(text);
  }).length;
}

/** Copies of one quotation share this: its speaker and its words, read past a lost apostrophe. */
function copyKey(q: Quote): string {
  return `${q.speakerId}\u0000${normalise(restoreApostrophes(q.text))}`;
}

/** The same words by the same speaker, across reports. */
const copiesByWords = memoByObject(function copiesByWords(ctx: GenerateContext): Map<string, Quote[]> {
  const out = new Map<string, Quote[]>();
  for (const q of ctx.quotes) {
    if (!q.speakerId || q.isFragment) continue;
    const key = copyKey(q);
    const list = out.get(key);
    if (list) list.push(q);
    else out.set(key, [q]);
  }
  return out;
});

type SourcesOf = (ctx: GenerateContext, q: Quote) => QuestionSource[] | null;

/**
 * Each quotation's citation slips, once per copy and library: a library that repeats a story holds hundreds
 * of copies of each quotation.
 */
const slipsOf = memoByObjectAndKey(
  (ctx: GenerateContext, { q, sourcesOf }: { q: Quote; sourcesOf: SourcesOf }): number => {
    const article = ctx.articles.get(q.articleId);
    const sources = sourcesOf(ctx, q);
    return article && sources ? citationSlips(article, sources) : Number.POSITIVE_INFINITY;
  },
  ({ q }) => q.id,
);

/**
 * Whether another report gives this quotation, by the same speaker, with a citation that has fewer slips
 * and a question of its own (`isAsked`): then that report is cited and this copy is not asked.
 *
 * @example
 * hasCleanerCopy(ctx, quoteInTheFederal, quoteSources, isAsked); // → true when AFP prints the same words clean
 */
export function hasCleanerCopy(
  ctx: GenerateContext,
  q: Quote,
  sourcesOf: SourcesOf,
  isAsked: (ctx: GenerateContext, q: Quote) => boolean,
): boolean {
  if (!q.speakerId) return false;
  const copies = copiesByWords(ctx).get(copyKey(q)) ?? [];
  if (copies.length < 2) return false;
  const slips = (c: Quote) => slipsOf(ctx, { q: c, sourcesOf });
  const mine = slips(q);
  if (mine === 0) return false;
  return copies.some((c) => c.articleId !== q.articleId && slips(c) < mine && isAsked(ctx, c));
}
