/**
 * "During the visits, Gates met with defense officials", "met with soldiers and kings … during the six-day visit to
 * seven countries": a meeting its sentence holds during a trip elsewhere is not held in the town the report is filed
 * from (its dateline), nor on the report's day. A trip of several stops, or to a country or another town, is away.
 */
import { cityIn } from './setting';

/** "during the visits", "during his visit to Australia", "during the six-day visit to seven countries". */
const DURING_TRIP = /\bduring\s+(?:the|his|her|their|its|this|that|a)\s+(?:[\p{L}\d-]+\s+){0,2}?(visits|trips|tours|stops|visit|trip|tour|stop)\b(?:\s+(?:to|in)\s+((?:the\s+)?[\p{L}\d’'-]+(?:\s+\p{Lu}[\p{L}’'-]*)*))?/iu;

/**
 * Whether a sentence holds its meeting during a trip away from `city` (the article's setting).
 *
 * @example
 * isAwayTrip('During the visits, she met with ministers.', 'Washington'); // → true (several stops: no one town)
 * isAwayTrip('During his visit he met the mayor.', 'Washington'); // → false (the article's own trip)
 */
export function isAwayTrip(sentence: string, city: string): boolean {
  if (!sentence.includes('uring ')) return false;
  const m = DURING_TRIP.exec(sentence);
  if (!m) return false;
  if (/s$/i.test(m[1] as string)) return true;
  // "During his visit": the trip the article is about, wherever it is set.
  const dest = m[2];
  return dest !== undefined && cityIn(dest.replace(/^the\s+/i, '')) !== city;
}
