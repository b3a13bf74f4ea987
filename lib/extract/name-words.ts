/** Which capitalised words may belong to a name or a title: the word tests the mention finders share. */
import { COUNTRIES, CITIES, HONORIFICS, NATIONALITIES, NON_NAME_WORDS as NON_NAME_WORD_LIST, ROLE_HEADS as ROLE_HEAD_LIST, ROLE_WORDS as ROLE_WORD_LIST, SPEECH_VERBS as SPEECH_VERB_LIST, WORLD_CITIES } from './lexicon';
import { MULTIWORD_COUNTRIES } from './roles';
import { startsUpper as upperStart } from './chars';
import type { Token } from './tokens';
import { NUMBER_WORD_LEXICON } from './lexicons/number-words';

/** Compiled once: a \p{…} pattern written inside a function is compiled again on every call under tsx, whose esbuild lowers it to `new RegExp`. */
const CAPITALISED_WORD = /^\p{Lu}[\p{L}\p{M}'’-]*\p{Ll}[\p{L}\p{M}'’-]*$/u;
const TWO_CAPITALS_FIRST = /^\p{Lu}{2,}/u;
const ONE_CAPITAL = /^\p{Lu}$/u;

/*
 * Word lists read per token or per word, held in module constants: under the CommonJS transform that
 * tsx and vitest apply, each use of an imported binding is a getter call, which V8 does not always inline.
 */
const NON_NAME_WORDS = NON_NAME_WORD_LIST;
/** Read per token: a function through an imported binding is such a getter call too. */
const startsUpper = upperStart;
const ROLE_HEADS = ROLE_HEAD_LIST;
const ROLE_WORDS = ROLE_WORD_LIST;
const SPEECH_VERBS = SPEECH_VERB_LIST;
const SPACE = 0x20;

export const PARTICLES = new Set(['le', 'la', 'de', 'da', 'di', 'du', 'van', 'von', 'der', 'den', 'del', 'dos', 'al', 'bin', 'bint', 'binti', 'ibn', 'ó']);
/** "son of", "daughter of" in a Malay or Arabic name: the word before is the person's own given name ("Najib bin Abdul Razak"). */
export const PATRONYMIC_PARTICLES = new Set(['bin', 'bint', 'binti', 'ibn']);
/** Particles written as one capital letter ("Ó Ceallaigh"): no name word by its shape, yet the first word of a name. */
export const CAPITAL_PARTICLES = new Set(['Ó']);

/**
 * Title abbreviations written with a period ("Sen. Ana Ruiz", "Gov. Tom Hale"): the title they stand
 * for. Only when dotted: "Sen" alone is also a surname.
 */
const TITLE_ABBREVIATIONS: Record<string, string> = {
  sen: 'senator', rep: 'representative', gov: 'governor', gen: 'general', lt: 'lieutenant', col: 'colonel',
  capt: 'captain', sgt: 'sergeant', cmdr: 'commander', adm: 'admiral', maj: 'major', supt: 'superintendent',
  insp: 'inspector', det: 'detective', atty: 'attorney', amb: 'ambassador', sec: 'secretary', pres: 'president',
  tech: 'technical', cpl: 'corporal', pvt: 'private', pfc: 'private first class', spc: 'specialist', ens: 'ensign',
  brig: 'brigadier', cdr: 'commander', msgt: 'master sergeant', ssgt: 'staff sergeant', rev: 'reverend', fr: 'father',
};

/** A dotted title abbreviation token ("Sen." in "Sen. Ana Ruiz"). */
export function isTitleAbbreviation(t: Token): boolean {
  return t.dotted && Object.hasOwn(TITLE_ABBREVIATIONS, t.lower);
}

/**
 * The title a word of a title phrase stands for, for telling posts apart: "Sen." reads as "senator".
 *
 * @example
 * expandTitleAbbreviation('Sen.') // 'senator'
 */
export function expandTitleAbbreviation(word: string): string {
  const w = word.toLowerCase().replace(/\.$/, '');
  return Object.hasOwn(TITLE_ABBREVIATIONS, w) ? (TITLE_ABBREVIATIONS[w] as string) : word;
}
export const PREPOSITIONS = new Set([
  'to', 'with', 'by', 'for', 'from', 'about', 'on', 'at', 'in', 'against', 'upon', 'than', 'of', 'like', 'between',
  'among', 'toward', 'towards', 'into', 'over', 'under', 'via', 'told', 'asked', 'urged', 'warned', 'accused', 'met',
]);
export const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our']);
export const PLURAL_HEADS = new Set(['officials', 'diplomats', 'aides', 'sources', 'lawmakers', 'analysts', 'officers', 'negotiators', 'spokespeople', 'people', 'executives']);

