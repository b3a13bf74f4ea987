/**
 * What a where-question's stem says about the place without naming it: the states its sentence names, a
 * host (who is at home), a trip (whose traveller is away from home), another meeting known only by its place.
 * A student reads these before the options, so an option they rule out is no option (blind-34).
 */
import type { GenerateContext } from './context';
import { capitalsNamedIn } from './state-capitals';
import { regionOf } from './places';
import { sideOf } from './sides';
import { sideOfPlace } from './nations';
import { CAPITALS } from './capitals';
import { containsWords, escapeRegExp, normalise } from './text';

/** As many states as a list in one sentence names: "the Group of Eight (Canada, France, …, Russia)". */
const MANY = 12;

/**
 * The capitals (normalised) of the states a stem's sentence names, by name or demonym.
 *
 * @example
 * stemCapitals('Polish and Czech officials met in _____ with envoys of Spain.'); // → Set { 'warsaw', 'prague', 'madrid' }
 */
export function stemCapitals(sentence: string): Set<string> {
  return capitalsNamedIn(sentence, 1, MANY);
}

/**
 * Whether `answer` is the one option of the states the stem names: "Polish officials met in _____" offering
 * Warsaw beside Rome, Paris and Vienna is answered by the stem alone. The capitals of the named states come
 * first among the options (see pickPlaces), so this holds only when none of them could be offered.
 *
 * @example
 * isLoneNamedState(new Set(['warsaw']), 'Warsaw', ['Rome', 'Paris', 'Vienna']); // → true
 * isLoneNamedState(new Set(['paris', 'berlin']), 'Paris', ['Berlin', 'Kyiv', 'Rome']); // → false
 */
export function isLoneNamedState(named: Set<string>, answer: string, picks: string[]): boolean {
  return named.has(normalise(answer)) && !picks.some((p) => named.has(normalise(p)));
}

/** "Foreign Secretary hosts …", "talks hosted by Qatar": a host meets at home. */
const HOST = /\bhost(?:s|ed|ing)?\b/i;

/**
 * Whether a stem or its label has someone host the meeting whose place is a capital: the host's own
 * capital, the only one of its state among the options, is given away ("Foreign Secretary hosts UK-China
 * Strategic Dialogue" for London). A town that is no capital ("hosts the summit in Hiroshima") is not.
 *
 * @example
 * hostGivesCapital('Minister hosts Chile-Norway Dialogue', 'Santiago'); // → true
 * hostGivesCapital('Minister hosts Chile-Norway Dialogue', 'Valparaíso'); // → false
 */
export function hostGivesCapital(shown: string, answer: string): boolean {
  return HOST.test(shown) && isCapital(answer);
}

/**
 * Whether the place is the home capital of everyone in the meeting whose state is known: "Before leaving, Mr.
 * Karzai met in _____ with … U.S. senators" is Kabul to anyone who knows whose president he is (blind-36). Someone
 * of another state in the meeting (Karzai met Kerry), or of a state the report does not give, makes another place a
 * fair guess, so the blank asks something.
 *
 * @example
 * meetsAtHome(ctx, ['ana-rojas'], 'Santiago'); // → true for a Chilean Ana Rojas
 */
export function meetsAtHome(ctx: GenerateContext, personIds: string[], place: string): boolean {
  if (!isCapital(place)) return false;
  // Someone whose state the report does not say (a Nepali minister in New Delhi, NATO's chief in Kyiv) may be the host.
  const people = personIds.map((id) => ctx.people.byId.get(id)).filter((p) => !!p);
  const home = sideOfPlace(place);
  return people.length > 0 && !!home && people.every((p) => sideOf(ctx, p) === home);
}

/**
 * Whether the answer is a town of a state the headline or stem names, the options then being other states' towns:
 * "New Zealand begins process …" over "the first meeting set to take place in _____" offered Christchurch among
 * Funafuti, Suva and Canberra, the one New Zealand town of the four (blind-36). The lists say which state a capital
 * is of, not a town, so the article says it: the town written with its state ("Christchurch, New Zealand"), or else
 * the one state the headline names, when its capital lies in the town's part of the world. The lists know no other
 * towns of that state to offer, so the question is not asked.
 *
 * @example
 * isTownOfNamedState('Chile begins process to change its flag', '', 'The first meeting is in _____.', 'Valparaíso'); // → true
 * isTownOfNamedState('Talks between Chile and Peru', '', 'The first meeting is in _____.', 'Valparaíso'); // → false
 */
export function isTownOfNamedState(title: string, body: string, stem: string, place: string): boolean {
  const region = regionOf(place);
  // Pyongyang is a capital though no side speaks for it: a capital is no town of another state.
  if (!region || ANY_CAPITAL.has(normalise(place)) || sideOfPlace(place)) return false;
  const written = new RegExp(`${escapeRegExp(place)},\\s+((?:\\p{Lu}[\\p{L}.]*\\s?){1,3})`, 'u').exec(body)?.[1]?.trim();
  const writtenState = written ? [...capitalsNamedIn(written, 1, 1)][0] : undefined;
  if (writtenState) return capitalsNamedIn(`${title} ${stem}`, 1, MANY).has(writtenState);
  // "the headline's state and no other": Geneva under "Telephone conversation with President of Turkey" is no Turkish
  // town while the report names Russia, of the same part of the world, too.
  const inTitle = [...capitalsNamedIn(title, 1, MANY)];
  const nearby = [...capitalsNamedIn(`${title} ${body}`, 1, MANY)].filter((capital) => regionOf(capital) === region);
  return inTitle.length === 1 && regionOf(inTitle[0] ?? '') === region && nearby.length === 1;
}

