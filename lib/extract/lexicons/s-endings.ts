import { lexicon } from './lexicon';

/**
 * Words ending in "s" that are no plural noun a "they" could point back to: verbs, adverbs, adjectives in
 * -ous and possessive pronouns.
 */
export const NOT_PLURAL_LEXICON = lexicon('words in -s that are no plural noun', [
  {
    source: 's-endings',
    words: `
    was has does its this thus yes always perhaps sometimes whereas besides towards afterwards unless less across
    various serious previous obvious famous anxious ours yours theirs hers his is as us
`,
  },
]);

/**
 * Plural-looking words that a count is never of: "11 other news outlets" counts outlets, not news; "two
 * thirds" is a fraction; "sales" are money. Narrower than NOT_PLURAL_LEXICON where a count may run on
 * ("two previous …" reads as it always has).
 */
export const NOT_UNIT_LEXICON = lexicon('plural-looking words that are no unit', [
  {
    source: 's-endings',
    words: 'is was has its his this us as does plus thus always perhaps across towards whereas unless less yes news sales thirds quarters fifths tenths halves',
  },
]);
