/**
 * Where a meeting is: a city from the gazetteer, a city the sentence shows to be one ("in Belém, Brazil"),
 * a capitalised place right after "in"/"at" next to the meeting noun ("in Westminster"), the town a
 * building is named after ("at Telford Magistrates’ Court"), a well-known venue ("on Capitol Hill"), or
 * "virtual" ("by video link"). Never a country, a weekday, an institution or an owner ("in Kessler’s office").
 */
import { CITIES, COUNTRIES, NATIONALITIES, NON_NAME_WORDS, VENUES, WORLD_CITIES } from './lexicon';

/** A place name: "Belém", "New Delhi", "Rio de Janeiro", "Dar es Salaam". */
const NAME = String.raw`\p{Lu}[\p{Ll}’'-]+(?:(?:[- ](?:de|da|do|dos|del|la|el|es|al|au))?[- ]\p{Lu}[\p{Ll}]+){0,2}`;
const VIRTUAL_AFTER = /^\s*(?:,\s*)?(?:by|via|over)\s+(?:a\s+)?(?:video(?:[- ]?(?:link|conference|call))?|videoconference|teleconference|zoom|phone|telephone)\b|^\s*(?:online|virtually|remotely)\b/i;
const VIRTUAL_BEFORE = /\b(?:virtual|online|video)\b/i;
const PLACE_AFTER_RE = new RegExp(String.raw`\b(?:in|at|to|on)\s+(?:the\s+|an?\s+)?(${NAME})(,\s+(${NAME}))?`, 'gu');
/**
 * Words that follow a town in the name of its own building: "Telford Magistrates’ Court", "Millbrook
 * Public Library", "Ashford Town Hall" (not "International Court", whose first word is no town).
 */
const TOWN_BUILDING_WORDS = new Set(['magistrates', 'crown', 'county', 'district', 'public', 'municipal', 'city', 'town', 'village', 'civic', 'community']);
const PLACE_BEFORE_RE = new RegExp(String.raw`\b(?:in|to|at)\s+(${NAME})\s+(?:for|at|to attend)\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,2}$`, 'u');
/** Where the words about this meeting stop and another clause (often about someone else) starts. */
export const CLAUSE_END = /,\s+(?:told|said|says|adding|who|but|while|as|according)\b|[;—–]/;
const VENUE_RE = new RegExp(String.raw`\b(?:at|in|on|inside)\s+(?:the\s+)?(${[...VENUES].map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\b`, 'iu');

const key = (name: string) => name.toLowerCase().replace(/\s+/g, '-');

function isCity(name: string): boolean {
  const k = key(name);
  return CITIES.has(k) || WORLD_CITIES.has(k);
}

