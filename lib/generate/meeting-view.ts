/**
 * How a question may speak of a meeting: whether it is an event at all (not a body named in passing),
 * which place and day belong to its own clause (not to the reporting clause, "the minister said on
 * Monday in Rome that talks in Madrid would follow on Friday"), whether it was still to come when the
 * article was written, and what to call it.
 */
import type { ArticleInput, Meeting, Span } from '@/lib/extract/types';
import type { GenerateContext } from './context';
import { datelineSpan } from './dateline';
import { isRealPlace } from './places';
import { dateLine, isReadoutMeeting, placeLine } from './location-line';
import { meetingAnchors, reportDayOf, type Anchors } from './meeting-anchors';
import { readMeeting, type Reading } from './meeting-clause';
import { nameOf } from './meeting-names';
import { tenseBeyondClause } from './meeting-tense';

/** A bare meeting word names no meeting: with several in the article, "the talks" could be any of them. */
const BARE = /^(?:the\s+)?(?:(?:peace|new|next|direct|fresh|formal|further|latest)\s+)?(?:talks|meeting|meetings|call|session|round|conference|summit|negotiations|discussions|consultations|visit|gathering|round of talks)$/i;

export interface MeetingView {
  m: Meeting;
  article: ArticleInput;
  /** The meeting's own clause, as body offsets. */
  clause: Span;
  /** The place and day, when they sit in the meeting's own clause (else null); the place also when a transcript's header gives it. */
  place: string | null;
  /** The transcript's header line that gives the place, when the meeting's clause does not (`location-line.ts`). */
  placeLine?: Span;
  when: string | null;
  /** The transcript's header line that dates a "today" of the meeting's clause (`location-line.ts`); `when` stays null, as no day is written. */
  dateLine?: Span;
  /** What `dateLine` is when not a transcript's header line: the report's dateline, or the header above a record's lead. */
  dateBy?: 'dateline' | 'lead';
  /** The ISO day `dateLine` writes, when the meeting's own date is unresolved. */
  dateLineDay?: string;
  /** `dateLine` writes the day after the meeting's: the clause says "yesterday". */
  dayBefore?: true;
  /** Still to come when the article was written. */
  planned: boolean;
  /** What to call it in a stem: "the NATO-Russia Council meeting", "the bilateral meeting", "the talks". */
  name: string;
  /** The name is a bare meeting word ("the talks"). */
  isBare: boolean;
}

const readingCache = new Map<string, Reading | null>();

/**
 * The view of a meeting a question may use; null when it is no event to ask about.
 *
 * @example
 * meetingView(ctx, m)?.place; // → 'Madrid' for "the minister said on Monday in Rome that talks in Madrid would follow on Friday"
 */
export function meetingView(ctx: GenerateContext, m: Meeting): MeetingView | null {
  const article = ctx.articles.get(m.articleId);
  if (!article) return null;
  const sentence = article.body.slice(m.sentence.start, m.sentence.end);
  const dateline = datelineSpan(article, m.sentence).end - m.sentence.start;
  // Copies of a story repeat the same sentence and meeting: read once.
  const key = [sentence, m.what, m.type, m.place, m.when, m.date, article.date, dateline].join('\u0000');
  let read = readingCache.get(key);
  if (read === undefined) {
    if (readingCache.size > 20_000) readingCache.clear();
    readingCache.set(key, (read = readMeeting(m, sentence, dateline, article.date ?? null)));
  }
  if (!read) return null;
  const name = nameOf(ctx, m);
  // A verbless sentence, or an opening "Invited to …," before a past main clause: the tense lies beyond the clause.
  const planned = tenseBeyondClause(article, m.sentence) ?? read.planned;
  // "I'm going to do a readout of the meeting between the President and Prime Minister Abe" under "St. Petersburg, Russia":
  // the meeting a briefing reports was held where the briefing was given, which its header line says.
  const line = !read.place && m.place && isRealPlace(m.place) && isReadoutMeeting(m, article, planned) ? placeLine(article, m.place) : null;
  // "these talks today took place …" under "April 5, 2017": the header's day is the clause's "today" (and the day after
  // its "yesterday").
  const reportDay = reportDayOf(m.date, read);
  const day = reportDay ? dateLine(article, reportDay) : null;
  // Else the report's dateline or the header above its lead (meeting-anchors.ts).
  const clauseText = sentence.slice(Math.max(read.clause.start, dateline), read.clause.end);
  const anchors: Anchors = day ? {} : meetingAnchors(article, m, { ...read, planned, clauseText });
  const placeAt = line ?? (read.place ? null : anchors.placeLine ?? null);
  return {
    m, article, place: read.place ?? (placeAt ? m.place : null), ...(placeAt ? { placeLine: { start: placeAt.start, end: placeAt.end } } : {}), when: read.when, planned, name,
    ...(day ? { dateLine: { start: day.start, end: day.end } } : anchors.dateLine ? { dateLine: anchors.dateLine, dateBy: anchors.dateBy, ...(anchors.iso && !m.date ? { dateLineDay: anchors.iso } : {}) } : {}),
    ...(read.dayBefore && (day || anchors.dateLine) ? { dayBefore: true as const } : {}),
    clause: { start: m.sentence.start + read.clause.start, end: m.sentence.start + read.clause.end },
    isBare: BARE.test(name),
  };
}
