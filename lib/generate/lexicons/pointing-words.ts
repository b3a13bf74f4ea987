/**
 * Words of a quotation that point outside it: read alone, a student cannot tell whom or what they mean.
 * Closed-class words only (lib/extract/lexicons/lexicon.ts SOURCES['closed-class']).
 */
import { lexicon } from '@/lib/extract/lexicons/lexicon';

/** Third-person plural pronouns, possessives and reflexive: "they", "them", "their". */
export const THIRD_PLURAL_LEXICON = lexicon('third-person plural pronouns', [{ source: 'closed-class', words: 'they them their theirs themselves' }]);

/** Demonstratives that stand for what came before when they open a quotation: "All this will …", "These are …". */
export const DEMONSTRATIVE_LEXICON = lexicon('demonstrative pronouns', [{ source: 'closed-class', words: 'this these those' }]);

/** Indefinite pronouns a later "they" takes up: "No one's right … because they weren't able …". */
export const INDEFINITE_LEXICON = lexicon('indefinite pronouns of people', [{ source: 'closed-class', words: 'anyone everyone someone nobody everybody anybody somebody no-one' }]);

/** Nouns of bodies that news copy takes up with "they": "police stated …", then “they stripped off our clothes”. */
export const COLLECTIVE_LEXICON = lexicon('collective nouns of bodies', [{ source: 'organisation-nouns', words: 'police military army government administration authorities' }]);
