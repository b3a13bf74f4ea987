import { lexicon } from './lexicon';

/**
 * Words written with a full stop inside a sentence ("Gen. Smith", "Jan. 26", "Acme Inc. said"): a full stop
 * after one ends no sentence. One list for every sentence splitter (the document's, a meeting's clause), as
 * written in copy; a single capital letter ("John F. Kennedy", "U.S.") is handled beside it.
 */
export const SENTENCE_ABBREVIATIONS = `
  Mr Mrs Ms Dr St Gen Brig Maj Adm Cmdr Col Lt Sgt Capt Prof Sen Rep Gov Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec No vs etc
  Inc Ltd Co Jr Sr
`.trim().split(/\s+/);

/**
 * Words that end with a full stop without ending a sentence: a paragraph opening "Gen. Smith said …" or
 * "Acme Co. reported …" has no sentence before the full stop, so what precedes it is no speaker label.
 */
export const NAME_ABBREVIATIONS = lexicon('abbreviations around names', [
  {
    source: 'abbreviations',
    words: `
    gen brig col lt sgt capt maj adm cmdr cpl pvt sen rep gov rev hon pres supt
    jr sr esq st mt ft co corp inc ltd bros no
`,
  },
  { source: 'courtesy-titles', words: 'mr mrs ms dr prof' },
]);
