/**
 * "he visited Israel, the Palestinian Authority and Egypt", "will visit both Goa and Delhi", "to visit Oman, Iran and
 * United Arab Emirates", "the trip took the secretary to Australia, Indonesia, India and Turkey": a visit verb whose object
 * is a list of places, or a trip that takes someone to one, is one visit per place. The real-news gold
 * (realnews-dev3 "visits on one trip are listed per host", dev6, dev7 and dev9 likewise) counts a visit per place
 * visited, with no town where only a state is named.
 */
import { COUNTRIES } from '../lexicon';
import { WORLD_CAPITALS } from '../lexicons/world-countries';
import type { Span } from '../types';
import { FUTURE_CUE } from './add-event';
import { CLAUSE_END } from './places';
import { cityIn } from './setting';
import type { ArticleContext, Pending } from './types';
import { firstWhen, isCountedSpan } from './when';

/** A place's name as written: "Egypt", "the Palestinian Authority", "United Arab Emirates". */
const NAME = String.raw`(?:the +)?\p{Lu}[\p{L}’'-]*(?: +(?:of +)?\p{Lu}[\p{L}’'-]*)*`;
/** Two names or more right after the verb, "and" before the last, the list ending on punctuation or a lower-case word. */
const LIST_RE = new RegExp(String.raw`^\s+(?:both\s+)?(${NAME}(?:,\s+${NAME})*,?\s+and\s+${NAME})(?=\s*[,;.:!?]|\s*$|\s+\p{Ll}| *\n)`, 'u');

/** "In India, the secretary will visit both Goa and Delhi": the state a clause opens with holds the places listed. */
const STATE_OPENER = /^\s*In\s+(?:the\s+)?(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*),/u;

/** "has visited", "have often visited": the perfect tells what has been, no one visit. */
const HISTORY_BEFORE = /\b(?:has|have)\s+(?:\w+ly\s+|often\s+|also\s+)?$/;

/** Whether a name is a sovereign state's: "Egypt", "the United Arab Emirates". */
function isState(name: string): boolean {
  const bare = name.replace(/^the\s+/, '');
  return COUNTRIES.has(bare.toLowerCase().replace(/\s+/g, '-')) || Object.hasOwn(WORLD_CAPITALS, bare);
}

/** One place a visit goes to: its name as written and its town (null for a state or a place no gazetteer knows). */
export interface VisitStop { name: string; place: string | null; at: number }

/**
 * The places a visit verb's object lists, two or more, at least two of them states or towns and none a person
 * (`isPerson` is given offsets into `seg`); empty when the object is no such list.
 *
 * @example
 * visitedStops(' Israel, the Palestinian Authority and Egypt to encourage …', '', () => false).map((v) => v.name)
 * // → ['Israel', 'the Palestinian Authority', 'Egypt']
 */
export function visitedStops(seg: string, before: string, isPerson: (from: number, to: number) => boolean, isBeforeAnother = false): VisitStop[] {
  const m = LIST_RE.exec(seg);
  // "has visited China and India": a history, not a visit; "visited Ghana and Togo during her tour": a tour.
  // "will visit India and Pakistan in March", "Earlier this week, Lund visited Lima and Santiago": a dated trip frames the
  // meetings told after it (travel.ts) and is read as one, as before; a time before the verb that another meeting of the
  // sentence holds ("met Hariri in London on Monday, before travelling … where he visited …") does not date it.
  const clause = seg.split(CLAUSE_END)[0] ?? '';
  if (!m || HISTORY_BEFORE.test(before) || /\btour\b/.test(clause)) return [];
  // "will visit Croatia and Albania … in the coming weeks": a span counted from the report dates no tour; each visit keeps it.
  const when = firstWhen(clause);
  if ((when !== undefined && !isCountedSpan(when)) || (!isBeforeAnother && firstWhen(before) !== undefined)) return [];
  const list = m[1] as string;
  const listAt = m[0].length - list.length;
  const stops: VisitStop[] = [];
  const itemRe = new RegExp(NAME, 'gu');
  let item: RegExpExecArray | null;
  while ((item = itemRe.exec(list))) stops.push({ name: item[0], place: null, at: listAt + item.index });
  if (stops.length < 2 || stops.some((v) => isPerson(v.at, v.at + v.name.length))) return [];
  // "In India, … Goa and Delhi": names within the state the clause opens with are its towns or regions, each a place.
  const opener = STATE_OPENER.exec(before)?.[1];
  const inState = opener !== undefined && isState(opener);
  if (stops.filter((v) => isState(v.name) || cityIn(v.name) !== null).length < (inState ? 1 : 2)) return [];
  for (const v of stops) v.place = cityIn(v.name) ?? (inState && !isState(v.name) ? v.name.replace(/^the\s+/, '') : null);
  return stops;
}

