import { valuedLexicon } from './lexicon';

/**
 * Names of states that news copy writes in several words or by a short form, with the side the nationality
 * table (DEMONYM_LEXICON) calls them by: "the United States" and "America" are "US", "Britain" is "UK". One-word
 * country names ("Pakistan") and demonyms ("Pakistani") are read from the other tables; these are the forms
 * they miss. Keys are lower case, several words joined by hyphens in the lexicon's word list.
 */
export const STATE_NAME_LEXICON = valuedLexicon<string>('names of states with their side', [
  {
    source: 'countries',
    values: {
      'united states': 'US', 'united states of america': 'US', america: 'US', us: 'US', 'u.s.': 'US', usa: 'US',
      'united kingdom': 'UK', britain: 'UK', 'great britain': 'UK', england: 'UK', scotland: 'UK', wales: 'UK', uk: 'UK', 'u.k.': 'UK',
      'new zealand': 'New Zealand', 'south korea': 'Korea', 'republic of korea': 'Korea', 'saudi arabia': 'Saudi Arabia',
      'south africa': 'South Africa', 'sri lanka': 'Sri Lanka', 'czech republic': 'Czech Republic', 'costa rica': 'Costa Rica',
      'russian federation': 'Russia', 'people’s republic of china': 'China', "people's republic of china": 'China',
      turkey: 'Turkey', 'türkiye': 'Turkey',
    },
  },
  {
    source: 'demonyms',
    values: { 'new zealander': 'New Zealand', 'south african': 'South Africa', 'sri lankan': 'Sri Lanka', 'costa rican': 'Costa Rica', americans: 'US', britons: 'UK' },
  },
]);
