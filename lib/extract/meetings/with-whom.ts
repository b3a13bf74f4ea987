/** Whom a meeting's words say it was held with, and the places a visit goes to. */
import { TITLE_HEADS } from '../lexicons/titles';
import { countriesIn } from './participants';
import { cityIn } from './setting';
import { isCallVerb } from './call-verb';
import { COUNTRIES } from '../lexicon';
import { VENUE_CITY_LEXICON } from '../lexicons/places';
import { firstWhen } from './when';
import { CLAUSE_END } from './places';
import { meetsDirectly } from './direct-object';
import { isHostVerb, isVisitVerb } from './triggers';
import type { ArticleContext } from './types';

/** Compiled once: a \p{…} pattern written inside a function is compiled again on every call under tsx, whose esbuild lowers it to `new RegExp`. */
const STARTS_CAPITAL = /^\p{Lu}/u;

/** "met today with", "talks between": the words after a trigger open on whom it was held with. */
export const WITH_LINKER = /^\s+(?:\w+\s+)?(?:with|between)\s/;

/** Words that may open the "with whom" of a meeting: "met with", "talks between", "hosted", "spoke to". */
const WITH_WHOM = /^\s+(?:(?:separately|also|briefly|privately|again|later|first|then|today|yesterday)\s+)?(?:(?:with|between|to)\s+)?(?:(?:his|her|their|the)\s+)?/;

/**
 * Whether the words right after a trigger name a person it is held with: "met with President Guelleh",
 * "the meeting between Defense Secretary Jim Mattis and …", "hosted Prime Minister Kishida".
 */
export function namesSomeone(seg: string, segStart: number, trig: string, ctx: ArticleContext, clauseBefore = ''): boolean {
  if (isVisitVerb(trig)) return visitsSomeone(seg, segStart, ctx, clauseBefore, trig);
  const lead = WITH_WHOM.exec(seg);
  if (!lead) return false;
  // "met separately with", "met today with": an adverb may come between the verb and its "with".
  const hasLinker = /^\s+(?:(?:separately|also|briefly|privately|again|later|first|then|today|yesterday)\s+)?(?:with|between|to)\b/.test(seg) || /\s(?:with|to)$/.test(trig);
  // "the meeting of …", "talks on trade": only a verb takes its person without "with" or "between".
  if (!hasLinker && !isHostVerb(trig) && !isCallVerb(trig) && !meetsDirectly(trig, seg)) return false;
  const window = Math.min(seg.length, lead[0].length + 60);
  if (ctx.personsIn(segStart, segStart + window).length > 0) return true;
  // "spoke with the UN Secretary-General", "met his French counterpart": an office named by its title.
  const head = seg.slice(lead[0].length).split(/[,;:.]/)[0]?.split(/\s+/).slice(0, 6) ?? [];
  if (head.some((w) => /^counterparts?$/.test(w) || (STARTS_CAPITAL.test(w) && !/s$/.test(w) && TITLE_HEADS.words.has(w.toLowerCase())))) return true;
  // "speak with the Tunisian government", "met with Iranian officials": a state by its name or nationality;
  // "In India, the Vice President will meet with key leaders": or by the place its clause opens with.
  const lead3 = head.slice(0, 3);
  // "welcome 37 African foreign ministers": a number of officials is a delegation.
  if (/^\d+$/.test(head[0] ?? '') && head.slice(1, 4).some((w) => STATE_SIDE.test(w))) return true;
  if (!lead3.some((w) => STATE_SIDE.test(w))) return false;
  return countriesIn(lead3.join(' ')).length > 0 || countriesIn(PLACE_OPENER.exec(clauseBefore)?.[1] ?? '').length > 0;
}

/**
 * "visited Defense Minister Alvarez in Peru", "visited us last year": the object of "visit" is a person (a name the
 * people index knows, an office by its title, or "us", the speaker's side), not a town or a country.
 */
