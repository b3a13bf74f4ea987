import { lexicon } from './lexicon';

/** Plural nouns of people and sides, which "two" pairs rather than counts ("two diplomats", "the two sides"). */
export const PAIRED_NOUN_LEXICON = lexicon('plural nouns of people and sides', [
  {
    source: 'count-nouns',
    words: `
    people persons officials sources diplomats aides men women children sides parties lawmakers senators analysts
    executives witnesses residents leaders friends others teams clubs countries nations companies governments
    democrats republicans ministers presidents delegations
`,
  },
]);

/** Nouns whose plural is the singular ("26 aircraft", "2,000 sheep"). */
export const SAME_PLURAL_LEXICON = lexicon('nouns whose plural is the singular', [
  { source: 'count-nouns', words: 'aircraft spacecraft sheep cattle livestock deer' },
]);

/** Animals counted by the head ("2,000 head of sheep"): only before them is "head" a unit. */
export const LIVESTOCK_LEXICON = lexicon('livestock counted by the head', [
  { source: 'count-nouns', words: 'sheep cattle livestock stock deer goats pigs' },
]);

/** What casualty and case reports count one of: "one Palestinian death", "a single civilian casualty". */
export const SINGLE_COUNT_NOUN_LEXICON = lexicon('nouns counted one at a time in casualty and case reports', [
  { source: 'count-nouns', words: 'death fatality casualty soldier civilian child officer injury victim protester hostage patient case infection' },
]);
