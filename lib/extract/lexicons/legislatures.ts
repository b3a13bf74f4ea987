import { valuedLexicon } from './lexicon';

/**
 * A legislature's chamber with the city where it sits: "witnesses appearing before the House human rights
 * subcommittee", "testified before the Bundestag's defence committee". A hearing before one of its
 * committees is held there unless the text places it elsewhere. Only chambers whose name is not also a
 * common word in other countries' news: "Senate" and "House" are read as the US Congress's only when a
 * committee or "congressional" says so (`meetings/legislature.ts`).
 */
export const LEGISLATURE_SEAT_LEXICON = valuedLexicon<string>('legislatures with their seat', [
  {
    source: 'legislatures',
    values: {
      congress: 'Washington', 'capitol hill': 'Washington', house: 'Washington', senate: 'Washington',
      'house of commons': 'London', 'house of lords': 'London', commons: 'London', lords: 'London', westminster: 'London',
      bundestag: 'Berlin', bundesrat: 'Berlin', 'state duma': 'Moscow', duma: 'Moscow', 'federation council': 'Moscow',
      'verkhovna rada': 'Kyiv', sejm: 'Warsaw', 'lok sabha': 'New Delhi', 'rajya sabha': 'New Delhi', 'national diet': 'Tokyo',
      'assemblée nationale': 'Paris', 'dáil': 'Dublin', dail: 'Dublin', oireachtas: 'Dublin', riksdag: 'Stockholm',
      folketing: 'Copenhagen', eduskunta: 'Helsinki', 'tweede kamer': 'The Hague', 'grand national assembly': 'Ankara',
    },
  },
]);