/**
 * Whether a surname is a word never read as a name alone ("White", "Kremlin"): only the article's full
 * name shows it is one.
 *
 * @example
 * isNeverAloneName('White') // true
 */
export function isNeverAloneName(word: string): boolean {
  return NON_NAME_WORDS.has(word.toLowerCase());
}

function isExcluded(word: string, lower: string): boolean {
  if (NON_NAME_WORDS.has(lower) || COUNTRIES.has(lower) || CITIES.has(lower)) return true;
  if (lower in NATIONALITIES) return !isMixedCaseTwoLetterAcronym(word, lower);
  if (lower.includes('-')) return excludedHyphenPart(lower);
  return false;
}

/**
 * "Un", the last syllable of a Korean given name: the body a two-letter acronym names is written in capitals
 * ("UN", "EU"), so the word written with a small second letter is not it, and may be a syllable of a name.
 */
function isMixedCaseTwoLetterAcronym(word: string, lower: string): boolean {
  return lower.length === 2 && NATIONALITIES[lower] === word.toUpperCase() && word !== word.toUpperCase();
}

/** A hyphenated word with a part that is never a name: "Anti-war", "Pro-Russian", "Sit-in", "Five-Point" (blind-49: "the ASEAN Five-Point Consensus" offered as a speaker). */
function excludedHyphenPart(lower: string): boolean {
  const parts = lower.split('-');
  return Object.hasOwn(NUMBER_WORD_LEXICON.record, parts[0] ?? '') || parts.some((part) => NON_NAME_WORDS.has(part) || part in NATIONALITIES);
}

/** A given name of two syllables, the second written small: "Jae-in", "Geun-hye", "Ha-on". */
const SYLLABLE_GIVEN_NAME = /^\p{Lu}\p{Ll}{0,4}-\p{Ll}{1,4}$/u;

/**
 * Whether the word after a family name is a Korean given name even though its small syllable spells a word that
 * is never a name ("Moon Jae-in", "Cho Ha-on"): "Sit-in" or "Log-in" alone is no name, but right after a name
 * word, joined by one space, the hyphenated word with a small second syllable is the rest of that name.
 *
 * @example
 * isSyllableGivenName({ word: 'Jae-in', lower: 'jae-in' } as Token) // true
 */
export function isSyllableGivenName(t: Token): boolean {
  if (!SYLLABLE_GIVEN_NAME.test(t.word)) return false;
  const first = t.lower.slice(0, t.lower.indexOf('-'));
  return !NON_NAME_WORDS.has(first) && !(first in NATIONALITIES) && !COUNTRIES.has(first);
}

/** "al-Dosari", "el-Sayed", "bin-Zayed": a surname after a lowercase Arabic article or patronymic. */
const PREFIXED_SURNAME = /^(?:al|el|ad|as|ash|at|az|ar|an|bin|ibn|abu)-\p{Lu}\p{Ll}+$/u;

/** A capitalised word that could be part of a name (not "NATO", not "Monday", not "Russia"), or a prefixed surname. */
const nameWordCache = new Map<string, boolean>();
export function isNameWord(t: Token): boolean {
  // Most words start with an ASCII character that is not a capital: never a name, no lookup needed.
  const c0 = t.word.charCodeAt(0);
  if (c0 < 128 && !(c0 >= 65 && c0 <= 90)) return (c0 === 97 || c0 === 98 || c0 === 101 || c0 === 105) && PREFIXED_SURNAME.test(t.word);
  const cached = nameWordCache.get(t.word);
  if (cached !== undefined) return cached;
  const v = computeNameWord(t);
  if (nameWordCache.size < 100_000) nameWordCache.set(t.word, v);
  return v;
}

/** "R-Ohio", "D-Minn": a party and a state after a US politician's name, never a name itself. */
const PARTY_STATE = /^[RDI]-\p{Lu}/u;

/**
 * "Pakistan-based", "Kremlin-backed", "US-led": a place or body joined to a participle is a compound adjective, never
 * a name ("Pakistan-based Islamic militants" was a person offered as a who-said choice 33 times in round 23).
 */
