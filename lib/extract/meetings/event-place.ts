/** The event's place, read from the words around its trigger: a town or building, a venue that stands for its city, a state, a call's "virtual". */
import { VENUE_CITY_LEXICON } from '../lexicons/places';
import { COUNTRIES } from '../lexicon';
import type { MeetingKind } from '../types';
import { cityIn } from './setting';
import { captionPlace } from './caption-place';
import { CLAUSE_END, findPlace } from './places';
import { isApposedBuilding, isBuildingName, isInBuilding, isInTheTown } from './place-buildings';
import { isTalkVerb, isTestifyVerb } from './triggers';
import { legislatureSeat } from './legislature';
import type { ArticleSetting, EventWords } from './event-types';

/** Compiled once: a \p{…} pattern written inside a function is compiled again on every call under tsx, whose esbuild lowers it to `new RegExp`. */
/** "G20 Leaders Summit": up to four capitalised words, then the gathering's noun. Groups: the words before it. */
const NAMED_GATHERING = /^((?:\p{Lu}[\p{L}.-]*\s+){1,4})(?:Summit|Conference|Forum|Talks|Meeting)$/u;

const TOWN_COUNCIL_RE = /^(\p{Lu}[\p{L}-]+)\s+(?:City|Town|County|Borough|Parish|Municipal|District)\s+Council$/u;

