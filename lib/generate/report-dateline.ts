/**
 * A wire or service report's own dateline ("WASHINGTON, May 7, 2012 – …", "SINGAPORE, June 4, 2010 – …", "June 25, 2008 -
 * …"): the city and day the reporter filed from. Its "today" is that day and its "here" that city, which is all these
 * helpers let it answer; a meeting told without either word is not placed or dated by the dateline (it says where the
 * story was filed, not where a meeting was).
 */
import type { ArticleInput, Span } from '@/lib/extract/types';
import { datelineLength } from './dateline';
import { memoByObject } from './memo';
import { normalise } from './text';
import { isoOfWrittenDay } from './dates';

/** The dateline opens one of the body's first lines (a byline and a photo caption may come before it). */
const LINES_LOOKED_AT = 8;

/** "May 7, 2012", "Aug. 30, 2013", "30 August 2013". */
const WRITTEN_DAY = /\b(?:(\p{L}{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})|(\d{1,2})\s+(\p{L}{3,9})\.?,?\s+(\d{4}))\b/u;
/** An upper-case city opening the dateline, up to its comma or dash: "WASHINGTON", "KUWAIT CITY". */
const CAPS_CITY = /^\s*(\p{Lu}[\p{Lu}\p{M}.'’]+(?:[ -]\p{Lu}[\p{Lu}\p{M}.'’]*)*)(?=\s*(?:,|[—–]|--?\s))/u;

export interface ReportDateline extends Span {
  text: string;
  /** The ISO day it writes, or null. */
  iso: string | null;
  /** The city it opens on, in capitals as written, or null. */
  city: string | null;
}


/**
 * The report's dateline, as a body span without its dash, or null when none of its first lines opens on one.
 *
 * @example
 * // body "By Jo Roe\n\nLORVIK, Norland, May 7, 2031 – Secretary Vale met today with …"
 * reportDateline(article); // → { start: 11, end: 37, text: 'LORVIK, Norland, May 7, 2031', iso: '2031-05-07', city: 'LORVIK' }
 */
export const reportDateline = memoByObject(function reportDateline(article: ArticleInput): ReportDateline | null {
  let at = 0;
  let seen = 0;
  for (const raw of article.body.split('\n')) {
    const lineStart = at;
    at += raw.length + 1;
    if (!raw.trim()) continue;
    if (++seen > LINES_LOOKED_AT) return null;
    const n = datelineLength(raw);
    if (n === 0) continue;
    const lead = raw.slice(0, n);
    const text = lead.replace(/\s*(?:[—–]|--?)\s*$/u, '').trim();
    const start = lineStart + lead.indexOf(text);
    return { start, end: start + text.length, text, iso: isoOfWrittenDay(WRITTEN_DAY.exec(text)), city: CAPS_CITY.exec(text)?.[1] ?? null };
  }
  return null;
});

/**
 * The dateline that writes `iso` as its day, or null: what dates the report's "today".
 *
 * @example
 * datelineOfDay(article, '2031-05-07'); // → { start: 11, end: 37, text: 'LORVIK, Norland, May 7, 2031', … }
 */
export function datelineOfDay(article: ArticleInput, iso: string): ReportDateline | null {
  const d = reportDateline(article);
  return d && d.iso === iso ? d : null;
}

/**
 * The dateline that opens on `place` ("SINGAPORE" for Singapore), or null: what places the report's "here".
 *
 * @example
 * datelineOfPlace(article, 'Lorvik'); // → { start: 11, end: 37, text: 'LORVIK, Norland, May 7, 2031', … }
 */
export function datelineOfPlace(article: ArticleInput, place: string): ReportDateline | null {
  const d = reportDateline(article);
  return d?.city && normalise(d.city) === normalise(place) ? d : null;
}

/** "here" as the reporter's place ("five meetings Gates had here today"), not "here is" or "here and there". */
const HERE = /\bhere\b(?!\s+(?:is|are|was|were|and|to\s+stay)\b)/i;
/** Quoted words: a speaker's "here" may be anywhere the speaker stands. */
const QUOTED = /[“"][^”"]*[”"]/g;

/**
 * Whether the reporter's own words in a clause say "here": the dateline's city is where that happened.
 *
 * @example
 * saysHere('five meetings Defense Secretary Gates had here today with U.S. partners'); // → true
 * saysHere('“We are glad to be here,” Vale said'); // → false
 */
export function saysHere(clause: string): boolean {
  return HERE.test(clause.replace(QUOTED, ' '));
}
