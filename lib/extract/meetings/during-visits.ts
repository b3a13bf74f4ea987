/**
 * "The trip … took the secretary to Australia, Indonesia, India and Turkey. … During the visits, Gates met with defense
 * officials, prime ministers and presidents.": talks told as held during visits already read, with no place of their own,
 * are those visits' talks (the gold counts one meeting per place visited), not one more meeting held nowhere.
 */
import type { Pending } from './types';
import { withoutDropped } from './merge';

/** A sentence opening on the visits or the trip told before it: "During the visits,", "On these stops,". */
const DURING_VISITS = /^\s*(?:During|On|In the course of)\s+(?:the|these|those|his|her|their)\s+(?:visits|stops|trip|tour)\s*,/i;

/** Whether a meeting is one stop of a list of visits: read by the list readers as "visit to …", away from the report's town. */
const isListedVisit = (m: Pending) => m.what.startsWith('visit to ') && (m.isAway === true || m.isInState === true);

/**
 * Folds each unplaced meeting a "During the visits," sentence tells into the two or more visits read before it: their
 * participants gain its people, and it is dropped.
 *
 * @example
 * // "… took the secretary to Chile and Peru. During the visits, Vale met with ministers." → two visits, Vale in both
 */
export function joinDuringVisits(out: Pending[], body: string): Pending[] {
  const drop = new Set<Pending>();
  out.forEach((m, i) => {
    if (m.place !== null || !DURING_VISITS.test(body.slice(m.sentence.start, m.sentence.end))) return;
    const visits = out.slice(0, i).filter((v) => isListedVisit(v) && v.sentence.start < m.sentence.start);
    if (visits.length < 2) return;
    for (const v of visits) v.participants = [...new Set([...v.participants, ...m.participants])];
    drop.add(m);
  });
  return withoutDropped(out, drop);
}
