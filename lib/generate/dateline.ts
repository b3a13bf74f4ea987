/**
 * Datelines ("BRUSSELS (Reuters) —", "GENEVA, March 3 (AP) —", "LONDON, Aug 7 —", "Feb. 11, 2008 -") open a wire story's
 * first sentence. They are part of the cited text, but not part of what the sentence says: a card
 * that shows them reads like copy-paste, and a blank or answer inside one tests the byline, not the news.
 */
import type { ArticleInput, Span } from '@/lib/extract/types';
import { citedText } from './text';

/** An upper-case city ("SAN JOSE", "UNITED NATIONS"), then an optional ", Calif., July 22" and "(Reuters)", then a dash. */
const CAPS_DATELINE = /^\s*\p{Lu}[\p{Lu}\p{M}.'’]{2,}(?:[ /-]\p{Lu}[\p{Lu}\p{M}.'’]*)*(?:,[^,—–()\n]{1,30}){0,3}(?:\s*\([\p{L}.& ]{2,25}\))?(?:\s*[—–]\s*|(?:\s+|(?<=\)))--?\s+)/u;
/** A mixed-case place only counts when an agency tag follows it: "In the United States (AFP)-". */
const AGENCY_DATELINE = /^\s*\p{Lu}[^.!?“”"()\n—–]{1,40}?\s*\((?:AP|AFP|Reuters|Bloomberg|PA|dpa|ANSA|EFE|Xinhua|Kyodo|UPI|TASS)\)\s*(?:[—–]|--?)\s*/u;

/** A dateline of its day alone, the city given above it: "Feb. 11, 2008 - Defense Secretary … said today". */
const DATE_DATELINE = /^\s*(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}\s*(?:[—–]|--?)\s+/;

/**
 * A posting date run into the first sentence with no stop or dash, as a wiki page prints it: "Thursday, May 7, 2015 On
 * Tuesday, the government announced …". The year then a capitalised word is no sentence's own grammar ("On May 7, 2015,
 * the …" keeps its comma), so the date heads the text rather than dating its news.
 */
const POSTED_DATELINE = /^\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+)?(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}\s+(?=\p{Lu})/u;

/** A live blog's entry time: "8:33 p.m.: When migration officials …". */
const TIMESTAMP = /^\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\s*)?[:—–-]\s+/i;

/**
 * The length of the dateline a text opens with, 0 when there is none.
 *
 * @example
 * datelineLength('BRUSSELS (Reuters) — EU ministers agreed…'); // → 21
 * datelineLength('NATO has put 8,500 troops on standby.'); // → 0
 */
export function datelineLength(text: string): number {
  const m = CAPS_DATELINE.exec(text) ?? AGENCY_DATELINE.exec(text) ?? DATE_DATELINE.exec(text) ?? POSTED_DATELINE.exec(text) ?? TIMESTAMP.exec(text);
  // Everything after the dash must still be a sentence, or the "dateline" was the whole text.
  if (!m || !/\p{L}/u.test(text.slice(m[0].length))) return 0;
  return m[0].length;
}

/**
 * The text without its leading dateline.
 *
 * @example
 * stripDateline('GENEVA, March 3 (AP) — The World Health Organization said…'); // → 'The World Health Organization said…'
 */
export function stripDateline(text: string): string {
  return text.slice(datelineLength(text));
}

/**
 * The body range a cited span's dateline covers (empty when none): what a question may not blank or ask about.
 *
 * @example
 * datelineSpan(article, fact.sentence); // → { start: 118, end: 139 } for "BRUSSELS (Reuters) — …"
 */
export function datelineSpan(article: ArticleInput, span: Span): Span {
  const n = datelineLength(article.body.slice(span.start, span.end));
  return { start: span.start, end: span.start + n };
}

/**
 * The cited sentence as a card or stem shows it: flattened, without a dateline.
 *
 * @example
 * displayedText(article, fact.sentence); // → 'European Union climate ministers agreed early on Wednesday…'
 */
export function displayedText(article: ArticleInput, span: Span): string {
  return stripDateline(citedText(article, span));
}