/**
 * One visit per stop, told by the sentence at `s`, undated (its clause gives no time, and none is borrowed from another
 * meeting of the sentence): the visitors are the people named in the verb's clause before it.
 */
export function pushVisits(stops: VisitStop[], sentence: string, s: Span, afterVerb: number, visitors: string[], out: Pending[], isAway = false): void {
  const future = FUTURE_CUE.test(sentence.slice(0, afterVerb));
  const when = firstWhen(sentence.slice(afterVerb).split(CLAUSE_END)[0] ?? '') ?? null;
  for (const v of stops) {
    out.push({
      what: `visit to ${v.name}`, type: 'talks', place: v.place, when, date: null, participants: [...visitors], order: null,
      start: s.start, end: s.end, sentence: { start: s.start, end: s.end }, cue: null, after: null,
      ...(v.place === null ? { isInState: true } : {}), ...(future ? { future: true } : {}), ...(isAway ? { isAway } : {}), direction: null,
    });
  }
}

/**
 * Reads the visit verb that ends at `verbEnd` as one visit per place when its object lists places; whether it did.
 * The visitors are named in the verb's own clause ("where he visited" names none; "met Hariri …, before" is another's).
 */
export function readVisitList(sentence: string, at: number, verbEnd: number, s: Span, ctx: ArticleContext, out: Pending[]): boolean {
  const segAt = s.start + verbEnd;
  const isBeforeAnother = out.some((m) => m.sentence.start === s.start);
  const stops = visitedStops(sentence.slice(verbEnd), sentence.slice(0, at), (from, to) => ctx.personsIn(segAt + from, segAt + to).length > 0, isBeforeAnother);
  if (stops.length < 2) return false;
  const clauseAt = Math.max(sentence.lastIndexOf(',', at), sentence.lastIndexOf(';', at)) + 1;
  pushVisits(stops, sentence, s, verbEnd, ctx.personsIn(s.start + clauseAt, s.start + at), out);
  return true;
}

/** "took the secretary to", "will take him to": a trip's verb of carrying, its traveller, and "to" before the places. */
const TAKES_TO = /^[^,;.]*?\b(?:took|takes|will\s+take|brought|brings)\s+((?:him|her|them|the\s+\p{Ll}+(?:\s+\p{Ll}+)?|(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]+))\s+to(?=\s)/u;

/**
 * Reads a trip noun whose clause carries someone to a list of places ("The trip … took the secretary to Australia,
 * Indonesia, India and Turkey") as one visit per place; whether it did. The travellers are the people its object names.
 */
export function readTripList(sentence: string, at: number, trigEnd: number, s: Span, ctx: ArticleContext, out: Pending[]): boolean {
  const m = TAKES_TO.exec(sentence.slice(trigEnd));
  if (!m) return false;
  const listAt = trigEnd + m[0].length;
  const segAt = s.start + listAt;
  const stops = visitedStops(sentence.slice(listAt), sentence.slice(0, at), (from, to) => ctx.personsIn(segAt + from, segAt + to).length > 0);
  if (stops.length < 2) return false;
  const objectAt = s.start + trigEnd + m[0].lastIndexOf(m[1] as string);
  // The stops of a trip told as a whole are of its days, not the report's.
  pushVisits(stops, sentence, s, listAt, ctx.personsIn(objectAt, objectAt + (m[1] as string).length), out, true);
  return true;
}
