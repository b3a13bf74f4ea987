import type { FigureQualifier } from '../types';
import { valuedLexicon } from './lexicon';

/** Numbers written as words, with their value: "thirty allies", "a dozen". The one table of them. */
export const NUMBER_WORD_LEXICON = valuedLexicon<number>('number words', [
  {
    source: 'number-words',
    values: {
      one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
      thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
      thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
    },
  },
]);

/** Words that multiply a figure given before them, with the factor: "double that number", "half the size". */
export const MULTIPLIER_LEXICON = valuedLexicon<number>('multipliers', [
  { source: 'number-words', values: { double: 2, twice: 2, triple: 3, 'three times': 3, half: 0.5 } },
]);

/**
 * Words before a number that qualify it, with the qualifier they give; when several end the text before a
 * number, the one listed last wins ("an estimated" over "estimated").
 */
export const FIGURE_QUALIFIER_LEXICON = valuedLexicon<Exclude<FigureQualifier, null>>('words that qualify a number', [
  {
    source: 'number-words',
    values: {
      'more than': 'more than', over: 'more than', 'in excess of': 'more than',
      'less than': 'less than', 'fewer than': 'less than', under: 'less than',
      'at least': 'at least',
      'up to': 'up to', 'as many as': 'up to',
      about: 'about', around: 'about', some: 'about', roughly: 'about', nearly: 'about', almost: 'about', approximately: 'about', 'close to': 'about',
      estimated: 'estimated', 'an estimated': 'estimated', 'the estimated': 'estimated',
    },
  },
]);
