/**
 * What a place name looks like in a meeting's sentence, and whether a capitalised name can be a place at
 * all: a city of the gazetteers, or a name that is no country, nationality, month, title or institution.
 * Read by the meeting-place readers (places.ts, nation-capitals.ts, sequence-stops.ts) and by the frames.
 */
import { CITIES, COUNTRIES, NATIONALITIES, NON_NAME_WORDS, WORLD_CITIES } from '../lexicon';

/** A place name: "Belém", "New Delhi", "Rio de Janeiro", "Dar es Salaam", "St. Petersburg" (a saint's abbreviation is part of it). */
export const NAME = String.raw`(?:S(?:ain)?te?\.?\s+)?\p{Lu}[\p{Ll}’'-]+(?:(?:[- ](?:de|da|do|dos|del|la|el|es|al|au))?[- ]\p{Lu}[\p{Ll}]+){0,2}`;

/** A particle between two capitalised words of one name: "Mar del Plata", "Dar es Salaam". */
const PARTICLE_JOINED = /^\p{Lu}\S*[- ](?:de|da|do|dos|del|la|el|es|al|au)[- ]\p{Lu}/u;

export const key = (name: string) => name.toLowerCase().replace(/\s+/g, '-');

export function isCity(name: string): boolean {
  const k = key(name);
  return CITIES.has(k) || WORLD_CITIES.has(k);
}

/** A capitalised word that can be a place: not a country, a nationality, a month, a title or an institution. */
export function canBePlace(name: string): boolean {
  const words = name.toLowerCase().split(/[\s-]+/);
  const first = words[0] ?? '';
  if (COUNTRIES.has(key(name)) || COUNTRIES.has(first) || first in NATIONALITIES) return false;
  // "Mar del Plata", "Rio de Janeiro": a name joined by a Romance particle is one name, though a word of it alone ("Mar",
  // March cut short) would be none.
  if (PARTICLE_JOINED.test(name)) return true;
  return !words.some((w) => NON_NAME_WORDS.has(w.replace(/[’']s$/, '')));
}
