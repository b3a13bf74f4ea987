import { lexicon } from './lexicon';

/** Organisation nouns that head a description speaker: "the German environment ministry said". */
export const ORG_HEAD_LEXICON = lexicon('organisation head nouns', [
  {
    source: 'organisation-nouns',
    words: `
    ministry department agency office government commission council committee company firm union association bank
    court embassy organisation organization regulator watchdog secretariat presidency club federation
`,
  },
]);

/**
 * Words that, written capitalised at the end of a capitalised run, make it an organisation or a place
 * ("Newcastle United", "Climate Action Network", "Millbrook General Hospital"), not a person.
 */
export const ORG_TAIL_LEXICON = lexicon('last words of organisation names', [
  {
    source: 'organisation-nouns',
    words: `
    network association union bank council committee party group institute university foundation fund agency
    organization organisation partners capital company corporation corp inc ltd plc llc federation commission
    ministry department office center centre times post news airlines airways motors holdings semiconductor
     club united city  athletic wanderers hotspur alliance coalition authority trust board
    league society forum bureau service services systems technologies industries energy pharmaceuticals semiconductors street
    square road avenue forces army navy corps guard police parliament assembly government administration embassy
    airport congress senate town county rovers rangers albion borough hospital school college church museum clinic
    academy watch team
`,
  },
  {
    // "Captain Stuart Thomas of 204 Signal Squadron said": a unit is where a speaker serves, never a speaker's surname.
    source: 'military-unit-nouns',
    words: `
    squadron regiment battalion brigade division fleet flotilla platoon
`,
  },
  {
    source: 'venue-nouns',
    words: `
    arena stadium theatre theater cathedral mosque temple synagogue palace castle pavilion auditorium
    airbase airfield barracks
`,
  },
  {
    source: 'sport-names',
    words: `
    swimming athletics rowing cycling archery powerlifting weightlifting volleyball basketball wheelchair
    championships championship olympics paralympics tournament
`,
  },
]);

/** Capitalised words that open the names of states and bodies ("United Arab Emirates", "European Stability Mechanism"). */
export const ORG_LEAD_LEXICON = lexicon('first words of organisation names', [
  {
    source: 'organisation-nouns',
    words: `
    united european
`,
  },
]);

/**
 * Words that end the names of non-governmental bodies written like a person's name ("Amnesty International",
 * "Human Rights Watch", "Save the Children"). Only the who-said options read them: the extractor's own
 * organisation tails are left as they are.
 */
export const BODY_NAME_TAIL_LEXICON = lexicon('last words of names of non-governmental bodies', [
  {
    source: 'organisation-nouns',
    words: `
    international watch children
`,
  },
]);
