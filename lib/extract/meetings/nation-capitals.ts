/**
 * A capital by the nationality that names it ("in the Egyptian capital" → Cairo) or named after the word
 * "capital" ("the Ukrainian capital Kyiv"): read by findPlace in places.ts.
 */
import { WORLD_CAPITALS } from '../lexicons/world-countries';
import { NATIONALITIES } from '../lexicon';
import { NAME } from './place-names';

/** Israel's capital is contested: "the Israeli capital" is left unresolved. */
const STATE_CAPITALS = Object.fromEntries(Object.entries(WORLD_CAPITALS).filter(([state]) => state !== 'Israel'));
/** Capitals of the countries a nationality names, for "in the Egyptian capital" (every state's, then the names news uses). */
const CAPITALS: Record<string, string> = {
  ...STATE_CAPITALS,
  US: 'Washington', Russia: 'Moscow', Ukraine: 'Kyiv', UK: 'London', France: 'Paris', Germany: 'Berlin', China: 'Beijing',
  Poland: 'Warsaw', Italy: 'Rome', Spain: 'Madrid', Japan: 'Tokyo', India: 'New Delhi', Canada: 'Ottawa', Turkey: 'Ankara',
  Iran: 'Tehran', Belarus: 'Minsk', Georgia: 'Tbilisi', Kazakhstan: 'Astana', Sweden: 'Stockholm', Finland: 'Helsinki',
  Netherlands: 'Amsterdam', Belgium: 'Brussels', Switzerland: 'Bern', Austria: 'Vienna', Hungary: 'Budapest', Romania: 'Bucharest',
  Lithuania: 'Vilnius', Latvia: 'Riga', Estonia: 'Tallinn', 'Czech Republic': 'Prague', Australia: 'Canberra', 'Saudi Arabia': 'Riyadh',
  Egypt: 'Cairo', Mexico: 'Mexico City', Brazil: 'Brasilia', Moldova: 'Chisinau', Denmark: 'Copenhagen', Norway: 'Oslo',
  Greece: 'Athens', Portugal: 'Lisbon', Ireland: 'Dublin', Pakistan: 'Islamabad', Afghanistan: 'Kabul', Syria: 'Damascus', Iraq: 'Baghdad',
};
/** "the capital of Kyiv", "the capital, Kyiv", "the Ukrainian capital Kyiv". */
export const CAPITAL_NAMED_RE = new RegExp(String.raw`\bcapital(?:\s+city)?(?:\s+of|,)?\s+(${NAME})`, 'u');
/** "in the Egyptian capital": not Israel's or Korea's, whose capitals are contested or ambiguous. */
const CAPITAL_RE = /\bin\s+the\s+(\p{L}+)\s+capital\b(?!\s*,)/u;

/**
 * The city "the Egyptian capital" stands for, when it stands alone ("the Kenyan capital, Nairobi" names it).
 *
 * @example
 * capitalIn(' would take place in the Egyptian capital within days') // 'Cairo'
 */
export function capitalIn(text: string): string | null {
  const word = CAPITAL_RE.exec(text)?.[1]?.toLowerCase();
  const country = word !== undefined && Object.hasOwn(NATIONALITIES, word) ? NATIONALITIES[word] : undefined;
  return country !== undefined && Object.hasOwn(CAPITALS, country) ? (CAPITALS[country] as string) : null;
}