function visitsSomeone(seg: string, segStart: number, ctx: ArticleContext, clauseBefore: string, trig: string): boolean {
  if (/^\s+us\b/.test(seg)) return true;
  const object = /^\s+(?:(?:his|her|their|the)\s+)?([^,;.]*?)(?=\s+(?:in|at|and|to|on|for|during)\s|[,;.]|$)/u.exec(seg);
  const phrase = object?.[1] ?? '';
  // "will visit India and Pakistan in March", "visited Hanoi in May 2011": a visit to a state or a town, placed in
  // time by its own clause, is a meeting too; undated ("has visited China often") it is a trip.
  // "visit Pakistan Dec. 4, where he will meet …": the meeting the "where" clause tells is the one held there.
  if (isVisitedPlace(seg)) {
    if (/,\s+where\b/.test(seg)) return false;
    if (firstWhen(seg.split(CLAUSE_END)[0] ?? '') !== undefined) return PERSON_SUBJECT.test(clauseBefore);
    // "President Barack Obama visited Kenya during his last trip": a person named right before the simple past visited one
    // state, with no time of its own, is the visit the article reports ("has visited China often" is a history, "visited
    // Lima and Santiago" a tour).
    const state = /^\s+(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)(?!\s+and\b|,\s+\p{Lu})/u.exec(seg)?.[1] ?? '';
    const subject = trig === 'visited' && COUNTRIES.has(state.toLowerCase().replace(/\s+/g, '-')) ? NAME_BEFORE.exec(clauseBefore) : null;
    const verbAt = segStart - trig.length;
    if (subject !== null) return ctx.personsIn(Math.max(verbAt - clauseBefore.length, verbAt - 40), verbAt).length > 0;
    // "Carter will visit Manila and a number of areas where …": one town a person named right before the verb goes to is
    // the visit the article announces, as a dated one is ("has visited Paris" stays a history).
    const townName = ONE_TOWN.exec(seg)?.[1] ?? '';
    const town = cityIn(townName) === townName && !COUNTRIES.has(townName.toLowerCase().replace(/\s+/g, '-')) ? NAMED_VISITOR.exec(clauseBefore) : null;
    return town !== null && ctx.personsIn(Math.max(verbAt - clauseBefore.length, verbAt - 40), verbAt).length > 0;
  }
  if (!phrase || cityIn(phrase) !== null || countriesIn(phrase).length > 0 && !/\s/.test(phrase)) return false;
  const end = segStart + (object?.[0].length ?? 0);
  if (ctx.personsIn(segStart, end).length > 0) return true;
  return phrase.split(/\s+/).some((w) => /^counterparts?$/.test(w) || (STARTS_CAPITAL.test(w) && TITLE_HEADS.words.has(w.toLowerCase())));
}

/**
 * How many people a list after "with" names, each by a title ("with Russian Foreign Minister Lavrov, Indonesian
 * Foreign Minister Natalegawa and Turkish Foreign Minister Davutoglu": three), up to the clause's end.
 */
export function peopleListed(seg: string): number {
  const list = /^\s+with\s+([^;.:]*)/.exec(seg.split(/,\s+(?:prior|before|after|ahead|during|while|as|and then|then)\b/)[0] ?? '')?.[1] ?? '';
  const items = list.split(/,\s+(?:and\s+)?|\s+and\s+/);
  const isTitled = (item: string) => item.split(/\s+/).some((w) => STARTS_CAPITAL.test(w) && TITLE_HEADS.words.has(w.toLowerCase()));
  return items.length > 1 && items.every(isTitled) ? items.length : 0;
}

/** "Minister Alvarez in Peru and Minister Rossi in Chile": two people met, each with the place they were met in. */
const COORDINATED = /^\s+(?:with\s+)?[^,;.]*?\s+in\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*\s+and\s+((?:the\s+)?[^,;.]*?)\s+in\s+(?:the\s+)?(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)/u;

