/**
 * One end of a range or list: "on September 5 and 6", "from 5,000 to 6,000", "on 4, 5 and 6 May". Blanking
 * one end while the other stays in the sentence gives the key away ("on _____ and 6" fits only "September 5",
 * blind-35), and the one end alone is not the whole answer either: such a day or figure is not asked alone.
 */
import { escapeRegExp } from './text';

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
/** A number that is no year: a day of the month or a figure ("5", "6th", "6,000", "2.5"). */
const NUMBER = String.raw`(?<!\d)(?:\d{1,2}(?:st|nd|rd|th)?(?![\d,.]\d)|\d{1,3}(?:,\d{3})+|\d+\.\d+)(?!\d)`;
const JOIN = String.raw`(?:and|or|to|through|until|till|[-–—])`;

const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;

/** What follows the end of a range: "and 6", "to September 7", "– 8", ", 6 and 7", "(last Thursday) and Friday". */
const RANGE_AFTER = new RegExp(String.raw`^\s*(?:${JOIN}\s*(?:${MONTH}\s+)?${NUMBER}|,\s*${NUMBER}\s*(?:,|and|or)\s|${JOIN}\s*${WEEKDAY}\b)`, 'iu');
/** What comes before the far end of a range: "between 5 and ", "4, 5 and ", "from 5,000 to ", "Monday to ". */
const RANGE_BEFORE = new RegExp(String.raw`(?:${NUMBER}\s*(?:,|${JOIN})|\bbetween|\b${WEEKDAY}\s*${JOIN})\s*$`, 'iu');

/**
 * Whether `written` (a day or figure as the sentence writes it) stands at one end of a range or list of days
 * or figures whose other end stays in the sentence.
 *
 * @example
 * isRangeEnd('They will meet in Oslo on September 5 and 6.', 'September 5'); // → true
 * isRangeEnd('They will meet in Oslo on September 5, 2004.', 'September 5'); // → false
 * isRangeEnd('Between 5,000 and 6,000 people marched.', '6,000'); // → true
 */
export function isRangeEnd(sentence: string, written: string): boolean {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(written)}(?![\\p{L}\\p{N}])`, 'gu');
  for (const m of sentence.matchAll(re)) {
    const before = sentence.slice(0, m.index);
    const after = sentence.slice(m.index + m[0].length);
    if (RANGE_AFTER.test(after) || RANGE_BEFORE.test(before)) return true;
  }
  return false;
}

/** The far end of a range right after its first end: " – 30", " to September 7", " and 6". */
const FAR_END = new RegExp(String.raw`^\s*${JOIN}\s*(?:${MONTH}\s+)?${NUMBER}`, 'iu');

/**
 * The whole range `written` opens, as the sentence writes it, for a card that blanks the range rather than
 * one end of it; null when `written` opens none (or ends one, or heads a list).
 *
 * @example
 * wholeRange('… and Hanoi, Vietnam October 25 – 30.', 'October 25'); // → 'October 25 – 30'
 * wholeRange('They met on October 25.', 'October 25'); // → null
 */
export function wholeRange(sentence: string, written: string): string | null {
  const at = sentence.indexOf(written);
  if (at < 0 || RANGE_BEFORE.test(sentence.slice(0, at))) return null;
  const far = FAR_END.exec(sentence.slice(at + written.length));
  return far ? `${written}${far[0].replace(/\s+$/, '')}` : null;
}
