/**
 * A people's vote is an election: "Afghans vote on April 5 to choose a new president", "voters go to
 * the polls", "Iraqis will vote Saturday". The subject of "vote" is a nationality in the plural or the
 * voters themselves; a body's vote ("the Senate voted") is read by its body instead.
 */
import { NATIONALITIES } from '../lexicon';

/** The subject right before "vote": "Afghans", "voters", "Iraqis will", "citizens are to". */
const SUBJECT = /\b(\p{Lu}\p{L}+s|voters|citizens|residents|electors)\s+(?:will\s+|are\s+(?:set\s+|due\s+)?to\s+|also\s+)?$/u;

/**
 * Whether the words before a "vote" make it a people's vote.
 *
 * @example
 * isPeopleVote('Afghans ') // true
 * isPeopleVote('The Senate will ') // false
 */
export function isPeopleVote(before: string): boolean {
  const m = SUBJECT.exec(before);
  if (!m) return false;
  const word = m[1] as string;
  return !/^\p{Lu}/u.test(word) || Object.hasOwn(NATIONALITIES, word.slice(0, -1).toLowerCase());
}
