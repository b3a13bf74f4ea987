/**
 * The stops of a trip a sentence states in order ("first to Geneva on Monday, then to Brussels on
 * Wednesday"): each stop a meeting of its own, read by merge.ts.
 */
import { isCity } from './place-names';

const SEQ_CITY = String.raw`(\p{Lu}[\p{Ll}]+(?:[- ]\p{Lu}[\p{Ll}]+)?)`;
const SEQ_WHEN = String.raw`(?:\s+(?:on\s+)?((?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:,?\s+\p{Lu}[\p{Ll}]+\.?\s+\d{1,2})?|\p{Lu}[\p{Ll}]+\.?\s+\d{1,2}|the next day|the following day))?`;
const SEQ_RE = new RegExp(
  String.raw`\b(first|then|next|later|afterwards|finally|before moving on)\s*,?\s+(?:(?:head(?:ing)?|mov(?:e|ing)|travel(?:l?ing)?|go(?:ing)?)\s+(?:on\s+)?)?(?:on\s+)?(?:(?:to|in|at)\s+)?${SEQ_CITY}${SEQ_WHEN}`,
  'gu',
);

/** One stop of a stated sequence: "first in Geneva on Monday", "then Brussels on Wednesday". */
export interface SequenceStop {
  place: string;
  when: string | null;
  /** Offset of the stop's words in the scanned text. */
  at: number;
}

/**
 * The stops of a sequence a sentence states ("first to Geneva on Monday, then to Brussels on
 * Wednesday and finally to Vienna on Friday"), in order; empty unless two or more stops are cities.
 *
 * @example
 * sequenceStops('first in Geneva on Monday, then in Brussels on Wednesday').map((s) => s.place) // ['Geneva', 'Brussels']
 */
export function sequenceStops(text: string): SequenceStop[] {
  const stops: SequenceStop[] = [];
  let isFirstCued = true;
  SEQ_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SEQ_RE.exec(text))) {
    const place = m[2] as string;
    if (!isCity(place) && !(isCity(place.split(/[- ]/)[0] as string))) continue;
    if (stops.some((s) => s.place === place)) continue;
    stops.push({ place, when: m[3] ?? null, at: m.index });
    if (stops.length === 1 && !/^first$/i.test(m[1] as string)) isFirstCued = false;
  }
  // "then Brussels" alone continues an earlier sentence; a sequence is stated when it starts with "first" or has three stops.
  return stops.length >= 3 || (stops.length === 2 && isFirstCued) ? stops : [];
}
