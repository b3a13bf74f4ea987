import { SCALE_NAMES, SCALE_WORDS } from './lexicons/scales';
import { PAIRED_NOUN_LEXICON } from './lexicons/count-nouns';
import { NUMBER_WORD_LEXICON } from './lexicons/number-words';
import { NOT_UNIT_LEXICON } from './lexicons/s-endings';
import type { Figure } from './types';

/**
 * The figure record and how its number is written and read (digits, number words, scale words), shared
 * by figures.ts and the passes that give a number the noun of another figure or start a range.
 */

/** A figure before ids, claimant and cross-article fields: the fields of `Figure` the sentence alone gives. */
export type RawFigure = Pick<Figure, 'value' | 'unit' | 'about' | 'raw' | 'valueStart' | 'valueEnd' | 'qualifier' | 'status' | 'sentence'>;

/** Number words a count starts with; "one" only before a scale word ("one million"), as the pattern below reads it. */
const WORD_NUMBERS: Record<string, number> = Object.fromEntries(Object.entries(NUMBER_WORD_LEXICON.record).filter(([w]) => w !== 'one'));
export const alternation = (words: Iterable<string>) => [...words].join('|');
export const UNITS_DIGIT = String.raw`\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
export const WORDS = Object.keys(WORD_NUMBERS).join('|');
/** Plural-looking words that are no unit ("11 other news outlets" counts outlets, not news). */
export const NOT_UNIT_WORDS = alternation(NOT_UNIT_LEXICON.words);
/** Plural nouns of people and sides, which "two" pairs rather than counts. */
export const PAIRED_NOUNS = PAIRED_NOUN_LEXICON.words;
export const MONTH_BEFORE = /(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s*$/;
/** A scale word ending a written number: "4.5 million". */
const SCALE_SUFFIX = new RegExp(String.raw`[\s-]*(${SCALE_NAMES})$`);
/** Plural-looking words the count pattern would otherwise take for a unit ("24-year-old is expected"). */
export const NOT_UNITS = new Set(NOT_UNIT_WORDS.split('|'));
export const COUNT_UNIT = /^(?!percent|percentage|basis|magnitude|years old|days|weeks|months|years|decades|hours|minutes)[a-z]/;

export function parseValue(raw: string): number | null {
  const lower = raw.toLowerCase();
  const scale = SCALE_SUFFIX.exec(lower)?.[1];
  const mult = scale ? (SCALE_WORDS[scale] ?? 1) : 1;
  const digits = lower.replace(SCALE_SUFFIX, '');
  if (/^\d/.test(digits)) {
    const n = Number(digits.replace(/[,\u00a0\u202f ]/g, ''));
    // toPrecision: 9.8 × 1e5 is 980000.0000000001 in floating point.
    return Number.isFinite(n) ? Number((n * mult).toPrecision(12)) : null;
  }
  if (/^half an?$/.test(digits.trim())) return 0.5 * mult;
  const parts = digits.split(/[- ]/);
  let n = 0;
  for (const p of parts) n += WORD_NUMBERS[p] ?? (p === 'one' ? 1 : 0);
  return n > 0 ? n * mult : null;
}

/** Whether [start, end) overlaps a stretch another pattern already read. */
export function isClaimed(claims: [number, number][], start: number, end: number): boolean {
  return claims.some(([a, b]) => a < end && start < b);
}
