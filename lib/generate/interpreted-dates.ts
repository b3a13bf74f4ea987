/**
 * A date an interpreter's English gives that the report does not bear out: "We also had occasion to discuss the August
 * 1st summit of African leaders to be held in _____" (Chikoti through an interpreter; the summit was 4–6 August 2014).
 * The interpreter's date is not the speaker's own, and a stem that repeats it teaches it (full-r15-part3).
 */
import type { Span } from '@/lib/extract/types';
import { MONTH_NAMES } from './dates';

const MONTH = MONTH_NAMES.join('|');
/** "August 1st", "August 1", "1 August", "1st of August". */
const DAY_OF_MONTH = new RegExp(`\\b(?:(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH}))\\b`, 'g');

/** The month and day a match writes, as "August 1". */
function monthDay(m: RegExpMatchArray): string {
  return `${m[1] ?? m[4]} ${Number(m[2] ?? m[3])}`;
}

/**
 * Whether the sentence writes a day of a month that nothing else in the report writes: the interpreter's date stands
 * alone, unconfirmed (or contradicted by the report's own "August 4–6").
 *
 * @example
 * writesUnconfirmedDay('… discuss the August 1st summit to be held in Washington. …', { start: 0, end: 60 }); // → true
 * writesUnconfirmedDay('… the August 1st summit … The summit opens August 1.', { start: 0, end: 25 }); // → false
 */
export function writesUnconfirmedDay(body: string, sentence: Span): boolean {
  const rest = `${body.slice(0, sentence.start)} ${body.slice(sentence.end)}`;
  const elsewhere = new Set([...rest.matchAll(DAY_OF_MONTH)].map(monthDay));
  return [...body.slice(sentence.start, sentence.end).matchAll(DAY_OF_MONTH)].some((m) => !elsewhere.has(monthDay(m)));
}
