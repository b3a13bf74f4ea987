/**
 * The gender a person's given name suggests, from the public-domain first-name lists (lexicons/given-names.ts):
 * a prior for pronouns when the article itself shows nothing ("Jim Mattis" is not the "she" of the next
 * sentence). A name on both lists, an initial, or a name on neither gives nothing.
 */
import { FEMALE_NAME_LEXICON, MALE_NAME_LEXICON } from './lexicons/given-names';

const FEMALE = FEMALE_NAME_LEXICON.words;
const MALE = MALE_NAME_LEXICON.words;

/** 'f' or 'm' when the first word of the name is on one list only, else null. */
export function givenNameGender(name: string): 'm' | 'f' | null {
  const first = name.split(/\s+/)[0]?.toLowerCase() ?? '';
  if (first.length < 2) return null;
  if (FEMALE.has(first)) return 'f';
  if (MALE.has(first)) return 'm';
  return null;
}

/** Whether the given name is used only for the gender other than `gender`: "Jim" for "she". */
export function isOtherGiven(name: string, gender: 'm' | 'f'): boolean {
  const g = givenNameGender(name);
  return g !== null && g !== gender;
}

/** Whether a word is a given name of one gender's list ("Liam", "Heather"): a name on both or neither is not. */
export function isGivenName(word: string): boolean {
  return givenNameGender(word) !== null;
}

/**
 * Whether a word is on either given-name list, whatever gender it suggests ("Jean", on both, too): a person's first
 * name rather than a common word.
 *
 * @example
 * isListedGivenName('Mark'); // → true
 * isListedGivenName('Ballet'); // → false
 */
export function isListedGivenName(word: string): boolean {
  const w = word.toLowerCase();
  return FEMALE.has(w) || MALE.has(w);
}