const COMPOUND_ADJECTIVE = /-(?:based|backed|led|born|owned|run|funded|sponsored|controlled|held|made|style|speaking)$/i;
/** "Good afternoon, Messrs Presidents, …": a courtesy to several people opens no one's name. */
const PLURAL_COURTESY = /^(?:Messrs|Messieurs|Mesdames|Mmes)\.?$/;

function computeNameWord(t: Token): boolean {
  if (!CAPITALISED_WORD.test(t.word)) return false;
  if (PARTY_STATE.test(t.word) || COMPOUND_ADJECTIVE.test(t.word) || PLURAL_COURTESY.test(t.word)) return false;
  if (TWO_CAPITALS_FIRST.test(t.word)) return false;
  return !isExcluded(t.word, t.lower);
}

export function isInitial(t: Token): boolean {
  return t.dotted && ONE_CAPITAL.test(t.word);
}

/**
 * The answer per word as written: the mention finders ask it of the same few hundred words of an article
 * again and again (every title walk, every run of capitals), and one lookup costs less than the four
 * behind it. The lower case is the word's own, so the word alone is the key.
 */
const roleishCache = new Map<string, boolean>();
export function isRoleishWord(t: Token): boolean {
  const cached = roleishCache.get(t.word);
  if (cached !== undefined) return cached;
  const v = computeRoleish(t.word, t.lower);
  if (roleishCache.size < 100_000) roleishCache.set(t.word, v);
  return v;
}

function computeRoleish(word: string, lower: string): boolean {
  // Without a hyphen, the split below is the word itself, already looked up: no array built.
  return ROLE_WORDS.has(lower) || ROLE_HEADS.has(lower) || lower in NATIONALITIES ||
    isShortAcronym(word) || (lower.includes('-') && lower.split('-').every((p) => ROLE_WORDS.has(p)));
}

const SHORT_ACRONYM = /^\p{Lu}{2,5}$/u;

/** "EU", "NATO": two to five capitals; most words fail on their length or first letter before the pattern. */
function isShortAcronym(word: string): boolean {
  return word.length >= 2 && word.length <= 10 && startsUpper(word) && SHORT_ACRONYM.test(word);
}

/** A noun that heads a title: "minister", "spokesperson", "director-general", "CFO". */
export function isRoleHead(lower: string): boolean {
  if (ROLE_HEADS.has(lower)) return true;
  return lower.includes('-') && lower.split('-').some((p) => ROLE_HEADS.has(p));
}

/**
 * A letter of a dotted abbreviation ("U.S.", "U.N."): the tokenizer splits it into letters, yet as a
 * whole it belongs to a title ("U.S. Circuit Judge", "Sudan's U.N. ambassador") like "US" would.
 */
export function isAbbreviationLetter(body: string, tokens: Token[], k: number): boolean {
  const t = tokens[k] as Token;
  if (!t.dotted || t.word.length !== 1 || !ONE_CAPITAL.test(t.word)) return false;
  const next = tokens[k + 1];
  const prev = tokens[k - 1];
  const joinsNext = next !== undefined && next.word.length === 1 && ONE_CAPITAL.test(next.word) && body.slice(t.end, next.start) === '.';
  const joinsPrev = prev !== undefined && prev.dotted && prev.word.length === 1 && ONE_CAPITAL.test(prev.word) && body.slice(prev.end, t.start) === '.';
  return joinsNext || joinsPrev;
}

/** First words of the places on the lists written in several words ("abu" of Abu Dhabi): most runs are ruled out by one lookup. */
let placeFirstWords: Set<string> | null = null;

export function isMultiwordPlace(run: Token[]): boolean {
  if (run.length < 2 || run.length > 4) return false;
  placeFirstWords ??= new Set([...CITIES, ...WORLD_CITIES, ...MULTIWORD_COUNTRIES].filter((k) => k.includes('-')).map((k) => k.split('-')[0] as string));
  if (!placeFirstWords.has((run[0] as Token).lower)) return false;
  const key = run.map((t) => t.lower).join('-');
  return CITIES.has(key) || WORLD_CITIES.has(key) || MULTIWORD_COUNTRIES.has(key);
}

/** "Senators Ana Ruiz and Tom Hale": a plural title before names is a title too, not a first name. */
export function isPluralRoleHead(lower: string): boolean {
  return lower.length > 4 && lower.endsWith('s') && isRoleHead(lower.slice(0, -1));
}

