/**
 * A trip as the frame of the meetings told after it: "Secretary Kerry will also visit Nairobi, Kenya,
 * beginning on May 3 … In his meetings with government officials, he will discuss …". The travel verb's
 * clause gives the destination and the date; the meetings later in the same paragraph that name no place
 * of their own are held there, then.
 */
import { COUNTRIES } from '../lexicon';
import { WORLD_CAPITALS } from '../lexicons/world-countries';
import { cityIn } from './setting';
import { canBePlace } from './place-names';
import { countriesIn } from './participants';
import type { Pending } from './types';
import { firstWhen } from './when';
import { PRESENT_WHEN } from './event-time';

/** Where and when a trip the paragraph states goes: the city (null when only a country is named) and the date. */
export interface TravelStop {
  city: string | null;
  when: string | null;
  /** "what is happening here in Riyadh": where the speaker is now, which places only the meetings of now. */
  isHere?: boolean;
  /** A trip told in the paragraph before: it places only the meetings that give no time of their own. */
  isCarried?: boolean;
  /** "Monday (5 February 2018)": the date the trip's day is glossed with, which times the same meetings. */
  gloss?: string;
  /** A line of a schedule of the days in the town arrived at: it places what the line tells, whatever its time. */
  isSchedule?: boolean;
}

/**
 * A travel verb and its destination phrase, up to the clause's end: "will travel to Colombo, Sri Lanka, on May 2";
 * a day may stand between the verb and "to" ("traveled Wednesday to Harare"); "will continue to Seoul" goes on to the next stop.
 */
const TRAVEL_RE = /\b(?:(?:travel(?:s|ed|led|ing)?|head(?:s|ed|ing)?)(?:\s+(?:on\s+)?\p{Lu}\p{Ll}+day|\s+(?:today|yesterday|tomorrow))?\s+to|(?:visit|visits|visited|visiting)(?!\s+(?:with|by)\b)|arriv(?:e|es|ed|ing)(?:\s+(?:this\s+(?:morning|afternoon|evening)|today|yesterday|last\s+night|on\s+\p{Lu}\p{Ll}+day))?\s+in|(?:trip|journey|visit)\s+to|(?:flew|fly|flies|flying)\s+to|continu(?:e|es|ed|ing)\s+(?:on\s+)?to|proceed(?:s|ed|ing)?\s+to|depart(?:s|ed|ing)?\s+for)\s+((?:the\s+)?\p{Lu}[\p{L}’'-]*(?:[\s,]+(?:(?:de|da|do|dos|del|la|le|el|es|al|au)[- ])?(?:\p{Lu}[\p{L}’'-]*|and))*)([^.;:]*)/u;

/** A cheap look before the pattern: most sentences tell no trip. */
const TRAVEL_WORD = /travel|visit|arriv|trip|journey|flew|fly|flies|head|continu|proceed|depart/;

/** The words one of which a sentence that tells a trip contains (lower case), for a scan of its tokens. */
export const TRAVEL_WORDS = new Set([
  'travel', 'travels', 'traveled', 'travelled', 'traveling', 'travelling', 'visit', 'visits', 'visited', 'visiting',
  'arrive', 'arrives', 'arrived', 'arriving', 'trip', 'journey', 'flew', 'fly', 'flies', 'flying',
  // "The Secretary will continue to Seoul", "will proceed to Hanoi", "will depart for Cambodia": the next stop of a trip.
  'continue', 'continues', 'continued', 'continuing', 'proceed', 'proceeds', 'proceeded', 'proceeding', 'depart', 'departs', 'departed', 'departing',
]);

/** "head to Sharm el-Sheikh": a travel word only before "to" ("the head of state" is none), checked on the next token. */
export const HEAD_WORDS = new Set(['head', 'heads', 'headed', 'heading']);

/**
 * The trip a sentence tells, if any: its first city (a country alone gives none) and the first date in
 * the words of its clause.
 *
 * @example
 * travelStop('Secretary Kerry will also visit Nairobi, Kenya, beginning on May 3, to reinforce ties.') // { city: 'Nairobi', when: 'May 3' }
 * travelStop('Biden will travel to India and Singapore in late July 2013.') // { city: null, when: 'late July 2013' } (two places: no one city)
 * travelStop('The President will head to Sharm el-Sheikh, Egypt, on Friday.') // { city: 'Sharm el-Sheikh', when: 'Friday' }
 */
