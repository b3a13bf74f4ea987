/**
 * Every count an article writes in digits, figure or not: "armed … and numbering around 400" is no figure the
 * extractor reads (no counted noun follows), yet a typed answer of 400 to another question must not pass (full-19).
 */
import type { ArticleInput } from '@/lib/extract/types';
import { memoByText } from './memo';

/** "1,500", "450", "2.5": digits with thousands commas or decimals, not glued to letters ("G20", "F-16"). */
const DIGITS = /(?<![\p{L}\d.,-])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\p{L}\d])|(?<![\p{L}\d.,-])\d+(?:\.\d+)?(?![\p{L}\d])/gu;

/** "2008", "1986": a year, not a count (counts of thousands are written with a comma in news copy). */
const YEAR = /^(?:1[89]|20|21)\d\d$/;

/**
 * The counts written in digits in an article's body, years left out.
 *
 * @example
 * writtenCounts({ body: 'Around 450 troops landed in 2008; about 400 loyalists and 1,500 AU forces.' }); // → [450, 400, 1500]
 */
export function writtenCounts(article: Pick<ArticleInput, 'body'>): number[] {
  return countsIn(article.body);
}

/** Once per distinct body: a library holds the same text under several ids (copies, a bench's repeated library). */
const countsIn = memoByText((body: string): number[] => {
  const out: number[] = [];
  for (const m of body.matchAll(DIGITS)) {
    if (YEAR.test(m[0])) continue;
    out.push(Number(m[0].replace(/,/g, '')));
  }
  return out;
});