/** Capitalised words that may open a sentence or a clause and so never belong to a title before a name. */
const TITLE_BREAKERS = new Set([
  ...'the a an and but or if in on at of for to by with from as it this that these those there here he she they we i you his her their our when while after before since until although though however also not no so then than what which who where why how all some each both according meanwhile moreover yet still even only despite during later earlier today yesterday last next speaking asked'.split(' '),
  ...'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(' '),
]);

/** A capitalised word that may sit inside a long title: "Office of Civil Defense spokesperson", "EU Climate Commissioner". */
export function isTitleCapital(t: Token): boolean {
  return startsUpper(t.word) && !t.possessive && !TITLE_BREAKERS.has(t.lower) && !COUNTRIES.has(t.lower) && !CITIES.has(t.lower);
}

/** "Jr", "Sr", "II": what may follow a surname, so a title word before it is the surname ("Martin Luther King Jr"). */
export const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/**
 * Letters after a name that say what its bearer is, from GOV.UK and parliamentary style ("Rt Hon Dr Andrew Murrison MP",
 * "Jane Doe KC", "John Smith OBE"): only a person's name carries them.
 */
export const POSTNOMINALS = new Set(['MP', 'MEP', 'MSP', 'MLA', 'TD', 'QC', 'KC', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE']);

/** First words of the names of churches, hospitals, schools and towns named after saints. */
export const SAINTS = new Set(['st', 'saint', 'ste', 'sainte', 'san', 'santa', 'são', 'sankt']);

/** Prepositions and verbs whose object may be a person; "at halftime coach Ana Ruiz" is a time, not an object. */
const PERSON_PREPOSITIONS = new Set([
  'to', 'with', 'by', 'for', 'from', 'about', 'against', 'than', 'of', 'like', 'between', 'among', 'toward', 'towards',
  'told', 'asked', 'urged', 'warned', 'accused', 'met', 'thanked', 'praised', 'criticised', 'criticized', 'blamed',
]);

/**
 * Whether the name after token k is the object of a preposition with one lower-case word describing
 * its bearer between ("of referee Ana Ruiz", "with his striker Tom Lee"): then it is no subject of the
 * verb after it.
 */
export function isAfterPrepositionAndDescriptor(body: string, tokens: Token[], k: number): boolean {
  const word = tokens[k];
  let q = k - 1;
  if (tokens[q] && DETERMINERS.has((tokens[q] as Token).lower)) q--;
  const prep = tokens[q];
  if (!word || !prep || !PERSON_PREPOSITIONS.has(prep.lower)) return false;
  if (!/^[a-z][a-z-]*$/.test(word.word) || PREPOSITIONS.has(word.lower) || DETERMINERS.has(word.lower) || PHRASE_BREAKERS.has(word.lower) ||
    SPEECH_VERBS.has(word.lower)) return false;
  for (let x = q; x < k + 1; x++) if (!/^\s+$/.test(body.slice((tokens[x] as Token).end, (tokens[x + 1] as Token).start))) return false;
  return true;
}

/**
 * Whether the lone capitalised word at k belongs to the name of a body: right after a capitalised word
 * that is never a name, a title or a clause opener ("of Government Employees"), or right before "the"
 * and another capitalised word ("Save the Children").
 */
export function isInsideBodyName(body: string, tokens: Token[], k: number): boolean {
  const t = tokens[k] as Token;
  const prev = tokens[k - 1];
  if (prev && prev.end + 1 === t.start && prev.word !== prev.lower && !prev.possessive && body.charCodeAt(prev.end) === SPACE &&
    !TITLE_BREAKERS.has(prev.lower) && NON_NAME_WORDS.has(prev.lower) && !Object.hasOwn(HONORIFICS, prev.lower) && !isRoleishWord(prev) &&
    !isRoleHead(prev.lower)) return true;
  const the = tokens[k + 1];
  const next = tokens[k + 2];
  return !t.possessive && the?.word === 'the' && next !== undefined && the.start === t.end + 1 && next.start === the.end + 1 && body.charCodeAt(t.end) === SPACE && body.charCodeAt(the.end) === SPACE &&
    next.word !== next.lower;
}

/** Lower-case words that end a title phrase when walking back: verbs and function words. */
export const PHRASE_BREAKERS = new Set('to of in on at by for with from and or but that which who whom its his her their our is was were are be been has had have will would could should not as than after before when while said says told'.split(' '));

/** "the J. Crew": an initial keeps a run after an article a name. */
export function hasDottedInitial(run: Token[]): boolean {
  return run.some((x) => isInitial(x));
}
