/**
 * The state a town is in, and the other towns of that state a meeting held there could have been held in:
 * the wrong answers of the answer's own kind (St Petersburg and Sochi beside a Kremlin meeting in Moscow).
 */
import { gazetteerCity, isSameTown, largestCitiesOf } from './gazetteer';
import { capitalNamed, capitalOfState } from './capitals';
import { normalise } from './text';

/**
 * Towns outside its capital where a state's leaders receive guests or host summits and forums: knowledge
 * the gazetteer lacks (Sochi is not among Russia's largest towns, yet Russian leaders meet guests there).
 * Hand-made from the meetings of the project's own reports and teachers' notes: St Petersburg and Sochi
 * (full-r15: "where Russian leaders receive guests"), Vladivostok (the Eastern Economic Forum), New York and
 * Geneva (the UN), Davos (the World Economic Forum), Munich (the Security Conference), Sharm el-Sheikh, Jeddah,
 * Istanbul, Shanghai, Dubai, Almaty and Tel Aviv (summits and ministers' talks the reports place there).
 */
const SUMMIT_TOWNS: Record<string, string> = {
  'St Petersburg': 'Russia', Sochi: 'Russia', Vladivostok: 'Russia', 'New York': 'United States', Istanbul: 'Türkiye',
  Geneva: 'Switzerland', Davos: 'Switzerland', Shanghai: 'China', Munich: 'Germany', 'Sharm el-Sheikh': 'Egypt',
  Jeddah: 'Saudi Arabia', Dubai: 'United Arab Emirates', Almaty: 'Kazakhstan', 'Tel Aviv': 'Israel',
};

/** Holy cities closed to visitors of other faiths: no venue for a state's guests (blind-17: "Medina for nuclear talks"). */
const NO_VENUE = new Set(['mecca', 'medina']);

/** How many towns of the answer's own state are candidates (the scorer puts the story's other states before the third). */
const HOME_TOWNS = 3;

/** How far down a state's towns by size a town is one a student could take for a meeting place. */
const LARGEST = 3;

const SUMMIT_TOWN_STATES = new Map(Object.entries(SUMMIT_TOWNS).map(([town, state]) => [normalise(town), state]));

/**
 * The state a town is in: a capital's, a summit town's, or the gazetteer's; null for a town none knows.
 *
 * @example
 * stateOfTown('Sirte'); // → 'Libya'
 * stateOfTown('Washington'); // → 'United States'
 */
export function stateOfTown(place: string): string | null {
  const n = normalise(place);
  // The capital as news copy writes it ("Washington"); the list's "Washington D.C." is left to the gazetteer, as it always was.
  const capital = capitalNamed(place);
  return (capital && normalise(capital.city) === n ? capital.state : null) ?? SUMMIT_TOWN_STATES.get(n) ?? gazetteerCity(place)?.state ?? null;
}

/**
 * The capital (as news copy writes it) of the state a town is in, or null.
 *
 * @example
 * capitalOfTownState('Sochi'); // → 'Moscow'
 */
export function capitalOfTownState(place: string): string | null {
  const state = stateOfTown(place);
  return state ? capitalOfState(state)?.city ?? null : null;
}

/** A name as English copy spells it: GeoNames' scholarly transliterations ("Mişrātah", "Ta‘izz") are not. */
function isPlainSpelling(name: string): boolean {
  return /^[A-Za-z\u00C0-\u00FF .'-]+$/.test(name);
}

/**
 * Up to three other towns of the state `answer` is in where a meeting held there could have been held: for a
 * capital, the state's summit towns (Moscow → St Petersburg, Sochi, Vladivostok); for another town, the capital
 * and the summit towns, and, while fewer than two, the largest towns (Christchurch → Wellington, Auckland).
 * A large town is no venue by its size alone: it only stands in where the state has no other. Empty for a town
 * of no known state.
 *
 * @example
 * homeTownsOf('Moscow'); // → ['St Petersburg', 'Sochi', 'Vladivostok']
 * homeTownsOf('Sirte'); // → ['Tripoli', 'Benghazi']
 */
export function homeTownsOf(answer: string): string[] {
  const state = stateOfTown(answer);
  if (!state) return [];
  const capital = capitalOfState(state)?.city ?? '';
  const summits = Object.keys(SUMMIT_TOWNS).filter((town) => SUMMIT_TOWNS[town] === state);
  const venues = isSameTown(answer, capital) ? summits : [capital, ...summits];
  const largest = largestCitiesOf(state, LARGEST).map((c) => c.name).filter((t) => isPlainSpelling(t) && !NO_VENUE.has(normalise(t)));
  const out: string[] = [];
  const add = (town: string, max: number) => {
    if (out.length < max && !isSameTown(town, answer) && !out.some((o) => isSameTown(o, town))) out.push(town);
  };
  for (const town of venues) add(town, HOME_TOWNS);
  if (!isSameTown(answer, capital)) for (const town of largest) add(town, 2);
  return out;
}