const ANY_CAPITAL = new Set(CAPITALS.map((c) => normalise(c.city)));

function isCapital(place: string): boolean {
  const side = sideOfPlace(place);
  return !!side && normalise(capitalOf(side) ?? '') === normalise(place);
}

/** "travel to _____", "a visit to _____", "fly to _____", "arrive in _____": the blank is where someone goes. */
// "will visit London, Berlin, Warsaw and _____" too: the trip's verb governs the whole list.
const TRIP_BLANK = /\b(?:travel(?:s|led|ed|ling|ing)?\s+to|trips?\s+to|visit(?:s|ed|ing)?|fl(?:y|ies|ew)\s+to|head(?:s|ed|ing)?\s+to|arriv(?:e|es|ed|ing)\s+in)\b[^.;]*?_____/i;

/** "Secretary Rice Travels to Middle East, Europe", "Minister begins tour": a headline that tells of a trip. */
const TRIP_TITLE = /\b(?:travel(?:s|led|ed|ling|ing)?|trips?|visits?|tours?|heads?\s+to|arriv(?:e|es|ed)\s+in)\b/i;

/**
 * Capitals no trip stem may offer: the traveller goes away from home, so "the secretary will also travel to
 * _____" for the US Secretary of State is never Washington (blind-34). A trip is told by the stem or the
 * headline; the travellers are the meeting's people and the people the report's headline names.
 *
 * @example
 * travellerCapitals(ctx, 'the minister will travel to _____', ['lena-moor'], 'Minister Moor travels'); // → ['Oslo']
 */
export function travellerCapitals(ctx: GenerateContext, stem: string, personIds: string[], title: string): string[] {
  if (!TRIP_BLANK.test(stem) && !TRIP_TITLE.test(title)) return [];
  // "Secretary Rice Travels to Middle East, Europe": the headline's person is the one travelling.
  const surname = (name: string) => name.split(' ').slice(-1)[0] ?? '';
  const inTitle = [...ctx.people.byId.values()].filter((p) => p.name.includes(' ') && surname(p.name).length > 2 && containsWords(title, surname(p.name)));
  const people = [...personIds.map((id) => ctx.people.byId.get(id)), ...inTitle].filter((p) => !!p);
  const sides = new Set(people.map((p) => sideOf(ctx, p)).filter((s): s is string => !!s));
  return [...sides].map(capitalOf).filter((c): c is string => !!c);
}

/**
 * Whether the key is the one home capital of a meeting's people among the options: Washington beside Annapolis,
 * Chicago and New York for Cameron's talks with Obama is the capital a student picks without the article (full-19),
 * as is Ankara beside Bucharest, Baghdad and Istanbul for Mattis's talks with Erdogan when Washington is not offered.
 * Someone whose state the report does not give may be at home anywhere (see meetsAtHome): then another capital among
 * the options (Kathmandu beside New Delhi for Oli's talks in India) keeps the choice a reading.
 *
 * @example
 * isLoneHomeCapital(ctx, ['lena-moor', 'ana-rojas'], 'Oslo', ['Bergen', 'Trondheim', 'Stavanger']); // → true
 * isLoneHomeCapital(ctx, ['lena-moor', 'ana-rojas'], 'Oslo', ['Santiago', 'Bergen', 'Stavanger']); // → false
 */
export function isLoneHomeCapital(ctx: GenerateContext, personIds: string[], place: string, picks: string[]): boolean {
  const people = personIds.map((id) => ctx.people.byId.get(id)).filter((p) => !!p);
  const sides = people.map((p) => sideOf(ctx, p));
  const home = new Set(sides.filter((s): s is string => !!s).map(capitalOf).filter((c): c is string => !!c).map(normalise));
  if (!isLoneNamedState(home, place, picks)) return false;
  return sides.every((s) => !!s) || !picks.some((p) => ANY_CAPITAL.has(normalise(p)));
}

/** The capital a side's own people come from: "US" → "Washington". */
function capitalOf(side: string): string | null {
  return CAPITAL_OF_SIDE.get(side) ?? null;
}

const CAPITAL_OF_SIDE = new Map<string, string>();
for (const { city } of CAPITALS) {
  const side = sideOfPlace(city);
  if (side && !CAPITAL_OF_SIDE.has(side)) CAPITAL_OF_SIDE.set(side, city);
}

/** "the conference in Belgium", "the talks in Geneva": a meeting known by its place alone. */
const BY_PLACE_ALONE = /\bthe\s+(?:conference|meeting|talks|summit|session|gathering|ministerial|negotiations)\s+in\s+\p{Lu}/u;

/**
 * Whether a blanked stem speaks of another meeting by its place alone ("Following the conference in
 * Belgium, the secretary will also travel to _____"): which conference it was is not on the page.
 *
 * @example
 * namesMeetingByPlaceAlone('After the summit in Norway, she flies to _____.'); // → true
 * namesMeetingByPlaceAlone('After the Arctic Council summit, she flies to _____.'); // → false
 */
export function namesMeetingByPlaceAlone(blanked: string): boolean {
  return BY_PLACE_ALONE.test(blanked);
}
