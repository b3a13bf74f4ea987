/** The gazetteer read: which state a city is in, how large it is, and a state's largest cities. */
import { WORLD_CITIES } from './lexicons/world-cities';
import { WORLD_CAPITALS } from '@/lib/extract/lexicons/world-countries';
import { normalise } from './text';

/** A city of the gazetteer: its name as GeoNames spells it, its state, and its population in thousands. */
export interface GazetteerCity {
  name: string;
  state: string;
  thousands: number;
  isCapital: boolean;
}

/** "St Petersburg", "St. Petersburg" and "Saint Petersburg" are one town. */
function townKey(name: string): string {
  return normalise(name).replace(/^st /, 'saint ').replace(/^washington d c$/, 'washington');
}

let tables: { byKey: Map<string, GazetteerCity>; byState: Map<string, GazetteerCity[]> } | null = null;

/** The gazetteer's strings parsed once, on first use. */
function gazetteerTables(): NonNullable<typeof tables> {
  if (tables) return tables;
  const byKey = new Map<string, GazetteerCity>();
  const byState = new Map<string, GazetteerCity[]>();
  const stateWords = new Set(Object.keys(WORLD_CAPITALS).map(normalise));
  for (const [state, entries] of Object.entries(WORLD_CITIES)) {
    const cities = entries.split(';').map((entry) => {
      const at = entry.lastIndexOf(':');
      const name = entry.slice(0, at);
      return { name, state, thousands: Number(entry.slice(at + 1)), isCapital: WORLD_CAPITALS[state] === name };
    });
    byState.set(state, cities);
    for (const city of cities) {
      const key = townKey(city.name);
      // "Kuwait", "Djibouti": a name that is a state's is read as the state. Of two towns of one name
      // (Hyderabad, Córdoba) the larger is meant.
      if (stateWords.has(key)) continue;
      const seen = byKey.get(key);
      if (!seen || seen.thousands < city.thousands) byKey.set(key, city);
    }
  }
  return (tables = { byKey, byState });
}

/**
 * The gazetteer's city of this name (the larger of two of one name), or null; a state's name is no city.
 *
 * @example
 * gazetteerCity('Sirte'); // → { name: 'Sirte', state: 'Libya', thousands: 128, isCapital: false }
 * gazetteerCity('Bavaria'); // → null
 */
export function gazetteerCity(name: string): GazetteerCity | null {
  return gazetteerTables().byKey.get(townKey(name)) ?? null;
}

/**
 * A state's cities, largest first (its capital among them wherever its size puts it).
 *
 * @example
 * largestCitiesOf('New Zealand', 3).map((c) => c.name); // → ['Auckland', 'Wellington', 'Christchurch']
 */
export function largestCitiesOf(state: string, count: number): GazetteerCity[] {
  return (gazetteerTables().byState.get(state) ?? []).slice(0, count);
}

/**
 * Whether two names are one town ("St Petersburg", "Saint Petersburg").
 *
 * @example
 * isSameTown('St. Petersburg', 'Saint Petersburg'); // → true
 */
export function isSameTown(a: string, b: string): boolean {
  return townKey(a) === townKey(b);
}
