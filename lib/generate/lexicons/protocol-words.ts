/**
 * The words of diplomatic protocol: how talks are said to have gone ("in a constructive and business-like
 * atmosphere") and what ties are said to bind two states ("strong traditions of friendship"). Any principal says
 * them of any meeting; see protocol.ts.
 */
import { lexicon } from '@/lib/extract/lexicons/lexicon';

/** Adjectives of the tone of talks, as communiqués and press statements write them (evaluative adjectives). */
export const TALKS_TONE_LEXICON = lexicon('adjectives of the tone of talks', [
  {
    source: 'praise-adjectives',
    words: `
    constructive business-like businesslike friendly fruitful cordial warm frank candid open trusting positive
    productive substantive useful good excellent comprehensive detailed sincere respectful mutually-respectful
    amicable pragmatic practical frank-and-open in-depth thorough meaningful successful positive-minded
`,
  },
]);

/** Nouns for the climate talks are said to have been held in: "in a … atmosphere", "in the spirit of …". */
export const TALKS_CLIMATE_LEXICON = lexicon('nouns of the climate of talks', [{ source: 'common-nouns', words: 'atmosphere spirit climate tone manner environment' }]);

/** Nouns of the goodwill two states are said to share: "traditions of friendship", "ties of amity". */
export const GOODWILL_LEXICON = lexicon('nouns of goodwill between states', [{ source: 'common-nouns', words: 'friendship amity brotherhood goodwill good-neighbourliness good-neighborliness trust mutual-understanding mutual-respect' }]);
