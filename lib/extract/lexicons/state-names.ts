import { valuedLexicon } from './lexicon';

/**
 * States that news copy names in several words, each once, with the side the nationality table
 * (DEMONYM_LEXICON) calls it by ("the United States" is "US"), or null where the generator gives it no side
 * of its own ("North Korea" is not the "Korea" of South Korea; a US state is not the US speaking). Every key
 * is a place, never a person: a run of capitalised words that spells one is not a name ("headed back to the
 * White House from New Jersey" gave a person "New Jersey", who then kept "he" from Trump).
 */
export const MULTIWORD_STATE_LEXICON = valuedLexicon<string | null>('names of states in several words', [
  {
    source: 'countries',
    values: {
      'united states': 'US', 'united states of america': 'US', 'united kingdom': 'UK', 'great britain': 'UK',
      'new zealand': 'New Zealand', 'south korea': 'Korea', 'republic of korea': 'Korea', 'saudi arabia': 'Saudi Arabia',
      'south africa': 'South Africa', 'sri lanka': 'Sri Lanka', 'czech republic': 'Czech Republic', 'costa rica': 'Costa Rica',
      'russian federation': 'Russia', 'people’s republic of china': 'China', "people's republic of china": 'China',
      'north korea': null, 'el salvador': null, 'south sudan': null, 'ivory coast': null, 'sierra leone': null,
      'burkina faso': null, 'puerto rico': null, 'san marino': null, 'dominican republic': null, 'north macedonia': null,
      'papua new guinea': null, 'east timor': null, 'cape verde': null,
    },
  },
  {
    source: 'us-states',
    values: {
      'new jersey': null, 'new york': null, 'new mexico': null, 'new hampshire': null, 'north carolina': null,
      'south carolina': null, 'north dakota': null, 'south dakota': null, 'west virginia': null, 'rhode island': null,
    },
  },
]);

/**
 * Short forms of states that the one-word country table (COUNTRY_LEXICON) and the demonyms miss, and
 * demonyms in several words, with their side: "America" is "US", "Britain" is "UK".
 */
export const STATE_SHORT_NAME_LEXICON = valuedLexicon<string>('short names of states with their side', [
  {
    source: 'countries',
    values: {
      america: 'US', us: 'US', 'u.s.': 'US', usa: 'US',
      britain: 'UK', england: 'UK', scotland: 'UK', wales: 'UK', uk: 'UK', 'u.k.': 'UK',
      turkey: 'Turkey', 'türkiye': 'Turkey',
    },
  },
  {
    source: 'demonyms',
    values: { 'new zealander': 'New Zealand', 'south african': 'South Africa', 'sri lankan': 'Sri Lanka', 'costa rican': 'Costa Rica', americans: 'US', britons: 'UK' },
  },
]);

/**
 * Every written name of a state with its side, lower case with spaces: the states in several words that
 * have a side, then the short forms.
 *
 * @example
 * STATE_NAMES['united states']; // → 'US'
 * STATE_NAMES.britain; // → 'UK'
 */
export const STATE_NAMES: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(MULTIWORD_STATE_LEXICON.record).filter((e): e is [string, string] => e[1] !== null)),
  ...STATE_SHORT_NAME_LEXICON.record,
};
