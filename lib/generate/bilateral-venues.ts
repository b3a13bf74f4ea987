/**
 * Where-choices for a meeting of two states (#15). News names such a meeting by a compound of its parties ("the
 * UK-China Human Rights Dialogue", "US-Russian talks"), and it is held at one party's home, by turns, or on neutral
 * ground: London beside Beijing, Berlin and Madrid left a London-or-Beijing coin toss (blind-55–57: "Berlin and
 * Madrid are not credible venues for a bilateral UK-China dialogue"). Credible wrong places are the parties' own
 * towns and the seats of international bodies where such talks meet; too few of them, and the question goes.
 */
import { sideOfPlace, sideOfWords } from './nations';
import { memoStateOfTown } from './body-members';
import { INTERNATIONAL_SEATS } from './place-regions';
import { normalise } from './text';
import { CAPITALS, capitalNamed } from './capitals';
import { largestCitiesOf } from './gazetteer';
import { homeTownsOf } from './home-towns';

/** Two capitalised words joined by a hyphen or a dash: "UK-China", "U.S.–Russian", "Russian-Japanese". */
const COMPOUND = /(?<![\p{L}.-])(\p{Lu}[\p{L}.]*)\s?[-–]\s?(\p{Lu}[\p{L}.]*)(?![\p{L}-])/gu;

/** Side → its capital (normalised), as the sides of people's affiliations write the states ("UK" → "london"), built once. */
let sideCapitals: Map<string, string> | null = null;
function capitalOfSide(): Map<string, string> {
  if (!sideCapitals) {
    sideCapitals = new Map();
    for (const c of CAPITALS) {
      const side = sideOfPlace(c.city);
      if (side && !sideCapitals.has(side)) sideCapitals.set(side, normalise(c.city));
    }
  }
  return sideCapitals;
}

/**
 * The capitals (normalised) of the two states a meeting's name joins in a compound, or null when it joins none or
 * one state with itself.
 *
 * @example
 * bilateralCapitals('the UK-China Human Rights Dialogue of January 2011'); // → Set { 'london', 'beijing' }
 * bilateralCapitals('the NATO Summit of 2022'); // → null
 */
export function bilateralCapitals(name: string): ReadonlySet<string> | null {
  for (const m of name.matchAll(COMPOUND)) {
    const a = sideOfWords(m[1] ?? '');
    const b = sideOfWords(m[2] ?? '');
    if (!a || !b || a === b) continue;
    const capitals = new Set([capitalOfSide().get(a), capitalOfSide().get(b)].filter((c): c is string => !!c));
    if (capitals.size === 2) return capitals;
  }
  return null;
}

/**
 * Whether a town is a credible venue for a meeting of the two states whose capitals are given: a town of either
 * state, or a seat of international bodies in neither.
 *
 * @example
 * isBilateralVenue('Shanghai', new Set(['london', 'beijing'])); // → true
 * isBilateralVenue('Madrid', new Set(['london', 'beijing'])); // → false
 */
export function isBilateralVenue(town: string, capitals: ReadonlySet<string>): boolean {
  const states = [...capitals].map((c) => capitalNamed(c)?.state ?? null);
  const state = memoStateOfTown(town);
  if (capitals.has(normalise(town)) || (state && states.includes(state))) return true;
  return INTERNATIONAL_SEATS.has(normalise(town));
}

/**
 * The towns of the two states a student could take for the venue: each capital, its summit towns, and the state's
 * largest cities in plain spelling ("Shanghai" beside "Beijing", "Edinburgh" or "Manchester" beside "London").
 *
 * @example
 * bilateralTowns(new Set(['tokyo', 'brasilia'])); // e.g. ['Tokyo', 'Osaka', 'Brasília', 'São Paulo', 'Rio de Janeiro']
 */
export function bilateralTowns(capitals: ReadonlySet<string>): string[] {
  return [...capitals].flatMap((c) => {
    const capital = capitalNamed(c);
    if (!capital) return [];
    const largest = largestCitiesOf(capital.state, 3).map((t) => t.name).filter((t) => /^[\p{L} .'-]+$/u.test(t) && !/[ʻ‘’ḥṣṭ]/u.test(t));
    return [capital.city, ...homeTownsOf(capital.city), ...largest];
  });
}

/**
 * Whether a town, not the answer, lies in either state of a bilateral meeting: both parties' towns stand beside the
 * answer alike, so neither London alone among German towns nor London among three of its own gives the key away.
 *
 * @example
 * isPartyTown('Shanghai', 'London', new Set(['london', 'beijing'])); // → true
 */
export function isPartyTown(town: string, answer: string, capitals: ReadonlySet<string>): boolean {
  const state = memoStateOfTown(town);
  return normalise(town) !== normalise(answer) && !!state && [...capitals].some((c) => capitalNamed(c)?.state === state);
}
