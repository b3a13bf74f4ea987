/**
 * Whether a meeting is held in a building rather than a town ("at the Capitol", "in the capital", "Raj
 * Bhavan", "the Kelmar, the headquarters of the ministry"): then its town is the dateline's. Read by the
 * meeting events of event.ts.
 */
import { VENUES } from '../lexicon';
import { CLAUSE_END } from './places';

/**
 * A building the meeting is held in, with no town given ("at the Capitol", "at City Hall", "in the
 * minister’s office", "at a hotel"): the town is then the dateline's, if the article has one.
 */
const BUILDING_RE =
  /\b(?:at|in|inside|outside)\s+(?:the\s+|an?\s+)?(?:[\p{L}’'-]+\s+){0,3}?(?:headquarters|offices?|palace|residence|ministry|capitol|city hall|town hall|village hall|hall|library|courthouse|court|hotel|(?:conference |convention )?cent(?:re|er)|chambers?|statehouse|state house|building)\b/giu;

/** "talks in the capital", "a meeting in the city": the town the article is written from. */
const IN_THE_TOWN_RE = /^[^,;]{0,50}?\b(?:in|at)\s+the\s+(?:capital|city|town)\b(?!\s*(?:of\b|hall\b|council\b|,\s*\p{Lu}))/iu;

/**
 * Whether the words after a meeting noun put it in "the capital" or "the city", unnamed: with a
 * dateline, the dateline's city.
 *
 * @example
 * isInTheTown(' in the capital on Monday') // true
 * isInTheTown(' in the capital of Chad') // false
 */
export function isInTheTown(after: string): boolean {
  return IN_THE_TOWN_RE.test(after);
}

/**
 * Whether the words after a meeting noun put it in a building without naming a town.
 *
 * @example
 * isInBuilding(' of Senate leaders on Thursday at the Capitol') // true
 */
export function isInBuilding(after: string): boolean {
  const head = after.slice(0, 100);
  if (!BUILDING_WORD.test(head)) return false;
  const near = head.split(CLAUSE_END)[0] ?? '';
  BUILDING_RE.lastIndex = 0;
  for (let m = BUILDING_RE.exec(near); m; m = BUILDING_RE.exec(near)) {
    // "at the International Court of Justice" names an institution that may well sit in another city;
    // an owner ("in Ana Ruiz’s office") says nothing of where.
    const words = m[0].split(/\s+/);
    const owner = words.findLastIndex((w) => /[’']s$/.test(w));
    // "at the Bank's Threadneedle Street headquarters": an address is in town.
    const street = words.some((w) => STREET_WORDS.has(w.toLowerCase()));
    if (words.every((w, i) => i <= owner || street || !/^\p{Lu}/u.test(w) || LOCAL_BUILDING_WORDS.has(w.toLowerCase()))) return true;
  }
  return false;
}
/** The last word of a building's name: "Raj Bhavan", "Tumbarra Memorial Hall", "Lancaster House". */
const BUILDING_NAME_END = new Set([
  'bhavan', 'bhawan', 'house', 'hall', 'palace', 'centre', 'center', 'tower', 'towers', 'building', 'hotel', 'chambers', 'mansion', 'castle', 'lodge',
]);

/**
 * Whether a place found by its capital letters is a building rather than a town ("Raj Bhavan"):
 * with a dateline, its town is the dateline's.
 *
 * @example
 * isBuildingName('Raj Bhavan') // true
 */
export function isBuildingName(place: string): boolean {
  const words = place.toLowerCase().split(/\s+/);
  return words.length > 1 && BUILDING_NAME_END.has(words.at(-1) as string) && !VENUE_NAMES.has(place.toLowerCase());
}
const VENUE_NAMES = new Set([...VENUES].map((v) => v.toLowerCase()));

/** ", the headquarters of …", ", the minister’s residence": a description set off after a name says it is a building's. */
const APPOSED_BUILDING = /^(?:[’']s)?,\s+(?:the|a|an|its|their|his|her)\s+(?:[\p{L}’'-]+\s+){0,3}?(?:headquarters|offices?|residence|palace|ministry|compound|building|base|barracks|complex)\b/iu;

/**
 * Whether the words after a meeting name a place and then describe it as a building ("at the Kelmar, the headquarters of
 * the defense ministry"): the name is the building's, and its town the dateline's.
 *
 * @example
 * isApposedBuilding(' at the Kelmar, the headquarters of the ministry.', 'Kelmar') // true
 * isApposedBuilding(' in Geneva, the Swiss city.', 'Geneva') // false
 */
export function isApposedBuilding(after: string, place: string): boolean {
  const at = after.indexOf(place);
  return at >= 0 && APPOSED_BUILDING.test(after.slice(at + place.length));
}
const STREET_WORDS = new Set(['street', 'road', 'avenue', 'square', 'lane', 'place', 'boulevard', 'drive']);
/** Capitalised words of a building that every town has: "the Capitol", "City Hall", "the Foreign Ministry". */
const LOCAL_BUILDING_WORDS = new Set([
  'at', 'in', 'inside', 'outside', 'the', 'a', 'an', 'capitol', 'city', 'town', 'village', 'county', 'municipal', 'hall', 'court', 'courthouse',
  'library', 'public', 'state', 'house', 'statehouse', 'council', 'chamber', 'chambers', 'building', 'office', 'offices', 'headquarters',
  'palace', 'residence', 'ministry', 'foreign', 'finance', 'interior', 'defence', 'defense', 'justice', 'health', 'presidential',
]);
/** A cheap first look for BUILDING_RE: most meeting sentences name no building. */
const BUILDING_WORD = /headquarters|office|palace|residence|ministry|capitol|hall|library|court|hotel|cent(?:re|er)|chamber|state ?house|building/i;
