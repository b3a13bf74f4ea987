/**
 * Days a when-question should not ask (blind-34): the report's own day, which asks when the report was filed,
 * and the day a traveller sets off, which is itinerary, not the meeting's date.
 */
import { hasCalendarDate, isIsoDay, writesNearbyDay } from './dates';

/**
 * Whether the meeting's day is the report's own date: "Panetta held a town hall meeting … July 11" in a report
 * dated July 11, or "met in Paris Friday" in a report of that Friday.
 *
 * @example
 * isReportDay('July 11', '2011-07-11', '2011-07-11'); // → true
 * isReportDay('Sunday, February 6', '2005-02-06', '2005-02-02'); // → false
 */
export function isReportDay(day: string, iso: string | null, reportDate: string | null | undefined): boolean {
  if (!isIsoDay(reportDate)) return false;
  if (iso) return iso === reportDate;
  return hasCalendarDate(day) && writesNearbyDay(day, reportDate, 0);
}

/** Events a story is about, whatever day they fall on: a summit, talks, a council's session. */
const HEADLINE_EVENT = /\b(?:summit|talks|negotiations|dialogue|council)\b/i;

/**
 * A headline that reports a meeting: "Ministers meet on fishing quotas", "Rumsfeld Meets Top Leaders …"; or a record
 * titled by the meeting it is of, "Meeting with President of Kazakhstan …" (not "Town Hall Meeting with Troops").
 */
const MEETING_HEADLINE = /\b(?:meet|meets|met|talks|negotiations)\b|^Meeting with\b/i;

/** Whether a headline reports a meeting ("Afghan President Heads to Washington for Talks"), not a visit or a stance. */
export function headlineReportsMeeting(title: string): boolean {
  return MEETING_HEADLINE.test(title);
}

/** A headline that reports a visit: "Foreign Secretary visits Pakistan", "Minister visits sailors in Lisbon". */
const VISIT_HEADLINE = /\b(?:visit|visits|visited|visiting)\b/i;

/**
 * Whether a meeting on the report's own day is still worth asking: the story's headline event, which its
 * headline reports as a meeting or its own clause calls a summit, talks or a council's session, or the calls on
 * named people (`who` non-empty, or two or more people the index knows) of a visit the headline reports
 * ("Foreign Secretary visits Pakistan"). Not a routine stop of the day ("held a town hall meeting with troops",
 * "met in Paris Friday for their annual meeting"), nor the calls of a visit whose headline reports a stance
 * ("… shows Alliance solidarity in Turkey"): their day is only the report's dateline (blind-35). The
 * extractor's kind says nothing here: it calls any "met" talks. A bare "today" or the dateline never reach
 * here, since only a written weekday or date is asked.
 *
 * @example
 * isHeadlineEvent({ title: 'Peace talks open', clause: 'the peace talks that began Tuesday in Muscat', who: '', people: 0 }); // → true
 * isHeadlineEvent({ title: 'SecDef visits Soldiers in Iraq', clause: 'Panetta held a town hall meeting with troops, July 11', who: '', people: 1 }); // → false
 * isHeadlineEvent({ title: 'Envoy shows support in Norway', clause: 'Moor met with Prime Minister Dahl and Minister Ruiz on Monday in Oslo', who: '', people: 3 }); // → false
 */
export function isHeadlineEvent(e: { title: string; clause: string; who: string; people: number }): boolean {
  const namedCalls = e.who !== '' || e.people >= 2;
  return MEETING_HEADLINE.test(e.title) || HEADLINE_EVENT.test(e.clause) || (namedCalls && VISIT_HEADLINE.test(e.title));
}

/** A verb of setting off, then a few words of where to ("flying to the Middle East"), with no meeting word or other verb of meeting between. */
const DEPARTS = /\b(?:fly|flies|flew|flying|depart|departs|departed|departing|leave|leaves|left|leaving|travel|travels|travelled|traveled|travelling|traveling|heads|headed|heading|set(?:s|ting)?\s+(?:off|out))\b(?:\s+(?:for|to|on|from|back|home|out))?(?:\s+(?!(?:for|to)\b)(?!(?:talks|meeting|meetings|summit|negotiations|discussions|met|meet|meets|held|holds|hosted|hosts|and|where)\b)[\p{L}’'.-]+){0,5}\s+$/iu;

/**
 * Whether the clause dates a traveller's departure, not the meeting: "before flying to the Middle East Sunday
 * for talks …" gives the day she flies, and the talks may be days later.
 *
 * @example
 * isDepartureDay('before flying to the Middle East Sunday for talks with leaders', 'Sunday'); // → true
 * isDepartureDay('the leaders met in Paris Friday for talks', 'Friday'); // → false
 */
export function isDepartureDay(clause: string, when: string): boolean {
  const at = clause.indexOf(when);
  if (at < 0) return false;
  const before = clause.slice(0, at).replace(/\s+(?:on|this|next|late|early)\s*$/i, ' ');
  return DEPARTS.test(before.endsWith(' ') ? before : `${before} `);
}
