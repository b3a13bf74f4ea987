/**
 * A surname after a middle initial: "Dana W. White", "Harry S. Truman". After a first name and an
 * initial, English news puts the surname, so a capitalised word there is that surname even when it is
 * also a word that is otherwise never a name ("White", as in the White House).
 */
import { NON_NAME_LEXICON } from './lexicons/non-names';
import { CITIES, COUNTRIES, NATIONALITIES, ROLE_HEADS } from './lexicon';
import { isGivenName } from './given-name-gender';
import { startsUpper } from './chars';
import { POSTNOMINALS } from './name-words';

/** Compiled once: a \p{…} pattern written inside a function is compiled again on every call under tsx, whose esbuild lowers it to `new RegExp`. */
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;

/** Word classes that are never a surname, even after an initial: function words, days and months, titles, bodies. */
const NEVER_SURNAME = new Set(
  NON_NAME_LEXICON.entries.filter((e) => !['venues', 'common-nouns', 'web-furniture', 'news-outlets'].includes(e.source)).map((e) => e.word),
);

/** Whether a word after "First X." is the surname: capitalised, lower case after its first letter, and not a function, date, title or place word. */
export function isSurnameAfterInitial(word: string, lower: string): boolean {
  if (!CAPITALISED.test(word)) return false;
  return !NEVER_SURNAME.has(lower) && !COUNTRIES.has(lower) && !CITIES.has(lower) && !(lower in NATIONALITIES) && !ROLE_HEADS.has(lower);
}

/** Outlet and building words that are also English surnames ("Fox", "White"): never a name alone, a surname after a first name. */
const SURNAME_AFTER_GIVEN_NAME = new Set(NON_NAME_LEXICON.entries.filter((e) => e.source === 'news-outlets' || e.source === 'venues').map((e) => e.word));

/**
 * A surname right after a first name that is one gender's only: "Liam Fox said", "Mark White". Not before
 * another capitalised word, where the pair opens a body's name ("Will White House aides …").
 */
export function isSurnameAfterGivenName(given: string, word: string, lower: string, next: string | undefined): boolean {
  if (!SURNAME_AFTER_GIVEN_NAME.has(lower) || !CAPITALISED.test(word)) return false;
  // "Fox News" is the outlet; "Liam Fox MP" the person, the letters after the name saying so.
  if (next !== undefined && startsUpper(next) && !POSTNOMINALS.has(next)) return false;
  return isGivenName(given);
}
