import { lexicon } from './lexicon';

/**
 * Words that end a capitalised run naming a plan, a programme or a series of talks: "Indo-Pacific Economic
 * Framework" and "the ASEAN Five-Point Consensus" were offered as speakers in round 20's sheets (issue #15).
 */
export const PLAN_NOUN_LEXICON = lexicon('nouns that end the names of plans, agreements and talks', [
  {
    source: 'plan-nouns',
    words: `
    framework consensus initiative initiatives strategy roadmap partnership partnerships dialogue dialogues compact
    concept principles goals consultations mechanism agenda doctrine process accords programme program plan act
    declaration convention
`,
  },
]);

/**
 * Meetings and visits as headings capitalise them: "Trilateral Ministerial Meeting", "Meeting Between Biden and …",
 * "Symbolic Visit Foretells Positive Future". Cut off at the noun, the rest of such a heading is no name either.
 */
export const EVENT_NOUN_LEXICON = lexicon('nouns of meetings and visits that headings capitalise', [
  { source: 'headline-furniture', words: 'meeting meetings visit visits' },
]);

/**
 * Words that end the remit of an office or a department: "External Affairs Jaswant Singh" or "Rural Development" is
 * the name of a ministry, or its end, never a person's name.
 */
export const POLICY_FIELD_LEXICON = lexicon('nouns that end the names of fields of policy', [
  { source: 'policy-fields', words: 'affairs relations development governance operations communications assistance' },
]);

/** Words that end the names of bases, stations and units: "Incirlik Air Base", "Joint Task Force Headquarters". */
export const BASE_TAIL_LEXICON = lexicon('last words of names of bases and units', [
  { source: 'base-words', words: 'base station command wing headquarters detachment unit marines' },
]);

/** Words that open the names of camps, forts and exercises: "Camp Victory", "Fort Bragg", "Exercise Noble Partner". */
export const BASE_OPENER_LEXICON = lexicon('first words of names of bases and exercises', [
  { source: 'base-words', words: 'camp fort exercise operation' },
]);

/**
 * A word no person's name holds, wherever it stands in a run: "Futenma Air Station", "Royal Air Force", "Joint Base
 * Balad", "Combined Joint Task Force", and "Joint" of "Joint news conference with …", read as a person in round 21.
 */
export const BASE_WORD_LEXICON = lexicon('words inside names of bases and air forces', [
  { source: 'base-words', words: 'air joint' },
]);

/** Feasts that are no calendar word: "Yom Kippur" was offered as a speaker in round 20's sheets. */
export const FEAST_LEXICON = lexicon('names of feasts', [
  {
    source: 'feasts',
    words: `
    kippur hanukkah hanukah chanukah passover diwali eid thanksgiving nowruz navruz pentecost epiphany purim sukkot
    shavuot vesak
`,
  },
]);

/** The followers of a religion, in the plural: "Sunni Muslims" was offered as a speaker in round 20's sheets. */
export const ADHERENT_LEXICON = lexicon('followers of religions, in the plural', [
  {
    source: 'peoples',
    words: `
    muslims christians jews hindus buddhists sikhs sunnis shiites shias catholics protestants evangelicals mormons
    alawites
`,
  },
]);
