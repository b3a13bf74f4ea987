/**
 * A report's source list: `"MP calls for probe into misplaced documents" — Edmonton Sun, August 16, 2008`.
 * The quoted words are another paper's headline, not anything a person said (round 15's judges were asked
 * who said it, with the paper as the key).
 */
import type { Span } from '@/lib/extract/types';

/** After the closing mark: a dash, the outlet and its date, to the end of the line. */
const OUTLET_AND_DATE = /^[”"’']?\s*[—–-]{1,2}\s*[^\n]{2,80}?\b(?:1[89]|20)\d\d\.?[ \t]*(?:\n|$)/;

/**
 * Whether quoted words are an entry of a source list: a headline with its outlet and date after a dash.
 *
 * @example
 * isListedHeadline('Sources\n"Talks stall in Geneva" — Daily Courier, May 2, 2011\n', { start: 9, end: 29 }); // → true
 * isListedHeadline('"Talks stall," said Ann Lee on May 2, 2011.', { start: 1, end: 12 }); // → false
 */
export function isListedHeadline(body: string, quote: Span): boolean {
  const lineEnd = body.indexOf('\n', quote.end);
  return OUTLET_AND_DATE.test(body.slice(quote.end, lineEnd < 0 ? body.length : lineEnd + 1));
}
