/**
 * The world's capitals as one table, and the one lookup every reader of it uses: which state a capital is
 * the seat of, however a text writes the city ("Washington", "Washington D.C.", "Brasilia" for Brasília).
 * The states a text names are state-capitals.ts's; the side a capital speaks for, nations.ts's.
 */
import { WORLD_CAPITALS } from '@/lib/extract/lexicons/world-countries';
import { normalise } from './text';

/** A state's capital, as the list gives it and as news copy writes the city. */
export interface Capital {
  /** The state's common English name: "United States". */
  state: string;
  /** The capital as the list gives it: "Washington D.C.". */
  listed: string;
  /** The capital as news copy writes the city: "Washington". */
  city: string;
  /** Where the entry came from. */
  source: string;
}

const LIST_SOURCE = 'world-countries 5.1.0 (lib/extract/lexicons/world-countries.ts)';

/**
 * Capitals news copy writes otherwise than the list: "Washington" for the US capital, as AP style writes the city
 * (hand-made; the one capital the list writes with a suffix).
 */
const CITY_AS_WRITTEN: Readonly<Record<string, string>> = { 'Washington D.C.': 'Washington' };

/** One entry per state, in the list's order. */
export const CAPITALS: readonly Capital[] = Object.entries(WORLD_CAPITALS).map(([state, listed]) => {
  const written = CITY_AS_WRITTEN[listed];
  return { state, listed, city: written ?? listed, source: written ? `${LIST_SOURCE}; city as news copy writes it` : LIST_SOURCE };
});

const BY_NAME = new Map<string, Capital>();
for (const c of CAPITALS) for (const name of [c.listed, c.city]) if (!BY_NAME.has(normalise(name))) BY_NAME.set(normalise(name), c);

const BY_STATE = new Map(CAPITALS.map((c) => [c.state, c]));

/**
 * The capital a place names, compared as normalised words (case, accents and stops aside), or null.
 *
 * @example
 * capitalNamed('Washington')?.state; // → 'United States'
 * capitalNamed('Washington D.C.')?.state; // → 'United States'
 * capitalNamed('Sochi'); // → null
 */
export function capitalNamed(place: string): Capital | null {
  return BY_NAME.get(normalise(place)) ?? null;
}

/**
 * A state's capital, by the state's name as the list gives it ("United States", "Türkiye"), or null.
 *
 * @example
 * capitalOfState('United States')?.city; // → 'Washington'
 */
export function capitalOfState(state: string): Capital | null {
  return BY_STATE.get(state) ?? null;
}