/** "in Iraq", "also in Kenya": a state right after the trigger (its adverb between). */
const IN_STATE_AFTER = /^\s+(?:\p{Ll}+ly\s+|also\s+|then\s+)?in\s+(?:the\s+)?(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)\s+(?:with|to|on|for)\b/u;
/** "visited Afghanistan, where he met": the state a "where" clause refers back to. */
const IN_STATE_WHERE = /\bvisit(?:ed|s)?\s+(?:the\s+)?(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*),\s+where\s+(?:[\p{L}’'-]+\s+){1,3}$/u;
const isState = (name: string | undefined) => name !== undefined && COUNTRIES.has(name.toLowerCase().replace(/\s+/g, '-'));
export const inStateAfter = (seg: string) => isState(IN_STATE_AFTER.exec(seg)?.[1]);
export const inStateBefore = (before: string) => before.includes('where') && isState(IN_STATE_WHERE.exec(before)?.[1]);

/** "discussed in Lisbon on 27 February, where he met with": the town a "where" clause right before the trigger refers back to. */
const IN_TOWN_WHERE = /\b(?:in|visited|to)\s+(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?)(?:\s+(?:on\s+)?[\p{L}\d ]{1,20}?)?,\s+where\s+(?:[\p{L}’'-]+\s+){1,3}$/u;
const townBeforeWhere = (before: string) => {
  const name = before.includes('where') ? IN_TOWN_WHERE.exec(before.slice(-120))?.[1] : undefined;
  return name !== undefined && !isState(name) ? cityIn(name) : null;
};

/** "the Pentagon news conference", "a White House meeting": a venue right before the noun stands for its city. */
const VENUE_CITIES = Object.entries(VENUE_CITY_LEXICON.record);
function venueCityBefore(before: string): string | null {
  const tail = before.slice(-40).trimEnd().toLowerCase();
  for (const [venue, city] of VENUE_CITIES) if (tail.endsWith(venue) && !/[\p{L}]/u.test(tail[tail.length - venue.length - 1] ?? ' ')) return city;
  return null;
}

/** "the Yemen meeting": the one capitalised word after "the", right before the noun. */
const PLACE_MODIFIER_BEFORE = /\b[Tt]he\s+(\p{Lu}[\p{L}’'-]+)\s+$/u;

/** Whether the noun's modifier after "the" is a state: "the Yemen meeting". */
export function isPlaceModifier(before: string): boolean {
  const word = PLACE_MODIFIER_BEFORE.exec(before)?.[1];
  // "the French talks": a nationality names the parties, not the state the meeting concerns.
  // "the Geneva talks": a town's name places the meeting, and a mention placed there joins the meeting told there.
  return word !== undefined && COUNTRIES.has(word.toLowerCase());
}

/** Place: from the event's words, else a building or "the capital" in the dateline's city, else a town's own council. */
export function placeOf(w: EventWords, type: MeetingKind, dateline: string | null): string | null {
  const { sentence, at, seg, what } = w;
  // A call is held nowhere in particular: its place is "virtual", as a video conference's is. "Spoke with
  // X" is a call unless its clause places it ("in Paris") or ties it to an event ("at the summit").
  let place = isTalkVerb(w.trig.toLowerCase()) ? captionPlace(w.trig, seg) ?? talkPlace(seg, sentence.slice(0, at))
    : type === 'video-conference' || type === 'call' ? 'virtual' : findPlace(seg, sentence.slice(0, at), w.trig);
  // "told a press conference at the Bank's headquarters", "met at the Capitol": a building without a
  // town is in the dateline's city, when the article has a dateline.
  if (!place && dateline && (isInBuilding(seg) || isInTheTown(seg))) place = dateline;
  // "at Raj Bhavan": a named building, not a town, is in the dateline's city too.
  // "at the Kyria, the headquarters of …": a name its description calls a building is no town either.
  if (place && dateline && (isBuildingName(place) || isApposedBuilding(seg, place))) place = dateline;
  // "the Millbrook City Council": a town's council sits in the town.
  const townCouncil = !place && what.endsWith(' Council') ? TOWN_COUNCIL_RE.exec(what) : null;
  if (townCouncil) place = townCouncil[1] as string;
  // "at the Pentagon", "at the White House": a venue that stands for its city is in that city.
  const venueCity = place ? VENUE_CITY_LEXICON.record[place.toLowerCase()] : undefined;
  return venueCity ?? place ?? venueCityBefore(w.before) ?? townBeforeWhere(w.before) ?? cityNamed(what) ?? hearingSeat(w);
}

/** "appearing before the House human rights subcommittee", "a Senate committee hearing": a hearing sits where its legislature does. */
function hearingSeat(w: EventWords): string | null {
  if (!isTestifyVerb(w.trig) && !/^(?:hearings?|sessions?)$|committee$/i.test(w.trig)) return null;
  return legislatureSeat(`${w.before.slice(-50)}${w.trig}${w.seg.split(CLAUSE_END)[0] ?? ''}`);
}

/** "spoke with President Macron in Paris", "spoke to Hollande at the European Council", else a call. */
function talkPlace(seg: string, before: string): string | null {
  const clause = seg.split(/[,;:]/)[0] ?? '';
  if (/\bby (?:tele)?phone\b|\bover the phone\b/i.test(clause)) return 'virtual';
  const place = findPlace(clause, before);
  if (place) return place;
  return /\b(?:at|during|on the (?:sidelines|margins) of)\s+(?:the|a|an|this|its)\s/i.test(seg.split(CLAUSE_END)[0] ?? '') ? null : 'virtual';
}

/** A call noun that only its kind places ("virtual"): no one named, no time, no readout of calls, no "by video link" in its words. */
export function isUnheldCall(w: EventWords, type: MeetingKind, place: string | null, when: string | null, setting: ArticleSetting): boolean {
  if ((type !== 'call' && type !== 'video-conference') || place !== 'virtual' || when !== null || w.withWhom || setting.isCallRecord) return false;
  if (isTalkVerb(w.trig.toLowerCase()) || /\b(?:by|via|over)\s/i.test(w.trig)) return false;
  // "she told the analyst call": a company's analyst, earnings or conference call is an event held by its name.
  if (/^(?:analyst|earnings|investor|conference) call$/i.test(w.trig)) return false;
  return !/^\s*(?:,\s*)?(?:by|via|over|with|between)\s/i.test(w.seg) && !/\b(?:virtual|online|video)\b/i.test(w.before.slice(-25));
}

/**
 * "the London Summit", "the Munich Security Conference", "the St Petersburg International Economic Forum": a meeting
 * named after its city (the name's first one to three words, or its last: "the U.S.-GCC Camp David Summit") is held there.
 */
export function cityNamed(what: string): string | null {
  const name = NAMED_GATHERING.exec(what)?.[1];
  if (!name) return null;
  const words = name.trim().split(/\s+/);
  const isWhole = (part: string, city: string | null) => city !== null && city.replace(/\W/g, '').toLowerCase() === part.replace(/\W/g, '').toLowerCase();
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const lead = words.slice(0, n).join(' ');
    const city = cityIn(lead);
    if (isWhole(lead, city)) return city;
  }
  // "the U.S.-GCC Camp David Summit": the city may end the name, right before its noun.
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const tail = words.slice(-n).join(' ');
    const city = cityIn(tail);
    if (isWhole(tail, city)) return city;
  }
  return null;
}
