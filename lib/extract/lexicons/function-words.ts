import { lexicon, valuedLexicon } from './lexicon';

/** Prepositions whose object is a place or a body, not someone who could speak: "told supporters at Folkets Hus", "from Khan Younis". */
export const LOCATIVE_LEXICON = lexicon('locative prepositions', [{ source: 'closed-class', words: 'at in near outside inside from on' }]);

/** Personal pronouns with the gender they give. */
export const PRONOUN_LEXICON = valuedLexicon<'m' | 'f'>('gendered pronouns', [
  { source: 'closed-class', values: { he: 'm', him: 'm', his: 'm', she: 'f', her: 'f' } },
]);

/** Forms of be, have, get and the modals: "X was arrested", "X has been", "X was, “…”" report nothing X did. */
export const AUXILIARY_LEXICON = lexicon('auxiliary verbs', [
  { source: 'closed-class', words: 'is are was were be been being am has have had having get gets got will would shall should can could may might must do does did' },
]);

/** Plural personal pronouns: a "they" needs a plural or a name before it. */
export const PLURAL_PRONOUN_LEXICON = lexicon('plural pronouns', [{ source: 'closed-class', words: 'they them' }]);

/**
 * English function words that are seldom words of the other languages written in Latin script that roundups quote
 * (Tagalog, Slovene, Croatian, Spanish, German …): their share of a paragraph's words tells English prose from a
 * post in another language. Left out: "a", "i", "in", "to", "on", "he", "no", "at", words of those languages too.
 */
export const ENGLISH_MARKER_LEXICON = lexicon('English marker words', [
  {
    source: 'closed-class',
    words: `the of and is that it was for with this are have has had not but be been by were she they we you my our their
    will would what when which who there from or an these those because about very also than then should could can his her its into if`,
  },
]);