/**
 * The place of the second of two people met in two places ("… in Peru and Minister Rossi in Chile"), a city or
 * null for a country; undefined when the words after the verb join no second person met elsewhere.
 */
export function coordinatedStop(seg: string, segStart: number, ctx: ArticleContext): { place: string | null; first: string[]; second: string[] } | undefined {
  const m = COORDINATED.exec(seg);
  if (!m) return undefined;
  const who = m[1] as string;
  const from = segStart + m.index + m[0].lastIndexOf(who, m[0].length - (m[2] as string).length);
  const second = ctx.personsIn(from, from + who.length);
  const isPerson = second.length > 0 || who.split(/\s+/).some((w) => STARTS_CAPITAL.test(w) && TITLE_HEADS.words.has(w.toLowerCase()));
  return isPerson ? { place: cityIn(m[2] as string), first: ctx.personsIn(segStart, from), second } : undefined;
}

/** Whether what "visit" takes is a list of places only: "India and Pakistan", "Hanoi", "Laos and Cambodia". */
export function isVisitedPlace(seg: string): boolean {
  const object = /^\s+((?:\p{Lu}[\p{L}’'-]*)(?:(?:\s+|,\s+|\s+and\s+)\p{Lu}[\p{L}’'-]*)*)/u.exec(seg)?.[1];
  if (!object) return false;
  return object.split(/,\s+|\s+and\s+/).every((name) => COUNTRIES.has(name.toLowerCase().replace(/\s+/g, '-')) || cityIn(name) === name);
}

/** The town a visit noun goes to ("to Nairobi", "to the White House": Washington); null for a state. */
export function visitedTown(seg: string): string | null {
  // "the visit of President Nazarbayev to the White House": the visitor named first, then the destination.
  const dest = /^\s+(?:of\s+(?:the\s+)?(?:[\p{L}.’'-]+\s+){1,6}?)?to\s+(?:the\s+)?(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)/u.exec(seg)?.[1];
  return dest ? cityIn(dest) ?? VENUE_CITY_LEXICON.record[dest.toLowerCase()] ?? null : null;
}

/** The last word of a name right before a verb: "President Barack Obama visited". */
const NAME_BEFORE = /\p{Lu}[\p{L}’'-]+\s+$/u;

/** One name after "visit", no other name listed with it: "Manila", "Manila and a number of areas", not "Manila and Cebu". */
const ONE_TOWN = /^\s+(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)(?![\p{L}’'-])(?!\s+and\s+\p{Lu}|,\s+\p{Lu})/u;

/** A name right before "visit", a modal between: "Carter will", "Secretary Vale is to"; not the perfect of a history. */
const NAMED_VISITOR = /\p{Lu}[\p{L}’'-]+\s+(?:(?:will|would|is to|also|then|later)\s+){0,2}$/u;

/** A person as the one who visits: a pronoun, or a title or name ending the clause before the verb ("Secretary Kerry will"). */
const PERSON_SUBJECT = /\b(?:he|she|they|I|we)\s+(?:(?:will|would|also|then|later|had|has|have|is|was|to|plans? to|is to)\s+){0,2}$|\b(?:President|Secretary|Minister|Prime Minister|Chancellor|King|Queen|Premier|Governor|Mayor|Senator)\s+\p{Lu}[\p{L}’'-]+\s+(?:(?:will|would|also|then|later|had|has|is|was)\s+){0,2}$/u;

/** The place a clause opens with: "In India, …", "In Colombo, …". */
export const PLACE_OPENER = /^\s*(?:In|At|While in|During (?:a|his|her|the) visit to)\s+((?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*),/u;

/** Who speaks for a state: "the Tunisian government", "Iranian officials", "his Chinese counterpart". */
const STATE_SIDE = /^(?:government|officials|authorities|leaders?|leadership|delegation|delegates|ministers?|diplomats|negotiators|envoys?)$/;
