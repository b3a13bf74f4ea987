/**
 * Where a meeting is: a city from the gazetteer, a city the sentence shows to be one ("in Belém, Brazil"),
 * a capitalised place right after "in"/"at" next to the meeting noun ("in Westminster"), the town a
 * building is named after ("at Telford Magistrates’ Court"), a well-known venue ("on Capitol Hill"), or
 * "virtual" ("by video link"); the city that hosts it ("Cairo would host a summit"), the town before a
 * building ("at the union’s Geneva offices") or after its long name ("at the offices of the … Service in
 * Manhattan"), and a capital by its nationality ("in the Egyptian capital"). Never a country, a weekday,
 * an institution or an owner ("in Kessler’s office").
 */
import { COUNTRIES, VENUES } from '../lexicon';
import { VENUE_CITY_LEXICON } from '../lexicons/places';
import { isEnglishWord, tagSpan } from '../pos';
import { CAPITAL_NAMED_RE, capitalIn } from './nation-capitals';
import { canBePlace, isCity, key, NAME } from './place-names';
import { tailAfterMark } from './text-tail';

/** Compiled once: a \p{…} pattern written inside a function is compiled again on every call under tsx, whose esbuild lowers it to `new RegExp`. */
const CAPITALISED_WORD_END = /(\p{Lu}[\p{Ll}]+)\s*$/u;
const POSSESSIVE_THEN_CAPITAL = /^[’']s\s+\p{Lu}/u;
const STARTS_CAPITAL = /^\p{Lu}/u;

const VIRTUAL_AFTER = /^\s*(?:,\s*)?(?:by|via|over)\s+(?:a\s+)?(?:video(?:[- ]?(?:link|conference|call))?|videoconference|teleconference|zoom|phone|telephone)\b|^\s*(?:online|virtually|remotely)\b/i;
/** "addressed a summit of his EU counterparts via video link": the event's own clause says how it was attended. */
const VIRTUAL_IN_CLAUSE = /\b(?:by|via|over)\s+(?:a\s+)?(?:video[- ]?link|videoconference|teleconference|video call|zoom)\b/i;
const VIRTUAL_BEFORE = /\b(?:virtual|online|video)\b/i;
/** "in the West Bank city of Ramallah", "in the port city of Batumi", "at the Egyptian resort of Sharm el-Sheikh". */
const TOWN_OF_RE = new RegExp(String.raw`\b(?:in|at)\s+the\s+(?:[\p{L}-]+\s+){0,3}?(?:city|town|port|resort|village)\s+of\s+(${NAME})`, 'u');
const PLACE_AFTER_RE = new RegExp(String.raw`\b(?:in|at|to|on)\s+(?:the\s+|an?\s+)?(${NAME})(,\s+(${NAME}))?`, 'gu');
/**
 * Words that follow a town in the name of its own building: "Telford Magistrates’ Court", "Millbrook
 * Public Library", "Ashford Town Hall" (not "International Court", whose first word is no town).
 */
const TOWN_BUILDING_WORDS = new Set(['magistrates', 'crown', 'county', 'district', 'public', 'municipal', 'city', 'town', 'village', 'civic', 'community']);
/** "travel to Lima for the final session", "flew to Brussels for talks", "gather in Lisbon on Friday for a summit", "arrived in Brussels today for meetings". */
const PLACE_BEFORE_RE = new RegExp(
  String.raw`\b(?:in|to|at)\s+(?:the\s+)?(${NAME})(?:\s+(?:(?:on\s+)?\p{Lu}\p{Ll}+day(?:\s+(?:morning|afternoon|evening|night))?|today|tonight|tomorrow|(?:(?:later|earlier)\s+)?this\s+(?:morning|afternoon|evening|week)|next\s+(?:week|month)))?\s+(?:for|at|to attend)\s+(?:(?:the|a|an)\s+)?(?:[\p{L}-]+\s+){0,3}$`,
  'u',
);
/** "planned for Annapolis, Maryland", "scheduled for Geneva": a participle of planning and the town it sets the meeting in. */
const SET_FOR_RE = new RegExp(String.raw`^[\s,]*(?:(?:which|that)\s+(?:is|was|are|were)\s+)?(?:planned|scheduled|slated|set)\s+for\s+(${NAME})(,\s+${NAME})?`, 'u');
/** "October 27", "Oct. 27": a day of the month, as a stop's time before its "where". */
const MONTH_DAY = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}`;
/**
 * "In Jerusalem, he will meet with Israeli leaders, and in Ramallah he will meet with the Palestinian leadership": a
 * clause after a comma that opens on its town, its subject and the verb after it, is held in that town.
 */
const CLAUSE_TOWN_RE = new RegExp(
  String.raw`[,;]\s+(?:(?:and|but|while|then)\s+)?(?:in|at)\s+(${NAME}),?\s+(?:he|she|they|we|the\s+\p{Ll}+|\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,3})\s+(?:(?:will|would|also|then|later|is to|are to)\s+){0,2}$`,
  'u',
);
/** "traveled to Tokyo, where he met …": the place a "where" clause refers back to. */
const PLACE_JOINED_RE = new RegExp(String.raw`\b(?:in|to|at)\s+(${NAME})(?:\s+(?:on\s+)?(?:\p{Lu}\p{Ll}+day|today|this\s+(?:morning|afternoon|week)))?\s+and\s+(?:(?:later|also|then)\s+)?$`, 'u');
/**
 * "head to Bonn, where Monday marks the start of another summit", "head to Sharm el-Sheikh, Egypt, on Friday, where the
 * conference is underway", "on his way back from Moscow, where he was participating in the forum": the relative clause runs
 * to its first comma or stop; the town's country and a day may come between.
 */
const PLACE_WHERE_RE = new RegExp(
  String.raw`\b(?:in|to|at|from)\s+(${NAME})(?:,\s+(${NAME}))?(?:,?\s+(?:on\s+)?(?:\p{Lu}\p{Ll}+day|today|tonight|tomorrow|${MONTH_DAY}))?,?\s+where\s+(?:[\p{L}.’'-]+\s+){0,10}$`,
  'u',
);
/** "arrives in Port Melvin on October 27 where …": what one arrives in is a place, though the gazetteers lack it. */
const ARRIVE_BEFORE = /\barriv(?:e|es|ed|ing)\s+$/;
/**
 * Where the words about this meeting stop and another clause (often about someone else) starts: a reporting
 * verb, a conjunction, a dash, or "and" opening a clause with a subject pronoun of its own ("…, and tomorrow he’ll visit …").
 */
export const CLAUSE_END = /,\s+(?:told|said|says|adding|who|but|while|as|according)\b|,\s+and\s+(?:[\p{L}’'-]+\s+){0,2}?(?:he|she|they|we|I|it|there)(?:[’'](?:ll|d|s|re|ve|m))?\s|[;—–]/u;
/** "at No10 Downing Street", "at Number 10 Downing Street": a house number before a street venue is part of its name. */
/**
 * "at NATO Headquarters", "in the Situation Room": a venue with its city, named in two words or more (a lone "Capitol" may
 * be a state's).
 */
const CITY_VENUES = Object.keys(VENUE_CITY_LEXICON.record).filter((v) => v.includes(' ') && !VENUES.has(v));
const VENUE_ALTERNATIVES = [...VENUES, ...CITY_VENUES].map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
/** "welcomed Kikwete to the White House": what a host welcomes a guest to is where they meet (not where one "headed back to"). */
const WELCOMED_TO_VENUE_RE = new RegExp(String.raw`^\s+(?:[^,;:]{1,80}?\s+)?to\s+(?:the\s+)?(${VENUE_ALTERNATIVES})\b`, 'iu');
const VENUE_RE = new RegExp(String.raw`\b(?:at|in|on|inside)\s+(?:the\s+)?(?:(?:No\.?\s*|Number\s+)?\d{1,3}\s+)?(${VENUE_ALTERNATIVES})\b`, 'iu');

/**
 * The place of a meeting from the words after its noun (`after`, up to the next meeting noun) and the
 * words before it (`before`).
 *
 * @example
 * findPlace(' in Belém, Brazil, which opens on November 10', 'the UN climate ') // 'Belém'
 * findPlace(' by video link on Thursday', 'would ') // 'virtual'
 * findPlace(' was held at the union’s Geneva offices on May 2', 'a third ') // 'Geneva'
 * findPlace(' on March 11', 'Cairo would also host an emergency ') // 'Cairo'
 */
export function findPlace(after: string, before: string, trig = ''): string | null {
  if (VIRTUAL_AFTER.test(after) || VIRTUAL_BEFORE.test(before.slice(-25)) || /^\s*(?:conference|call)s?\b/i.test(after)) return 'virtual';
  // "During the meeting, participants discussed the tragedy in Paris": a meeting noun that ends an opening phrase leaves
  // the places after its comma to the main clause, whose verb they belong to.
  const near = isOpenerPhrase(before, after) ? '' : (after.split(CLAUSE_END)[0] ?? '');
  if (VIRTUAL_IN_CLAUSE.test(near)) return 'virtual';
  // "met with Colombian Vice President and Foreign Minister-Designate Marta Lucía Ramírez today at the Department
  // of State": a building that stands for a government is the place anywhere in the first 160 characters of the clause.
  const venue = VENUE_RE.exec(near.slice(0, 160)) ?? (/^welcom/i.test(trig) ? WELCOMED_TO_VENUE_RE.exec(near) : null);
  let generic: string | null = venue ? (venue[1] as string).replace(/^\p{Ll}/u, (c) => c.toUpperCase()) : null;
  const pre = PLACE_BEFORE_RE.exec(before);
  // "welcomed Jens Stoltenberg to Downing Street on Tuesday afternoon for a discussion": a venue stands for its city.
  const preVenue = pre ? VENUE_CITY_LEXICON.record[(pre[1] as string).toLowerCase()] : undefined;
  if (preVenue) return preVenue;
  if (pre && (isCity(pre[1] as string) || canBePlace(pre[1] as string))) return pre[1] as string;
  // "visited troops in Baghdad and met with …": the city of the clause the meeting's verb is joined to.
  const clauseTown = before.includes(',') ? CLAUSE_TOWN_RE.exec(before) : null;
  if (clauseTown && isCity(clauseTown[1] as string)) return clauseTown[1] as string;
  const joined = before.endsWith('and ') || / and (?:later|also|then) $/.test(before) ? PLACE_JOINED_RE.exec(before) : null;
  if (joined && isCity(joined[1] as string)) return joined[1] as string;
  const where = before.includes('where') ? PLACE_WHERE_RE.exec(before) : null;
  // "to Sharm el-Sheikh, Egypt, … where": a place followed by its country is a town, though the gazetteers lack it.
  if (where && (isCity(where[1] as string) || (where[2] && COUNTRIES.has(key(where[2])) && canBePlace(where[1] as string)))) return where[1] as string;
  // "arrives in Port Melvin on October 27 where she will meet …": the town arrived in, whose "where" holds the meeting.
  if (where && ARRIVE_BEFORE.test(before.slice(0, where.index)) && canBePlace(where[1] as string)) return where[1] as string;
  // "the upcoming peace summit, planned for Annapolis, Maryland later this month": the town a meeting is set for.
  const setFor = near.includes(' for ') ? SET_FOR_RE.exec(near.slice(0, 60)) : null;
  if (setFor && (isCity(setFor[1] as string) || (setFor[2] !== undefined && canBePlace(setFor[1] as string)))) return setFor[1] as string;
  const host = before.includes('host') ? HOST_BEFORE_RE.exec(before) : null;
  if (host && isCity(host[1] as string)) return host[1] as string;
  // "in the West Bank city of Ramallah", "in the resort city of Sochi": a name the text calls a town is one, gazetteer or not.
  const town = near.includes(' of ') ? TOWN_OF_RE.exec(near.slice(0, 120)) : null;
  if (town && canBePlace(town[1] as string)) return town[1] as string;
  PLACE_AFTER_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PLACE_AFTER_RE.exec(near))) {
    // "a meeting on Gaza aggression", "to discuss the latest airstrikes on Gaza": "on" and a town tells what the talk is
    // about, not where; "on Camp Victory, Iraq" is a place by its country ("on Capitol Hill" is a venue, read above).
    if (/^\s*on\b/i.test(m[0]) && !(m[3] && COUNTRIES.has(key(m[3])))) continue;
    // "in Kessler’s office": an owner, not a place.
    const nameEnd = m.index + m[0].indexOf(m[1] as string) + (m[1] as string).length;
    const ownerCity = cityOwning(m[1] as string, near.slice(nameEnd));
    if (ownerCity) return ownerCity;
    if (/[’']s$/.test(m[1] as string) || /^[’']s\b/.test(near.slice(nameEnd))) continue;
    // "at the Voice of America headquarters", "at the Bank of England": a name that runs on with "of" and another
    // capitalised word is an institution's, and its first word no place (a city may still name it: "the Port of London").
    if (OF_NAME_AFTER.test(near.slice(nameEnd)) && !isCity(m[1] as string) && !VENUE_CITY_LEXICON.record[(m[1] as string).toLowerCase()]) continue;
    // "participate in a Lower Mekong Initiative meeting": "a" says the name is a modifier of what follows, not a
    // place; only a city can stand so ("in a Geneva hotel").
    if (/^\S+\s+an?\s/iu.test(m[0]) && !isCity(m[1] as string)) continue;
    // "discussion at the Ministerial meeting": words cut at the next meeting noun end on the name that modifies it.
    if (/^\S+\s+the\s/iu.test(m[0]) && !isCity(m[1] as string) && (isModifierOfNoun(near, nameEnd) || after.slice(nameEnd).trim() === '')) continue;
    const name = (m[1] as string).includes(' ') ? placeBeforeInstitution(m[1] as string) : (m[1] as string);
    // "at the Town Hall", "at the Public Library": a building, no town.
    if (GENERIC_PLACE_WORDS.has(name.toLowerCase()) || (name.includes(' ') && name.split(' ').every((w) => GENERIC_PLACE_WORDS.has(w.toLowerCase())))) continue;
    if (isCity(name)) return name;
    const first = name.split(/[- ]/)[0] as string;
    if (isCity(first)) return first;
    // "in Belém, Brazil": a place followed by its country is a city.
    const country = m[3];
    if (country && COUNTRIES.has(key(country)) && canBePlace(name)) return name;
    // A capitalised place right after "in"/"at" close to the meeting noun ("hearing in Westminster").
    // "at the offices of the Federal Mediation Service in Manhattan": a building's town comes after its name.
    const afterBuilding = BUILDING_NOUN_WORD.test(near) && AFTER_BUILDING_RE.test(near.slice(0, m.index));
    const isNear = m.index < 45 || afterBuilding || (/^\s*in\b/i.test(m[0]) && isAfterPeopleMet(near, m.index));
    // "at Olympia Park stadium in Rustenburg": the town after a building is the place, not the building.
    if ((!generic || (afterBuilding && /^\s*in\b/i.test(m[0]))) && isNear && /^\s*(?:in|at)\b/i.test(m[0]) && canBePlace(name)) generic = name;
  }
  if (generic) return generic;
  const head = near.slice(0, 100);
  const townBuilding = BUILDING_NOUN_WORD.test(head) ? CITY_BUILDING_RE.exec(head) : null;
  if (townBuilding && isCity(townBuilding[1] as string)) return townBuilding[1] as string;
  // "in Ukraine's capital of Kyiv", "in the capital, Kyiv": the capital named.
  const named = near.includes('capital') ? CAPITAL_NAMED_RE.exec(near) : null;
  if (named && isCity(named[1] as string)) return named[1] as string;
  const capital = near.includes('capital') ? capitalIn(near) : null;
  if (capital) return capital;
  const prev = CAPITALISED_WORD_END.exec(tailAfterMark(before, 40));
  if (prev && isCity(prev[1] as string) && !isCapitalisedWord(prev[1] as string, before)) return prev[1] as string;
  return apposedPlace(near, trig);
}

