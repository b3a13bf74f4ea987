/**
 * The line of a transcript's header that says where the words below were said ("St. Petersburg, Russia" under
 * "Konstantinovsky Palace", above "5:50 P.M. MSK" and the first "MR. RHODES:"), and the meetings a readout in that
 * transcript tells as just held there: the President's meeting a briefing reports on took place where the briefing
 * was given, the same day. A briefing, call or press conference is not that meeting.
 */
import type { ArticleInput, Meeting, Span } from '@/lib/extract/types';
import { isAbsoluteWhen } from './dates';
import { escapeRegExp } from './text';
import { memoByObject } from './memo';

/** A speaker's label opening a turn: "MR. RHODES:", "SENIOR ADMINISTRATION OFFICIAL:", "PRESIDENT OBAMA:". */
const TURN_LABEL = /^(?:[A-Z][A-Z.'’-]*\s+){0,4}[A-Z][A-Z.'’-]*:\s/m;
/** A header line short enough to be a place line, not a sentence. */
const MAX_LINE = 60;
/** "Talks", "meeting", "discussions": the meeting a readout reports, not the press event that reports it. */
const PRESS_OR_CALL = /\b(?:briefing|press|news|media|availability|call|conference call|teleconference|videoconference|readout|statement|remarks)\b/i;
/** The meeting's own words that say it was held the day of the briefing, or say no day at all. */
const SAME_DAY = /^(?:today|this (?:morning|afternoon|evening)|earlier today|earlier this (?:morning|afternoon|evening)|tonight|just now)$/i;

/** The header lines before a transcript's first turn, each with its span in the body: none for a story that is no transcript. */
const headerLines = memoByObject(function headerLines(article: ArticleInput): Array<Span & { text: string }> {
  const body = article.body;
  const turn = TURN_LABEL.exec(body);
  if (!turn) return [];
  const lines: Array<Span & { text: string }> = [];
  let at = 0;
  for (const raw of body.slice(0, turn.index).split('\n')) {
    const text = raw.trim();
    const start = at + raw.indexOf(text);
    at += raw.length + 1;
    if (text && text.length <= MAX_LINE && !/[.!?]$/.test(text)) lines.push({ start, end: start + text.length, text });
  }
  return lines;
});

/**
 * The header line nearest the first turn that writes `place` as its own name ("New York, New York",
 * "St. Petersburg, Russia"), or null.
 *
 * @example
 * // body "THE WHITE HOUSE\n\nWaldorf Astoria\n\nNew York, New York\n\n6:00 P.M. EDT\n\nMR. HAMMER: Good afternoon. …"
 * placeLine(article, 'New York'); // → { start: 34, end: 52, text: 'New York, New York' }
 */
export function placeLine(article: ArticleInput, place: string): (Span & { text: string }) | null {
  const re = new RegExp(`^${escapeRegExp(place)}(?:,\\s+\\p{Lu}[\\p{L}. ]+)?$`, 'u');
  return headerLines(article).findLast((l) => re.test(l.text)) ?? null;
}

/**
 * Whether a meeting a transcript tells is one its header places: the meeting the briefing reports (not the briefing,
 * a call or a press event), told as held, with no day of its own or the briefing's own day.
 */
export function isReadoutMeeting(m: Meeting, article: ArticleInput, planned: boolean): boolean {
  if (planned || !m.place || m.place === 'virtual' || m.type === 'call' || m.type === 'video-conference' || PRESS_OR_CALL.test(m.what)) return false;
  // The meeting is told below the header, in the transcript itself.
  const line = placeLine(article, m.place);
  if (!line || m.sentence.start < line.end) return false;
  if (m.when === null) return true;
  return SAME_DAY.test(m.when.trim()) || (isAbsoluteWhen(m.when) && !!m.date && m.date === article.date);
}

/**
 * Whether a source is a transcript's header place line: a where-question citing it rests on the transcript's own
 * record of where it was given, not on a speaker's turn alone.
 */
export function isPlaceLineSource(article: ArticleInput, span: Span): boolean {
  return headerLines(article).some((l) => l.start === span.start && l.end === span.end);
}
