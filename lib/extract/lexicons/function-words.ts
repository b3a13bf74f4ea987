import { lexicon, valuedLexicon } from './lexicon';

/** Prepositions whose object is a place or a body, not someone who could speak: "told supporters at Folkets Hus", "from Khan Younis". */
export const LOCATIVE_LEXICON = lexicon('locative prepositions', [{ source: 'closed-class', words: 'at in near outside inside from on' }]);

/** Personal pronouns with the gender they give. */
export const PRONOUN_LEXICON = valuedLexicon<'m' | 'f'>('gendered pronouns', [
  { source: 'closed-class', values: { he: 'm', him: 'm', his: 'm', she: 'f', her: 'f' } },
]);

/** Plural personal pronouns: a "they" needs a plural or a name before it. */
export const PLURAL_PRONOUN_LEXICON = lexicon('plural pronouns', [{ source: 'closed-class', words: 'they them' }]);