/** "with the First Minister and deputy First Minister": the people a meeting is held with, up to 100 characters, no comma. */
const WITH_PEOPLE = /^\s*with\s+[^,;:()“”"]{1,100}$/u;
/** Parts of speech a noun phrase of people is made of ("the Foreign Minister and leaders of the ruling party"). */
const PEOPLE_PHRASE_TAGS = new Set(['DET', 'NOUN', 'PROPN', 'CCONJ', 'ADJ', 'NUM', 'PUNCT']);

/**
 * Whether the words before `end` are only the people a meeting is held with ("met with the First Minister and deputy First
 * Minister | in Carrowmore"): a place right after them is the meeting's, however long their titles. Not when a verb of
 * their own comes between ("farmers who had travelled from …"): its place is that verb's.
 */
function isAfterPeopleMet(near: string, end: number): boolean {
  if (!WITH_PEOPLE.test(near.slice(0, end))) return false;
  const words = tagSpan(near, 0, end);
  return words.every((w, i) => PEOPLE_PHRASE_TAGS.has(w.pos) || (w.pos === 'ADP' && (i === 0 || /^of$/i.test(w.word))));
}

/**
 * "at Dar es Salaam's State House", "at Nairobi’s State House": a city that owns a named building is where the building
 * stands (an owner that is no city, "in Kessler’s office", or a thing owned that is no building, "at Moscow’s request", is no place).
 *
 * @example
 * cityOwning('Nairobi’s State House', ' on Sunday') // 'Nairobi'
 */
export function cityOwning(name: string, rest: string): string | null {
  const inside = /^(.+?)[’']s(?:\s+(.+))?$/u.exec(name);
  const owner = inside ? (inside[1] as string) : POSSESSIVE_THEN_CAPITAL.test(rest) ? name : null;
  if (!owner || !isCity(owner)) return null;
  const owned = inside ? (inside[2] ?? rest.trimStart()) : rest.replace(/^[’']s\s+/u, '');
  return STARTS_CAPITAL.test(owned) ? owner : null;
}

/** " of America", " of the Interior": a proper name running on past a capitalised word. */
const OF_NAME_AFTER = /^\s+of\s+(?:the\s+)?\p{Lu}/u;

/** "During the meeting,", "At the talks,": the meeting noun closes a phrase that opens the sentence. */
const OPENER_BEFORE = /^\s*(?:during|at|after|before|following|throughout|in)\s+(?:the|this|that|their|its|a|an)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

function isOpenerPhrase(before: string, after: string): boolean {
  return /^\s*,/.test(after) && OPENER_BEFORE.test(before);
}

/**
 * Whether the name that ends at `end` modifies a common noun after it ("at the Bush family summer home in Maine"):
 * the noun is then the head of the phrase and the name no place.
 */
function isModifierOfNoun(text: string, end: number): boolean {
  const next = /^\s+(\p{Ll}[\p{Ll}-]*)/u.exec(text.slice(end));
  if (!next) return false;
  // "at the Ministerial meeting": the tagger may read "meeting" as a verb's -ing; after a determiner and a name it is the noun.
  if (/^(?:meeting|meetings|session|sessions|summit|talks|conference)$/.test(next[1] as string)) return true;
  const words = tagSpan(text, end, end + (next[0] as string).length);
  return words.at(-1)?.pos === 'NOUN';
}

/**
 * Whether a city's name that opens the sentence is only an English word capitalised there ("Split sessions then
 * followed"): the capital says nothing at a sentence's start, and a word of the tagger's vocabulary is read as the word.
 */
function isCapitalisedWord(word: string, before: string): boolean {
  return before.trim() === word && isEnglishWord(word.toLowerCase());
}

/**
 * A caption's or header's place in apposition before its date: "briefs the media, the Pentagon, Washington,
 * D.C., Feb. 17, 2021", "press conference at the G8 Summit, Lough Erne on 18 June 2013". The pieces between
 * commas that end at the date are the place: a venue's city, a city, or (after a named gathering) its site.
 */
const APPOSED_RE = /^[^,;]{0,60},\s+((?:[^,;]{1,40},\s+){0,3}?[^,;]{1,40}?),?\s+(?:on\s+)?(?:\d{1,2}\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d/u;
const GATHERING_END = /\b(?:Summit|Conference|Forum|Council|Meeting|Ministerial)$/;

function apposedPlace(after: string, trig: string): string | null {
  // Most clauses set nothing off by commas: they are skipped without the expression.
  const m = after.includes(',') ? APPOSED_RE.exec(after) : null;
  if (!m) return null;
  const pieces = (m[1] as string).split(/,\s+/).map((x) => x.replace(/^the\s+/i, '').trim());
  for (const piece of pieces) {
    const venue = VENUE_CITY_LEXICON.record[piece.toLowerCase()];
    if (venue) return venue;
    if (isCity(piece)) return piece;
  }
  // "at the G8 Summit, Lough Erne": a site the gazetteers lack, named right after a gathering's own name.
  const head = after.slice(0, after.indexOf(',')).trim();
  const site = pieces[0] as string;
  const isSiteName = new RegExp(`^${NAME}$`, 'u').test(site) && canBePlace(site);
  return isSiteName && pieces.length === 1 && GATHERING_END.test(head === '' ? trig : head) ? site : null;
}

/** "Cairo would also host an emergency summit", "Quito, Ecuador, is hosting a meeting": the city that hosts the meeting, named before its noun. */
const HOST_BEFORE_RE = new RegExp(
  String.raw`(${NAME})(?:,\s+${NAME},)?\s+(?:(?:will|would|is to|is due to|is set to|is expected to|plans to|agreed to|is|was|are|were|has|had|have|been|be)\s+){0,2}(?:also\s+)?host(?:s|ed|ing)?\s+(?:the|a|an|its)\s+(?:[\p{L}-]+\s+){0,4}$`,
  'u',
);

/** Building nouns a town can stand before: "the federation’s Toronto offices", "a Geneva hotel". */
const BUILDING_NOUNS = String.raw`(?:offices?|headquarters|hotel|hall|centre|center|residence|palace|ministry|library|courthouse|stadium|arena|auditorium)`;
/** A cheap first look for the two expressions below: most meeting sentences name no building. */
const BUILDING_NOUN_WORD = new RegExp(BUILDING_NOUNS, 'i');
/** "at the federation’s Toronto offices", "in a Geneva hotel": the town is the word before the building. */
const CITY_BUILDING_RE = new RegExp(
  String.raw`\b(?:at|in|inside)\s+(?:the\s+|an?\s+)?(?:[\p{L}-]+[’']s\s+)?(?:downtown\s+)?(${NAME})\s+${BUILDING_NOUNS}\b`,
  'u',
);
/** A building noun as a name writes it: "Convention Center", "Grand Hotel". */
const BUILDING_NOUNS_TITLED = BUILDING_NOUNS.replace(/\b([a-z])/g, (c) => `[${c}${c.toUpperCase()}]`);
/**
 * Words that end the name of a building: "at the offices of the Federal Mediation Service", "at the Gaylord National
 * Resort and Convention Center", then "in Manhattan", "in National Harbor": its town comes after the whole name.
 */
const AFTER_BUILDING_RE = new RegExp(
  String.raw`\b(?:at|in|inside)\s+(?:the\s+|an?\s+)?(?:(?:[\p{L}-]+\s+){0,2}|(?:(?:\p{Lu}[\p{L}’'-]*|and|of)\s+){1,6})${BUILDING_NOUNS_TITLED}(?:\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'-]*|and|of|for)(?:\s+(?:\p{Lu}[\p{L}’'-]*|and|of|for))*)?,?\s*$`,
  'u',
);


/** Words that name a kind of place or building, not a place: "the Town Hall", "the Public Library". */
const GENERIC_PLACE_WORDS = new Set([
  'town', 'city', 'village', 'county', 'state', 'national', 'public', 'central', 'royal', 'federal', 'district', 'parish', 'community',
  'old', 'new', 'main', 'hall', 'library', 'court', 'courthouse', 'hotel', 'building', 'centre', 'center', 'station',
]);

/** "Telford Magistrates" (of "Telford Magistrates’ Court") → "Telford": the town a building is named after. */
function placeBeforeInstitution(name: string): string {
  const words = name.split(' ');
  const k = words.findIndex((w, i) => i > 0 && TOWN_BUILDING_WORDS.has(w.toLowerCase().replace(/[’']$/, '')));
  return k > 0 ? words.slice(0, k).join(' ') : name;
}
