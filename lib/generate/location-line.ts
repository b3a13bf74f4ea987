/**
 * The line of a transcript's header that says where the words below were said ("St. Petersburg, Russia" under
 * "Konstantinovsky Palace", above "5:50 P.M. MSK" and the first "MR. RHODES:"), and the meetings a readout in that
 * transcript tells as just held there: the President's meeting a briefing reports on took place where the briefing
 * was given, the same day. A briefing, call or press conference is not that meeting.
 */
import type { ArticleInput, Meeting, Span } from '@/lib/extract/types';
import { isAbsoluteWhen, isoOfWrittenDay } from './dates';
import { escapeRegExp } from './text';
import { memoByObject } from './memo';

/** A header line short enough to be a place line, not a sentence. */
const MAX_LINE = 60;
/** A line of this many words is prose: the lead or a first turn. */
const PROSE_WORDS = 12;
/** "Talks", "meeting", "discussions": the meeting a readout reports, not the press event that reports it. */
const PRESS_OR_CALL = /\b(?:briefing|press|news|media|availability|call|conference call|teleconference|videoconference|readout|statement|remarks)\b/i;
/** The meeting's own words that say it was held the day of the briefing, or say no day at all. */
export const SAME_DAY = /^(?:today|this (?:morning|afternoon|evening)|earlier today|earlier this (?:morning|afternoon|evening)|tonight|just now)$/i;

/**
 * The short lines that open the body, up to its first line of prose (a transcript's first turn, a report's lead):
 * "THE WHITE HOUSE", "Waldorf Astoria", "New York, New York", "6:00 P.M. EDT"; "December 27, 2017, The Kremlin, Moscow".
 */
const headerLines = memoByObject(function headerLines(article: ArticleInput): Array<Span & { text: string }> {
  const lines: Array<Span & { text: string }> = [];
  let at = 0;
  for (const raw of article.body.split('\n')) {
    const text = raw.trim();
    const start = at + raw.indexOf(text);
    at += raw.length + 1;
    if (!text) continue;
    // A line of prose ends the header; a long line of furniture ("For Immediate Release      September 22, 2009") does not.
    if (text.split(/\s+/).length >= PROSE_WORDS || /[.!?:]$/.test(text)) break;
    if (text.length <= MAX_LINE) lines.push({ start, end: start + text.length, text });
  }
  return lines;
});

/**
 * The header line nearest the prose that ends on `place` as a name of its own ("New York, New York", "St. Petersburg,
 * Russia", "December 27, 2017, The Kremlin, Moscow"), or null.
 *
 * @example
 * // body "THE WHITE HOUSE\n\nWaldorf Astoria\n\nNew York, New York\n\n6:00 P.M. EDT\n\nMR. HAMMER: Good afternoon. …"
 * placeLine(article, 'New York'); // → { start: 34, end: 52, text: 'New York, New York' }
 */
export function placeLine(article: ArticleInput, place: string): (Span & { text: string }) | null {
  const re = new RegExp(`(?:^|,\\s+)${escapeRegExp(place)}(?:,\\s+\\p{Lu}[\\p{L}. ]+)?$`, 'u');
  return headerLines(article).findLast((l) => re.test(l.text)) ?? null;
}

/**
 * Whether a meeting a transcript tells is one its header places: the meeting the briefing reports (not the briefing,
 * a call or a press event), told as held, with no day of its own or the briefing's own day.
 */
export function isReadoutMeeting(m: Meeting, article: ArticleInput, planned: boolean): boolean {
  if (planned || !m.place || m.place === 'virtual' || m.type === 'call' || m.type === 'video-conference' || PRESS_OR_CALL.test(m.what)) return false;
  // The meeting is told below the header, in the report itself.
  const line = placeLine(article, m.place);
  if (!line || m.sentence.start < line.end) return false;
  if (m.when === null) return true;
  // "March 4, 2011, The Kremlin, Moscow": the day the place line itself gives is the report's.
  return SAME_DAY.test(m.when.trim()) || line.text.includes(m.when) || (isAbsoluteWhen(m.when) && !!m.date && m.date === article.date);
}

/**
 * Whether a source is a transcript's header place line: a where-question citing it rests on the transcript's own
 * record of where it was given, not on a speaker's turn alone.
 */
