import { lexicon } from './lexicon';

/**
 * Words that end with a full stop without ending a sentence: a paragraph opening "Gen. Smith said …" or
 * "Acme Co. reported …" has no sentence before the full stop, so what precedes it is no speaker label.
 */
export const NAME_ABBREVIATIONS = lexicon('abbreviations around names', [
  {
    source: 'abbreviations',
    words: `
    gen col lt sgt capt maj adm cmdr cpl pvt sen rep gov rev hon pres supt
    jr sr esq st mt ft co corp inc ltd bros no
`,
  },
  { source: 'courtesy-titles', words: 'mr mrs ms dr prof' },
]);
