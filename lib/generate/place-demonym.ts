/**
 * "took place in the Russian city of _____": the sentence says which state the blank's town is in, so a town of
 * another state among the choices rules itself out (Tehran beside Sochi, blind-54 Q14).
 */
import { NATIONALITIES } from '@/lib/extract/lexicon';
import { gazetteerCity, largestCitiesOf } from './gazetteer';

const STATED_STATE_BLANK = /\bthe\s+(\p{Lu}[\p{L}-]+)\s+(?:city|town|port|resort|capital|village|region)\s+of\s+_____/u;
/** How many of a state's largest towns may stand beside the answer. */
const TOWNS_OF_STATE = 12;

/**
 * The state a sentence says its blanked town is in, or null.
 *
 * @example
 * stateOfBlankedTown('the first summit took place in the Russian city of _____.'); // → 'Russia'
 */
export function stateOfBlankedTown(shown: string): string | null {
  const demonym = STATED_STATE_BLANK.exec(shown)?.[1]?.toLowerCase();
  return demonym ? (NATIONALITIES[demonym] ?? null) : null;
}

/**
 * The towns a blank whose state the sentence states may be answered with: those of the pool in that state, then
 * the state's largest towns.
 *
 * @example
 * townsOfStatedState(['Moscow', 'Tehran', 'Sochi'], 'Russia'); // → ['Moscow', 'Sochi', 'Saint Petersburg', …]
 */
export function townsOfStatedState(pool: readonly string[], state: string): string[] {
  return [...pool.filter((p) => gazetteerCity(p)?.state === state), ...largestCitiesOf(state, TOWNS_OF_STATE).map((c) => c.name)];
}
