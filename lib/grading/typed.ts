import { editDistance, nameKey } from './normalize';
import { parseTypedNumber } from './numbers';
import { parseTypedDay, sameDay } from './days';

export interface TypedAnswerContext {
  /** The expected answer as written in the question ("Blinken", "Geneva", "100,000", "thirty"). */
  answer: string;
  /** Other accepted ways to write it: a person's name and aliases ("Antony Blinken", "Tony Blinken"). */
  aliases: readonly string[];
  /** Names of other people and places: an answer that names one of them is wrong, however close it is. */
  others: readonly string[];
  /** For figures: accepted when |typed − value| ≤ tolerance. */
  numeric: { value: number; tolerance: number; unit: string } | null;
}

// A one-letter slip is forgiven only in a name long enough that one letter cannot make it another word.
const MIN_LENGTH_FOR_SLIP = 6;

function matchesName(typed: string, names: readonly string[], allowSlip: boolean): 'exact' | 'slip' | null {
  let best: 'exact' | 'slip' | null = null;
  for (const name of names) {
    const key = nameKey(name);
    if (!key) continue;
    if (key === typed) return 'exact';
    if (allowSlip && key.length >= MIN_LENGTH_FOR_SLIP && typed.length >= MIN_LENGTH_FOR_SLIP && editDistance(typed, key, 1) <= 1) best = 'slip';
  }
  return best;
}

/**
 * Grades a typed answer. Case, accents, punctuation and courtesy titles never matter; a known alias is
 * right; a one-letter slip in a longer name is right unless it names someone or somewhere else; numbers
 * are read however they are written and compared within the question's tolerance; a day is read in any
 * order, abbreviated or not, with or without its weekday.
 *
 * @example
 * gradeTypedAnswer('Stoltenburg', { answer: 'Stoltenberg', aliases: ['Jens Stoltenberg'], others: ['Antony Blinken'], numeric: null }) // true
 * gradeTypedAnswer('100k', { answer: '100,000', aliases: [], others: [], numeric: { value: 100000, tolerance: 10000, unit: 'troops' } }) // true
 */
export function gradeTypedAnswer(response: string, context: TypedAnswerContext): boolean {
  if (context.numeric) {
    const typed = parseTypedNumber(response, context.numeric.unit);
    return typed !== null && Math.abs(typed - context.numeric.value) <= context.numeric.tolerance;
  }
  // A day is right however it is written: "January 26" and "26 Jan" for the report's "Jan 26".
  const expectedDay = parseTypedDay(context.answer);
  if (expectedDay) {
    const typedDay = parseTypedDay(response);
    return typedDay !== null && sameDay(typedDay, expectedDay);
  }
  const expectedNumber = parseTypedNumber(context.answer);
  if (expectedNumber !== null) return parseTypedNumber(response) === expectedNumber;

  const typed = nameKey(response);
  if (!typed) return false;
  const accepted = [context.answer, ...context.aliases];
  const own = matchesName(typed, accepted, true);
  if (own === 'exact') return true;
  if (!own) return false;
  // A slip that is exactly, or as close to, another name is a different answer, not a typo.
  const acceptedKeys = new Set(accepted.map(nameKey));
  const rivals = context.others.filter((name) => !acceptedKeys.has(nameKey(name)));
  return matchesName(typed, rivals, true) === null;
}