export function isPlaceLineSource(article: ArticleInput, span: Span): boolean {
  return headerLines(article).some((l) => l.start === span.start && l.end === span.end);
}

/** A header line that opens on a written date, after a section label or not: "April 5, 2017", "NEWS | April 9, 2015", "Tuesday, June 13, 2006", "21 Nov. 2023", "December 27, 2017, The Kremlin, Moscow". */
const DATE_LINE = /^(?:\p{Lu}{2,12}\s*\|\s*)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(?:(\p{L}{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})|(\d{1,2})\s+(\p{L}{3,9})\.?,?\s+(\d{4}))\b/u;

/** The ISO day a header line opens on, or null. */
function lineDay(text: string): string | null {
  return isoOfWrittenDay(DATE_LINE.exec(text));
}

/**
 * The header line that dates the words below it to `iso` ("April 5, 2017" above "President of Russia Vladimir Putin:
 * … these talks today …"): a transcript's "today" is the day its header writes. Not a release line ("For Immediate
 * Release …"): a transcript may be released a day after the words were said.
 *
 * @example
 * // body "Press statements following talks\n\nApril 5, 2017\n\nMr Putin and Mr Mirziyoyev made press statements …"
 * dateLine(article, '2017-04-05'); // → { start: 34, end: 47, text: 'April 5, 2017' }
 */
export function dateLine(article: ArticleInput, iso: string): (Span & { text: string }) | null {
  return headerLines(article).find((l) => lineDay(l.text) === iso) ?? null;
}

/**
 * The name a transcript's headline gives the talks it reports ("Press statements following Russian-Uzbekistani
 * talks" → "the Russian-Uzbekistani talks"), for a bare "the talks" of its turns; null otherwise.
 *
 * @example
 * headlineTalksName('Press statements following Russian-Uzbekistani talks', 'the talks'); // → 'the Russian-Uzbekistani talks'
 */
export function headlineTalksName(title: string, bareName: string): string | null {
  const word = bareName.replace(/^the\s+/, '');
  if (!/^(?:talks|negotiations|consultations)$/.test(word)) return null;
  const m = new RegExp(`(?<![\\p{L}-])(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)+)\\s+${word}\\b`, 'u').exec(title);
  return m ? `the ${m[1] ?? ''} ${word}` : null;
}

/** Any word that dates or times a sentence: a lead with one is dated by its own words, not by the header. */
const TIME_WORD = /\b(?:today|tonight|yesterday|tomorrow|morning|afternoon|evening|week|month|year|earlier|later|ago|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|\d{4})\b/i;

/**
 * The header line that dates a record's lead ("December 27, 2017, The Kremlin, Moscow" right above "Vladimir Putin had a
 * meeting with President … Nazarbayev."): the day of the event the page records, which its first line of prose reports.
 * Null unless the lead follows the line with nothing between and writes no time of its own, and the line names a place.
 *
 * @example
 * // body "March 4, 2031, The Kremlin, Moscow\n\nPresident Anna Berg had a meeting with Prime Minister Tomas Vale.\n\n…"
 * leadDateLine(article, { start: 36, end: 101 }, { date: null, when: 'March 4, 2031' }); // → { start: 0, end: 34, text: 'March 4, 2031, The Kremlin, Moscow', iso: '2031-03-04' }
 */
export function leadDateLine(article: ArticleInput, lead: Span, m: { date: string | null; when: string | null }): (Span & { text: string; iso: string }) | null {
  // The extractor dated the meeting by this line: to its day, or to the line's own words when it left the day unresolved.
  const line = headerLines(article).find((l) => (m.date ? lineDay(l.text) === m.date : !!m.when && l.text.startsWith(m.when)));
  const iso = line ? lineDay(line.text) : null;
  if (!line || !iso || article.body.slice(line.end, lead.start).trim() !== '') return null;
  // A record's line names where as well as when ("…, The Kremlin, Moscow"); a bare date ("August 6, 2017") may be a
  // release's, a day after the meeting or one day of a summit.
  if (!/^\s*,\s*\p{Lu}/u.test(line.text.slice((DATE_LINE.exec(line.text)?.[0] ?? '').length))) return null;
  return TIME_WORD.test(article.body.slice(lead.start, lead.end)) ? null : { ...line, iso };
}