/** A capitalised word that can be a place: not a country, a nationality, a month, a title or an institution. */
function canBePlace(name: string): boolean {
  const words = name.toLowerCase().split(/[\s-]+/);
  const first = words[0] ?? '';
  if (COUNTRIES.has(key(name)) || COUNTRIES.has(first) || first in NATIONALITIES) return false;
  return !words.some((w) => NON_NAME_WORDS.has(w.replace(/[’']s$/, '')));
}

/**
 * The place of a meeting from the words after its noun (`after`, up to the next meeting noun) and the
 * words before it (`before`).
 *
 * @example
 * findPlace(' in Belém, Brazil, which opens on November 10', 'the UN climate ') // 'Belém'
 * findPlace(' by video link on Thursday', 'would ') // 'virtual'
 */
export function findPlace(after: string, before: string): string | null {
  if (VIRTUAL_AFTER.test(after) || VIRTUAL_BEFORE.test(before.slice(-25)) || /^\s*(?:conference|call)/i.test(after)) return 'virtual';
  const near = after.split(CLAUSE_END)[0] ?? '';
  const venue = VENUE_RE.exec(near.slice(0, 80));
  let generic: string | null = venue ? (venue[1] as string).replace(/^\p{Ll}/u, (c) => c.toUpperCase()) : null;
  const pre = PLACE_BEFORE_RE.exec(before);
  if (pre && (isCity(pre[1] as string) || canBePlace(pre[1] as string))) return pre[1] as string;
  PLACE_AFTER_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PLACE_AFTER_RE.exec(near))) {
    // "in Kessler’s office": an owner, not a place.
    const nameEnd = m.index + m[0].indexOf(m[1] as string) + (m[1] as string).length;
    if (/[’']s$/.test(m[1] as string) || /^[’']s\b/.test(near.slice(nameEnd))) continue;
    const name = (m[1] as string).includes(' ') ? placeBeforeInstitution(m[1] as string) : (m[1] as string);
    // "at the Town Hall", "at the Public Library": a building, no town.
    if (GENERIC_PLACE_WORDS.has(name.toLowerCase()) || (name.includes(' ') && name.split(' ').every((w) => GENERIC_PLACE_WORDS.has(w.toLowerCase())))) continue;
    if (isCity(name)) return name;
    const first = name.split(/[- ]/)[0] as string;
    if (isCity(first)) return first;
    // "in Belém, Brazil": a place followed by its country is a city.
    const country = m[3];
    if (country && COUNTRIES.has(key(country)) && canBePlace(name)) return name;
    // A capitalised place right after "in"/"at" close to the meeting noun ("hearing in Westminster").
    if (!generic && m.index < 45 && /^\s*(?:in|at)\b/i.test(m[0]) && canBePlace(name)) generic = name;
  }
  if (generic) return generic;
  const prev = /(\p{Lu}[\p{Ll}]+)\s*$/u.exec(before);
  if (prev && isCity(prev[1] as string)) return prev[1] as string;
  return null;
}

/** Words that name a kind of place or building, not a place: "the Town Hall", "the Public Library". */
const GENERIC_PLACE_WORDS = new Set([
  'town', 'city', 'village', 'county', 'state', 'national', 'public', 'central', 'royal', 'federal', 'district', 'parish', 'community',
  'old', 'new', 'main', 'hall', 'library', 'court', 'courthouse', 'hotel', 'building', 'centre', 'center', 'station',
]);

/** "Telford Magistrates" (of "Telford Magistrates’ Court") → "Telford": the town a building is named after. */
function placeBeforeInstitution(name: string): string {
  const words = name.split(' ');
  const k = words.findIndex((w, i) => i > 0 && TOWN_BUILDING_WORDS.has(w.toLowerCase().replace(/[’']$/, '')));
  return k > 0 ? words.slice(0, k).join(' ') : name;
}

/**
 * A building the meeting is held in, with no town given ("at the Capitol", "at City Hall", "in the
 * minister’s office", "at a hotel"): the town is then the dateline's, if the article has one.
 */
const BUILDING_RE =
  /\b(?:at|in|inside|outside)\s+(?:the\s+|an?\s+)?(?:[\p{L}’'-]+\s+){0,3}?(?:headquarters|offices?|palace|residence|ministry|capitol|city hall|town hall|village hall|hall|library|courthouse|court|hotel|chambers?|statehouse|state house|building)\b/giu;

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
const STREET_WORDS = new Set(['street', 'road', 'avenue', 'square', 'lane', 'place', 'boulevard', 'drive']);
/** Capitalised words of a building that every town has: "the Capitol", "City Hall", "the Foreign Ministry". */
const LOCAL_BUILDING_WORDS = new Set([
  'at', 'in', 'inside', 'outside', 'the', 'a', 'an', 'capitol', 'city', 'town', 'village', 'county', 'municipal', 'hall', 'court', 'courthouse',
  'library', 'public', 'state', 'house', 'statehouse', 'council', 'chamber', 'chambers', 'building', 'office', 'offices', 'headquarters',
  'palace', 'residence', 'ministry', 'foreign', 'finance', 'interior', 'defence', 'defense', 'justice', 'health', 'presidential',
]);
/** A cheap first look for BUILDING_RE: most meeting sentences name no building. */
const BUILDING_WORD = /headquarters|office|palace|residence|ministry|capitol|hall|library|court|hotel|chamber|state ?house|building/i;

/**
 * The city of a wire dateline ("LONDON, Aug 7 —", "GENEVA, March 3 (AP) —"), title-cased.
 *
 * @example
 * datelineCity('By A. Writer\nNEW YORK, Sept 3 (Reuters) — …') // 'New York'
 */
export function datelineCity(body: string): string | null {
  const m = DATELINE_CITY_RE.exec(body.slice(0, 800));
  if (!m || NOT_DATELINES.has((m[1] as string).toLowerCase())) return null;
  return (m[1] as string).toLowerCase().replace(/(^|[ -])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/**
 * A dateline: a city in capitals ("NEW YORK", the first of "FRANKFURT/AMSTERDAM") at the start of a line,
 * then a date ("Sept 3", "12 June 2025"), a country ("Kenya (AP)"), an agency ("(AP)") or a dash alone.
 */
const DATELINE_CITY_RE =
  /^\s*([A-ZÀ-Þ][A-ZÀ-Þ.'’-]+(?: [A-ZÀ-Þ][A-ZÀ-Þ.'’-]+){0,2})(?:\/[A-ZÀ-Þ][A-ZÀ-Þ.'’ -]*)?(?:,\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}\b|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-zà-ÿ]+\s*\(|[A-Z][a-zà-ÿ]+\s*[—–-])|\s+\((?:AP|Reuters|AFP|UPI|dpa|Bloomberg)\)\s*[—–-]|\s+[—–]\s)/m;
/** Capitalised line openers that are no city: "BREAKING —", "UPDATE —". */
const NOT_DATELINES = new Set(['breaking', 'update', 'updated', 'exclusive', 'live', 'watch', 'analysis', 'opinion', 'editorial', 'press release', 'correction']);

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
