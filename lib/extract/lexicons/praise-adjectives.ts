import { lexicon } from './lexicon';

/**
 * What a guest says of the host's city or country when nothing else is said: "The city is in a good shape. It is
 * beautiful." (a courtesy, not a view a student should learn a speaker by; see lib/generate/openers.ts).
 */
export const PRAISE_ADJECTIVE_LEXICON = lexicon('adjectives of praise for a place', [
  {
    source: 'praise-adjectives',
    words: `
    beautiful lovely wonderful magnificent splendid gorgeous charming stunning marvellous marvelous delightful
    picturesque impressive amazing remarkable breathtaking glorious elegant pretty attractive fascinating
    clean tidy well-kept well-maintained cosy cozy hospitable welcoming
`,
  },
]);
