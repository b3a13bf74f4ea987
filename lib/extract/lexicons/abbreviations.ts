import { lexicon } from './lexicon';

/**
 * Words that end with a full stop without ending a sentence: a paragraph opening "Gen. Smith said …" or
 * "Acme Co. reported …" has no sentence before the full stop, so what precedes it is no speaker label.
 * Ranks come in runs ("Command Sgt. Maj. William Gainey", "Lt. Gen. Ana Ruiz"), each word its own entry.
 */
export const NAME_ABBREVIATIONS = lexicon('abbreviations around names', [
  {
    source: 'abbreviations',
    words: `
    gen brig col lt sgt capt maj adm cmdr cpl pvt pfc spc sen rep gov rev hon pres supt
    jr sr esq st mt ft co corp inc ltd bros no
`,
  },
  { source: 'courtesy-titles', words: 'mr mrs ms dr prof' },
]);

/**
 * Words written with a full stop inside a sentence ("Gen. Smith", "Jan. 26", "Acme Inc. said"): a full stop
 * after one ends no sentence. The abbreviations around names, the months, and "vs." and "etc.", which copy
 * writes in lower case; one table for every sentence splitter (the document's, a meeting's clause, the
 * generator's), a single capital letter ("John F. Kennedy", "U.S.") being handled beside it.
 */
export const SENTENCE_ABBREVIATIONS_LEXICON = lexicon('abbreviations inside sentences', [
  ...NAME_ABBREVIATIONS.entries.map((e) => ({ source: e.source, words: e.word })),
  { source: 'calendar', words: 'jan feb mar apr jun jul aug sep sept oct nov dec' },
  { source: 'abbreviations', words: 'vs etc' },
]);

/** Abbreviations copy writes in lower case; every other one opens with a capital, as before a name. */
const LOWER_CASE = new Set(['vs', 'etc']);

/**
 * The sentence abbreviations as copy writes them, for a splitter's pattern ("Sgt", "Jan", "vs"): "no." and
 * "mar." in lower case are a word and a verb that end sentences.
 *
 * @example
 * SENTENCE_ABBREVIATIONS.includes('Maj') // true
 */
export const SENTENCE_ABBREVIATIONS: string[] = [...SENTENCE_ABBREVIATIONS_LEXICON.words].map((w) =>
  LOWER_CASE.has(w) ? w : (w[0] as string).toUpperCase() + w.slice(1));

/**
 * Whether a word (without its full stop, any case) is one a full stop after ends no sentence.
 *
 * @example
 * isSentenceAbbreviation('sgt') // true
 */
export function isSentenceAbbreviation(word: string): boolean {
  return SENTENCE_ABBREVIATIONS_LEXICON.words.has(word.toLowerCase());
}
