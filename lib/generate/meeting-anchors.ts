/**
 * Where and when a meeting was, from the report's own record of itself rather than from the meeting's clause: a wire
 * report's dateline for its "today" and "here", and a record's header line for the meeting its lead reports. Each only
 * when the clause points at it ("met today", "had here") or the lead is the record's event; otherwise the dateline is
 * where the story was filed, and says nothing of a meeting.
 */
import type { ArticleInput, Meeting, Span } from '@/lib/extract/types';
import { isRealPlace } from './places';
import { leadDateLine } from './location-line';
import { isOutletSeat } from './office-names';
import { datelineOfDay, datelineOfPlace, saysHere } from './report-dateline';
import { isPressOccasion } from './press-occasion';
import { isBodyGathering } from './body-members';

export interface Anchors {
  placeLine?: Span;
  dateLine?: Span;
  /** What `dateLine` is: the report's dateline, or the header line above a record's lead. */
  dateBy?: 'dateline' | 'lead';
  /** The day `dateLine` writes, when the extractor left the meeting's own date unresolved. */
  iso?: string;
}

/** What the meeting's view already knows from its own clause and the transcript's header. */
export interface ClauseReading {
  clauseText: string;
  place: string | null;
  when: string | null;
  planned: boolean;
  sameDay: boolean;
  dayBefore: boolean;
}

/** The ISO day after `iso`. */
export function nextIsoDay(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/**
 * The report's own day that dates the meeting's "today" (the meeting's day) or "yesterday" (the day after it), when
 * its clause gives no written day; null otherwise.
 *
 * @example
 * reportDayOf('2031-05-06', { when: null, sameDay: false, dayBefore: true }); // → '2031-05-07'
 */
export function reportDayOf(date: string | null, r: Pick<ClauseReading, 'when' | 'sameDay' | 'dayBefore'>): string | null {
  if (r.when || !date) return null;
  return r.sameDay ? date : r.dayBefore ? nextIsoDay(date) : null;
}

/**
 * The dateline or header line that places or dates the meeting, when its clause does not.
 *
 * @example
 * // "LORVIK, Norland, May 7, 2031 – … five meetings Secretary Vale had here today with …"
 * meetingAnchors(article, m, reading); // → { placeLine: { start: 11, end: 37 }, dateLine: { start: 11, end: 37 }, dateBy: 'dateline' }
 */
export function meetingAnchors(article: ArticleInput, m: Meeting, r: ClauseReading): Anchors {
  const out: Anchors = {};
  const press = isPressOccasion(m.what);
  // "welcomed … to the Pentagon today" under "WASHINGTON, May 7, 2012 –": the dateline's day is the report's "today";
  // "Yesterday, he attended …" under "MANILA, Philippines, Aug. 30, 2013 –" was the 29th.
  const reportDay = reportDayOf(m.date, r);
  const dated = reportDay ? datelineOfDay(article, reportDay) : null;
  if (dated) Object.assign(out, { dateLine: { start: dated.start, end: dated.end }, dateBy: 'dateline' as const });
  // "Vladimir Putin had a meeting with …" right under "December 27, 2017, The Kremlin, Moscow": the record's day.
  // Not a visit's: "Merkel, who is in Russia on a working visit, met …" may span days, of which the record's is one.
  const line = !dated && !r.when && !r.sameDay && !r.dayBefore && !r.planned && !press && !/\bvisit/i.test(m.what) ? leadDateLine(article, m.sentence, m) : null;
  // The record's day is its publisher's: the local day only at the publisher's own seat ("November 20, 2016, Lima" in
  // Moscow's calendar was the 19th in Lima).
  const lead = line && isOutletSeat(article.outlet, line.text.split(',').pop() ?? '') ? line : null;
  if (lead) Object.assign(out, { dateLine: { start: lead.start, end: lead.end }, dateBy: 'lead' as const, iso: lead.iso });
  // "five meetings Gates had here today" under "SINGAPORE, June 4, 2010 –": the reporter's "here" is the dateline's city.
  // Not a body's own gathering: "the NATO defense ministerial meeting here today" under an AFPS "WASHINGTON" dateline met
  // in Brussels (blind-50's false key); the service files from home, and the body meets where it chooses.
  const here = !r.place && !r.planned && !press && m.place && isRealPlace(m.place) && saysHere(r.clauseText) && !isBodyGathering(r.clauseText)
    ? datelineOfPlace(article, m.place)
    : null;
  if (here) out.placeLine = { start: here.start, end: here.end };
  return out;
}