export function travelStop(sentence: string): TravelStop | null {
  if (!TRAVEL_WORD.test(sentence)) return null;
  const m = TRAVEL_RE.exec(sentence);
  if (!m) return null;
  // "traveled Wednesday to Harare and held meetings": an "and" the name list ends on joins the next verb, not a second stop.
  const dest = (m[1] as string).replace(/(?:[\s,]+and)+$/, '');
  // "to India and Singapore": a trip with two stops frames no single place, only the time.
  // "to Berlin, Paris, Rome": a list of cities is a tour, not one stop ("Colombo, Sri Lanka" is one).
  const parts = dest.split(',');
  const isTour = parts.length > 1 && cityIn(parts[1] as string) !== null;
  // "to Sharm el-Sheikh, Egypt": a name its country follows is a town, though the gazetteers lack it.
  const first = (parts[0] as string).replace(/^the\s+/, '').trim();
  const isTownOfCountry = parts.length > 1 && countriesIn(parts[1] as string).length > 0 && canBePlace(first);
  const city = /\band\b/.test(dest) || isTour ? null : cityIn(first) ?? (isTownOfCountry ? first : null);
  // "visiting Russian Foreign Minister Sergei Lavrov": a trip goes to a place, not to a person.
  // "the United Arab Emirates and Saudi Arabia": states of more than one word too.
  if (!city && !isTour && !dest.split(/,?\s+(?:and\s+)?|,\s*/).some((w) => COUNTRIES.has(w.toLowerCase())) && !namesState(dest) && !isStateDatedByShortName(dest, m[2] as string)) return null;
  // "On May 5, Secretary Kerry will travel to Mogadishu": the date may open the sentence.
  // "travelled to Lisbon, Portugal, where NATO's next Summit will be held in November": a "where" clause dates its own event.
  const trip = (m[0] as string).split(/,\s+where\b/)[0] as string;
  const when = firstWhen(trip) ?? firstWhen(sentence.slice(0, m.index)) ?? null;
  // "will visit the United Arab Emirates and Saudi Arabia for meetings": a trip to states is a stop of its own, in no town
  // told, and ends the stop the lines before it set ("Carter will visit Manila").
  if (!city && !when) return isTour ? null : { city: null, when: null };
  // "visited Oslo on Monday (5 February 2018) to have talks": the date in brackets names the same day.
  const bracket = when ? /^\s*\(([^()]+)\)/.exec(trip.slice(trip.indexOf(when) + when.length))?.[1] : undefined;
  const gloss = bracket ? firstWhen(bracket) : undefined;
  return { city, when: when?.replace(/^(?:on|in|beginning on|starting on)\s+/i, '') ?? null, ...(gloss ? { gloss } : {}) };
}

/**
 * "visited the UK this week": a state by its short name ("UK", "U.S."), its time right after it, frames the paragraph's
 * meetings; not a nationality ("visited British troops"), nor a visit whose time is another's ("follows his visit in May").
 */
function isStateDatedByShortName(dest: string, rest: string): boolean {
  const names = dest.replace(/^the\s+/i, '').split(/,\s*|\s+and\s+/);
  if (!names.every((name) => /^\p{Lu}(?:\.?\p{Lu})+\.?$/u.test(name.trim())) || countriesIn(dest).length === 0) return false;
  const when = firstWhen(rest);
  return when !== undefined && rest.trimStart().startsWith(when);
}

/** Whether a list of names holds a state's name of more words ("the United Arab Emirates and Saudi Arabia"), not a nationality. */
function namesState(list: string): boolean {
  return list.split(/,\s*|\s+and\s+/).some((name) => Object.hasOwn(WORLD_CAPITALS, name.replace(/^the\s+/i, '').trim()));
}

/**
 * The meetings a sentence framed by a trip added: those without a place of their own are at the trip's
 * city, unless their own time is another ("next month's summit"); those without a time, at the trip's.
 */
export function atStop(added: Pending[], stop: TravelStop): void {
  for (const m of added) {
    if (m.isInState) continue;
    // "this afternoon, he will address the summit": a time of today is here, even ahead of the report.
    if (stop.isHere && (m.when !== null ? !PRESENT_WHEN.test(m.when) : m.future)) continue;
    if (stop.isCarried && (m.when !== null || m.future)) continue;
    if (m.place === null && stop.city && (m.when === null || stop.when === null || m.when === stop.when || m.when === stop.gloss || stop.isSchedule)) m.place = stop.city;
    if (m.when === null && stop.when && (m.place === null || m.place === stop.city)) m.when = stop.when;
  }
}
