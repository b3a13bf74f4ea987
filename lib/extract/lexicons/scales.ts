import { valuedLexicon } from './lexicon';

/** Words that scale a number, with their factor: "4.5 billion", "$4.5bn", "Rs 3,500 crore". The one table of them. */
export const SCALE_LEXICON = valuedLexicon<number>('number scales', [
  { source: 'number-scales', values: { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, lakh: 1e5, crore: 1e7 } },
  { source: 'number-scales', values: { k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, b: 1e9, bn: 1e9, tn: 1e12 } },
]);

export const SCALE_WORDS = SCALE_LEXICON.record;

/** The scale words written out ("thousand|million|…"), for patterns. */
export const SCALE_NAMES = Object.keys(SCALE_WORDS).filter((w) => w.length > 3).join('|');

/** The abbreviations ("bn|mn|mln|tn|m|b|k"), longest first, for patterns. */
export const SCALE_ABBREVIATIONS = Object.keys(SCALE_WORDS).filter((w) => w.length <= 3).sort((a, b) => b.length - a.length).join('|');
