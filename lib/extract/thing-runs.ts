/**
 * Runs of capitalised words that name a thing, not a person: a plan ("Indo-Pacific Economic Framework"), a base or a
 * unit ("Futenma Air Station", "Provincial Reconstruction Team"), a feast ("Yom Kippur") or a people ("Sunni
 * Muslims", "Palestinians"). The people index is built from person mentions, so these are kept out here (issue #15).
 */
import { NATIONALITIES } from './lexicon';
import {
  ADHERENT_LEXICON, BASE_OPENER_LEXICON, EVENT_NOUN_LEXICON, BASE_TAIL_LEXICON, BASE_WORD_LEXICON, FEAST_LEXICON, PLAN_NOUN_LEXICON, POLICY_FIELD_LEXICON,
} from './lexicons/not-people';
import type { Token } from './tokens';

/** Plans and the meetings and visits of headings: anywhere in a run, they make it a thing's name. */
const PLAN_NOUNS = new Set([...PLAN_NOUN_LEXICON.words, ...EVENT_NOUN_LEXICON.words]);
const FIELDS = POLICY_FIELD_LEXICON.words;
const BASE_TAILS = BASE_TAIL_LEXICON.words;
const BASE_OPENERS = BASE_OPENER_LEXICON.words;
const NEVER_IN_NAME = new Set([...BASE_WORD_LEXICON.words, ...FEAST_LEXICON.words, ...ADHERENT_LEXICON.words]);

/** "Palestinians", "Norwegians", "Afghans": a nationality in the plural names a people. */
function isPeoplePlural(lower: string): boolean {
  return lower.endsWith('s') && Object.hasOwn(NATIONALITIES, lower.slice(0, -1));
}

/** A word that ends the name of a thing: a plan, a field of policy, a base or a unit. */
export function isThingTail(lower: string): boolean {
  return PLAN_NOUNS.has(lower) || FIELDS.has(lower) || BASE_TAILS.has(lower);
}

/**
 * A word after which the rest of a run may be a name, itself never part of one: the end of a remit ("External
 * Affairs Jaswant Singh") or a word of a base's name ("Naval Air Crewman Brett Parks").
 */
export function isBeforeName(lower: string): boolean {
  return FIELDS.has(lower) || NEVER_IN_NAME.has(lower);
}

/**
 * Whether the run of capitalised tokens [i, j] names a thing: a plan's word or a word no name holds anywhere in it, a
 * thing's last word, or a camp's or an exercise's first word before more capitals.
 *
 * @example
 * namesThing(tokenize('Sunni Muslims'), 0, 1) // true
 */
export function namesThing(tokens: Token[], i: number, j: number): boolean {
  for (let x = i; x <= j; x++) {
    const lower = (tokens[x] as Token).lower;
    if (NEVER_IN_NAME.has(lower) || PLAN_NOUNS.has(lower) || isPeoplePlural(lower)) return true;
  }
  return isThingTail((tokens[j] as Token).lower) || (j > i && BASE_OPENERS.has((tokens[i] as Token).lower));
}
