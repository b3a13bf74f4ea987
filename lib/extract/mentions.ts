import {
  COUNTRIES, CITIES, HONORIFICS, NATIONALITIES, NON_NAME_WORDS as NON_NAME_WORD_LIST, PRONOUNS,
  ROLE_HEADS as ROLE_HEAD_LIST, ROLE_WORDS as ROLE_WORD_LIST, SPEECH_VERBS as SPEECH_VERB_LIST, WORLD_CITIES,
} from './lexicon';
import {
  MULTIWORD_COUNTRIES, ORG_HEADS, ORG_LEADS, ORG_TAILS as ORG_TAIL_LIST,
} from './roles';
import { isSpaceUnit as spaceUnit, startsUpper as upperStart } from './chars';
import { NAME_CUE } from './introduced';
import { showsPerson } from './person-evidence';
import { isSurnameAfterInitial } from './middle-initial';
import { isEnglishWord } from './pos';
import { HEADLINE_VERB_LEXICON } from './lexicons/speech-verbs';
import { lowerBound } from './sorted';
import type { Paragraph } from './text';
import { VENUE_VOICE_LEXICON } from './lexicons/places';
import { HOLIDAY_NOUN_LEXICON } from './lexicons/non-names';

/*
 * Word lists and character tests read per token or per word, held in module constants: under the CommonJS
 * transform that tsx and vitest apply, each use of an imported binding is a getter call, which V8 does not
 * always inline.
 */
const isSpaceUnit = spaceUnit;
const startsUpper = upperStart;
const NON_NAME_WORDS = NON_NAME_WORD_LIST;
const ROLE_HEADS = ROLE_HEAD_LIST;
const ROLE_WORDS = ROLE_WORD_LIST;
const SPEECH_VERBS = SPEECH_VERB_LIST;
const HEADLINE_VERBS = HEADLINE_VERB_LEXICON.words;
const ORG_TAILS = ORG_TAIL_LIST;
const VENUE_VOICES = VENUE_VOICE_LEXICON.words;
const HOLIDAY_NOUNS = HOLIDAY_NOUN_LEXICON.words;

/** A word of the body with its offsets; `possessive` when written "Blinken’s". */
export interface Token {
  start: number;
  end: number;
  word: string;
  lower: string;
  possessive: boolean;
  /** Followed directly by a period ("Mr.", "C."). */
  dotted: boolean;
}

export type MentionKind = 'person' | 'pronoun' | 'role' | 'description';

/** Someone the text refers to: a name, a pronoun, a role noun or an anonymous description. */
export interface Mention {
  kind: MentionKind;
  /** Span of the whole mention, including a title before and an appositive after the name. */
  start: number;
  end: number;
  /** Span of the name itself (persons), else the same as start/end. */
  nameStart: number;
  nameEnd: number;
  /** Name tokens as written (persons): ["Jens", "Stoltenberg"]. */
  name: string[];
  /** Role from a title or appositive, or the role words of a role/description mention. */
  role: string | null;
  text: string;
  gender: 'm' | 'f' | null;
  isPlural: boolean;
  isPossessive: boolean;
  /** Inside another mention (an appositive, a possessive title): never a subject itself. */
  isNested: boolean;
  /** Preceded by a preposition: an object, never the subject of the next verb. */
  isObject: boolean;
  /** An organisation ("UNICEF", "the German environment ministry"): a speaker as written, never a pronoun's antecedent. */
  isOrg?: boolean;
  /** A lone capitalised word the text shows to be a person (it speaks, has a title; see person-evidence.ts). */
  showsPerson?: boolean;
}

const PARTICLES = new Set(['le', 'la', 'de', 'da', 'di', 'du', 'van', 'von', 'der', 'den', 'del', 'dos', 'al', 'bin', 'ibn', 'ó']);
/** Particles written as one capital letter ("Ó Ceallaigh"): no name word by its shape, yet the first word of a name. */
const CAPITAL_PARTICLES = new Set(['Ó']);

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
function isTitleAbbreviation(t: Token): boolean {
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
const PREPOSITIONS = new Set([
  'to', 'with', 'by', 'for', 'from', 'about', 'on', 'at', 'in', 'against', 'upon', 'than', 'of', 'like', 'between',
  'among', 'toward', 'towards', 'into', 'over', 'under', 'via', 'told', 'asked', 'urged', 'warned', 'accused', 'met',
]);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our']);
const PLURAL_HEADS = new Set(['officials', 'diplomats', 'aides', 'sources', 'lawmakers', 'analysts', 'officers', 'negotiators', 'spokespeople', 'people', 'executives']);

/**
 * A word is one \p{L}\p{N} code point, then any of \p{L}\p{N}\p{M}'’- (as a /u regex would read it).
 * Character classes per UTF-16 code unit of the BMP, filled on first sight (0 = not yet known):
 * bit 1 = may start a word, bit 2 = may continue one, bit 4 = known.
 * A table instead of running the Unicode regex per word: tokenizing is the hottest loop of extraction.
 */
const WORD_START = 1;
const WORD_PART = 2;
const KNOWN = 4;
const charClass = new Uint8Array(0x10000);
const START_RE = /^[\p{L}\p{N}]$/u;
const PART_RE = /^[\p{L}\p{N}\p{M}'’\-]$/u;

function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return KNOWN | (START_RE.test(ch) ? WORD_START : 0) | (PART_RE.test(ch) ? WORD_PART : 0);
}

/** The class bits of the code point at i of body (surrogate pairs read as one code point, like /u). */
function classAt(body: string, i: number): number {
  const c = body.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < body.length) {
    const d = body.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return classify(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
  }
  let k = charClass[c] as number;
  if (k === 0) {
    k = classify(c);
    charClass[c] = k;
  }
  return k;
}

/** Code units taken by the code point at i (2 for a surrogate pair). */
function widthAt(body: string, i: number): number {
  const c = body.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < body.length) {
    const d = body.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/** The classes of the ASCII characters, looked up without a call. */
const ASCII_CLASS = Uint8Array.from({ length: 128 }, (_, c) => classify(c));
const APOS = 0x27;
const RSQUO = 0x2019;
const HYPHEN = 0x2d;
const SPACE = 0x20;

/**
 * Splits the body into word tokens, remembering possessives and following periods. A word may run
 * past `to` and is then cut there.
 */
export function tokenize(body: string, from = 0, to = body.length): Token[] {
  const out: Token[] = [];
  const n = body.length;
  let i = from;
  while (i < n) {
    // Skip to the next word start; none before `to` means no more tokens.
    const c = body.charCodeAt(i);
    if (c < 128 ? !((ASCII_CLASS[c] as number) & WORD_START) : !(classAt(body, i) & WORD_START)) {
      i += c < 128 ? 1 : widthAt(body, i);
      continue;
    }
    if (i >= to) break;
    const start = i;
    // Plain lower-case ASCII words (most of them) are their own lower case: no toLowerCase call.
    let plain = c >= 97 && c <= 122;
    i += c < 128 ? 1 : widthAt(body, i);
    while (i < n) {
      const d = body.charCodeAt(i);
      if (d < 128) {
        if (!((ASCII_CLASS[d] as number) & WORD_PART)) break;
        if (d >= 65 && d <= 90) plain = false;
        i++;
      } else {
        if (!(classAt(body, i) & WORD_PART)) break;
        plain = false;
        i += widthAt(body, i);
      }
    }
    const end = Math.min(i, to);
    let word = body.slice(start, end);
    let possessive = false;
    const len = word.length;
    const lastC = word.charCodeAt(len - 1);
    const prevC = word.charCodeAt(len - 2);
    if (lastC === 0x73 /* s */ && (prevC === APOS || prevC === RSQUO) && len > 2) {
      possessive = true;
      word = word.slice(0, -2);
    } else if (lastC === APOS || lastC === RSQUO) {
      word = word.slice(0, -1);
    }
    if (word.charCodeAt(word.length - 1) === HYPHEN) {
      let k = word.length - 1;
      while (k > 0 && word.charCodeAt(k - 1) === HYPHEN) k--;
      word = word.slice(0, k);
    }
    out.push({ start, end, word, lower: plain ? word : word.toLowerCase(), possessive, dotted: body[end] === '.' });
  }
  return out;
}

function isExcluded(lower: string): boolean {
  if (NON_NAME_WORDS.has(lower) || COUNTRIES.has(lower) || CITIES.has(lower) || lower in NATIONALITIES) return true;
  if (lower.includes('-')) return lower.split('-').some((part) => NON_NAME_WORDS.has(part) || part in NATIONALITIES);
  return false;
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

function computeNameWord(t: Token): boolean {
  if (!/^\p{Lu}[\p{L}\p{M}'’-]*\p{Ll}[\p{L}\p{M}'’-]*$/u.test(t.word)) return false;
  if (PARTY_STATE.test(t.word)) return false;
  if (/^\p{Lu}{2,}/u.test(t.word)) return false;
  return !isExcluded(t.lower);
}

function isInitial(t: Token): boolean {
  return t.dotted && /^\p{Lu}$/u.test(t.word);
}

function isRoleishWord(t: Token): boolean {
  // Without a hyphen, the split below is the word itself, already looked up: no array built.
  return ROLE_WORDS.has(t.lower) || ROLE_HEADS.has(t.lower) || t.lower in NATIONALITIES ||
    isShortAcronym(t.word) || (t.lower.includes('-') && t.lower.split('-').every((p) => ROLE_WORDS.has(p)));
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
function isAbbreviationLetter(body: string, tokens: Token[], k: number): boolean {
  const t = tokens[k] as Token;
  if (!t.dotted || t.word.length !== 1 || !/^\p{Lu}$/u.test(t.word)) return false;
  const next = tokens[k + 1];
  const prev = tokens[k - 1];
  const joinsNext = next !== undefined && next.word.length === 1 && /^\p{Lu}$/u.test(next.word) && body.slice(t.end, next.start) === '.';
  const joinsPrev = prev !== undefined && prev.dotted && prev.word.length === 1 && /^\p{Lu}$/u.test(prev.word) && body.slice(prev.end, t.start) === '.';
  return joinsNext || joinsPrev;
}

/** First words of the places on the lists written in several words ("abu" of Abu Dhabi): most runs are ruled out by one lookup. */
let placeFirstWords: Set<string> | null = null;

function isMultiwordPlace(run: Token[]): boolean {
  if (run.length < 2 || run.length > 4) return false;
  placeFirstWords ??= new Set([...CITIES, ...WORLD_CITIES, ...MULTIWORD_COUNTRIES].filter((k) => k.includes('-')).map((k) => k.split('-')[0] as string));
  if (!placeFirstWords.has((run[0] as Token).lower)) return false;
  const key = run.map((t) => t.lower).join('-');
  return CITIES.has(key) || WORLD_CITIES.has(key) || MULTIWORD_COUNTRIES.has(key);
}

/** "Senators Ana Ruiz and Tom Hale": a plural title before names is a title too, not a first name. */
function isPluralRoleHead(lower: string): boolean {
  return lower.length > 4 && lower.endsWith('s') && isRoleHead(lower.slice(0, -1));
}

/** Capitalised words that may open a sentence or a clause and so never belong to a title before a name. */
const TITLE_BREAKERS = new Set([
  ...'the a an and but or if in on at of for to by with from as it this that these those there here he she they we i you his her their our when while after before since until although though however also not no so then than what which who where why how all some each both according meanwhile moreover yet still even only despite during later earlier today yesterday last next speaking asked'.split(' '),
  ...'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(' '),
]);

/** A capitalised word that may sit inside a long title: "Office of Civil Defense spokesperson", "EU Climate Commissioner". */
function isTitleCapital(t: Token): boolean {
  return startsUpper(t.word) && !t.possessive && !TITLE_BREAKERS.has(t.lower) && !COUNTRIES.has(t.lower) && !CITIES.has(t.lower);
}

/** "Jr", "Sr", "II": what may follow a surname, so a title word before it is the surname ("Martin Luther King Jr"). */
const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** First words of the names of churches, hospitals, schools and towns named after saints. */
const SAINTS = new Set(['st', 'saint', 'ste', 'sainte', 'san', 'santa', 'são', 'sankt']);

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
function isAfterPrepositionAndDescriptor(body: string, tokens: Token[], k: number): boolean {
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
function isInsideBodyName(body: string, tokens: Token[], k: number): boolean {
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
const PHRASE_BREAKERS = new Set('to of in on at by for with from and or but that which who whom its his her their our is was were are be been has had have will would could should not as than after before when while said says told'.split(' '));

/** "the J. Crew": an initial keeps a run after an article a name. */
function hasDottedInitial(run: Token[]): boolean {
  return run.some((x) => isInitial(x));
}

/** Finds the runs of capitalised words that name people, with their title and appositive. */
function findPersonMentions(body: string, tokens: Token[]): Mention[] {
  const out: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t0 = tokens[i] as Token;
    if (!isNameWord(t0) && !(t0.word.length === 1 && CAPITAL_PARTICLES.has(t0.word) && tokens[i + 1] !== undefined &&
      isNameWord(tokens[i + 1] as Token) && body.slice(t0.end, (tokens[i + 1] as Token).start) === ' ')) {
      i++;
      continue;
    }
    // The headline verb that ended a name or a title ("Bush Meets with …", "Defense Secretary Meets …") starts no
    // name, nor do the capitalised words of the headline after it ("Says Diplomatic Solution Still Possible").
    if (i > 0 && HEADLINE_VERBS.has(t0.lower) && startsUpper((tokens[i - 1] as Token).word) && body.slice((tokens[i - 1] as Token).end, t0.start) === ' ') {
      i = skipHeadlineWords(body, tokens, i);
      continue;
    }
    const j = growNameRun(body, tokens, i);
    const runStart = i;
    i = trimTitleWords(tokens, i, j);
    if (i === runStart && j - i >= 2 && isOccupationOpener(body, tokens[i] as Token)) i++;
    const before1 = tokens[i - 1];
    if (j - i >= 2 && i === runStart && before1 && (before1.lower === 'the' || before1.lower === 'of')) i++;
    if (namesNoOne(body, tokens, i, j, runStart)) {
      i = j + 1;
      continue;
    }
    // "Government Employees", "Save the Wenn": a lone word inside the capitalised name of a body.
    if (j === i && isInsideBodyName(body, tokens, i)) {
      const org = bodyNamedAfterThe(body, tokens, i);
      if (org) out.push(org.mention);
      i = (org?.last ?? j) + 1;
      continue;
    }
    out.push(...personAt(body, tokens, i, j));
    i = j + 1;
  }
  return out;
}

/** The index after a headline's verb and the capitalised words that follow it without a break. */
function skipHeadlineWords(body: string, tokens: Token[], verb: number): number {
  let k = verb + 1;
  while (k < tokens.length && startsUpper((tokens[k] as Token).word) && body.slice((tokens[k - 1] as Token).end, (tokens[k] as Token).start) === ' ') k++;
  return k;
}

/** Agent-noun endings of occupations: striker, comedian, actor, novelist, goalkeeper, defender, attendee. */
const AGENT_NOUN = /(?:er|or|ist|ian|ant|ent|ee)$/;

/**
 * "Comedian Jon Stewart was …", "Striker Ana Ruiz scored …": an occupation noun capitalised only because it
 * opens the sentence, before a name of two words or more, is the person's role, not part of the name.
 */
function isOccupationOpener(body: string, t: Token): boolean {
  if (!AGENT_NOUN.test(t.lower) || t.lower.length < 5) return false;
  if (!/(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(body.slice(Math.max(0, t.start - 4), t.start))) return false;
  return isEnglishWord(t.lower);
}

/** The last token of the run of name words from i: name words, particles and initials separated by single spaces only. */
function growNameRun(body: string, tokens: Token[], i: number): number {
  let j = i;
  while (j + 1 < tokens.length) {
    const cur = tokens[j] as Token;
    const nx = tokens[j + 1] as Token;
    if (cur.possessive) break;
    const gap = body.slice(cur.end, nx.start);
    // "J. Austin", "Jr. ", "Capt. Lee": an abbreviation's period; "Mobility Wing. Düsseldorf …" ends a sentence.
    if (gap !== ' ' && !(cur.dotted && gap === '. ' && (cur.word.length <= 3 || isTitleAbbreviation(cur)))) break;
    // "President Bush Meets with French President Chirac": a headline's verb, capitalised, ends the name.
    if (HEADLINE_VERBS.has(nx.lower) && isNameWord(cur)) break;
    if (isNameWord(nx) || isInitial(nx)) {
      j++;
      continue;
    }
    // "Dana W. White": after a first name and an initial comes the surname, whatever else the word can be.
    if (isInitial(cur) && j > i && isNameWord(tokens[j - 1] as Token) && isSurnameAfterInitial(nx.word, nx.lower)) {
      j++;
      continue;
    }
    const after = tokens[j + 2];
    if (PARTICLES.has(nx.lower) && after && isNameWord(after) && body.slice(nx.end, after.start) === ' ') {
      j += 2;
      continue;
    }
    break;
  }
  return j;
}

/**
 * Where the name starts in the run [i, j]: "Executive Dana Whitfield", "Chancellor of the Exchequer Rachel
 * Reeves", "Majority Leader Raymond Kessler": title words the run swallowed belong to the title.
 */
function trimTitleWords(tokens: Token[], i: number, j: number): number {
  while (i < j && (isRoleishWord(tokens[i] as Token) || isRoleHead((tokens[i] as Token).lower) || isPluralRoleHead((tokens[i] as Token).lower) ||
    isTitleAbbreviation(tokens[i] as Token))) i++;
  for (let h = j - 1; h > i; h--) {
    const ht = tokens[h] as Token;
    if (!ht.possessive && isRoleHead(ht.lower) && !NAME_SUFFIXES.has((tokens[h + 1] as Token).lower)) return h + 1;
  }
  return i;
}

/** Runs of capitals that name a title, a body, a saint's church, a place, or something an article modifies: no person. */
function namesNoOne(body: string, tokens: Token[], i: number, j: number, runStart: number): boolean {
  const lastTok = tokens[j] as Token;
  const follow = tokens[j + 1];
  const followGap = follow ? body.slice(lastTok.end, follow.start) : '';
  // "Climate Commissioner Wopke Hoekstra", "Newcastle United", "Red Cross chairman": a run followed by a title or an organisation word.
  let allTitle = true;
  for (let x = i; x <= j && allTitle; x++) allTitle = isRoleishWord(tokens[x] as Token) || isRoleHead((tokens[x] as Token).lower);
  if (allTitle || (follow && !lastTok.possessive && followGap === ' ' &&
      (isRoleHead(follow.lower) || (startsUpper(follow.word) && ORG_TAILS.has(follow.lower))))) return true;
  // "Haldon Rovers", "Calder Ridge Capital"; "St Mary", "Saint Luke's".
  if ((j > i && ORG_TAILS.has(lastTok.lower)) || SAINTS.has((tokens[i] as Token).lower)) return true;
  // "International Women’s Day", "Mother’s Day": a possessive before a capitalised holiday noun names the day.
  if (lastTok.possessive && follow && followGap === ' ' && startsUpper(follow.word) && HOLIDAY_NOUNS.has(follow.lower)) return true;
  if (j === i && isInsideBodyName(body, tokens, i)) return false;
  const run = tokens.slice(i, j + 1);
  const prev = tokens[i - 1];
  const prevGap = prev ? body.slice(prev.end, (tokens[i] as Token).start) : '';
  // "the Chief Minister of Punjab, …", "Governor of Kandahar": one word after a title and "of" is where the office is.
  const title = tokens[i - 2];
  if (j === i && prev?.lower === 'of' && prevGap === ' ' && title && startsUpper(title.word) && isRoleHead(title.lower) &&
    body.slice(title.end, prev.start) === ' ') return true;
  // "the Biden administration", "the Halo Fold": people take no article.
  if (prev && (prev.lower === 'the' || prev.lower === 'a' || prev.lower === 'an') && /^\s$/.test(prevGap) &&
    (run.length === 1 || (run.length === 2 && i === runStart && !hasDottedInitial(run)))) return true;
  // "the United Arab Emirates", "United Auto Workers"; "Abu Dhabi", "Costa Rica".
  return (prev !== undefined && prevGap === ' ' && startsUpper(prev.word) && ORG_LEADS.has(prev.lower)) || isMultiwordPlace(run);
}

/** "Save the Wenn said": the body named after "the" is who speaks; its mention and last token. */
function bodyNamedAfterThe(body: string, tokens: Token[], i: number): { mention: Mention; last: number } | null {
  if (tokens[i + 1]?.word !== 'the' || !tokens[i + 2]) return null;
  let e = i + 2;
  while (!(tokens[e] as Token).possessive && tokens[e + 1] && isNameWord(tokens[e + 1] as Token) &&
    body.slice((tokens[e] as Token).end, (tokens[e + 1] as Token).start) === ' ') e++;
  const last = tokens[e] as Token;
  const org = orgMention(body, (tokens[i] as Token).start, last.possessive ? last.start + last.word.length : last.end);
  org.isPossessive = last.possessive;
  return { mention: org, last: e };
}

/** The person named by tokens [i, j], with a title or appositive around the name, and the description a possessive name opens. */
function personAt(body: string, tokens: Token[], i: number, j: number): Mention[] {
  const t = tokens[i] as Token;
  const last = tokens[j] as Token;
  const prev = tokens[i - 1];
  const prevGap = prev ? body.slice(prev.end, t.start) : '';
  const hon = prev ? HONORIFICS[prev.lower] : undefined;
  const hasHonorific = prev !== undefined && hon !== undefined && /^\.?\s$/.test(prevGap);
  let start = hasHonorific && prev ? prev.start : t.start;
  const gender = hasHonorific ? (hon ?? null) : null;
  let role: string | null = null;
  const before = titleBefore(body, tokens, hasHonorific ? i - 2 : i - 1, start);
  if (before) ({ role, start } = before);
  let end = last.end;
  if (!last.possessive) {
    const after = appositiveAfter(body, last);
    if (after) {
      role ??= after.role;
      end = after.end;
    }
    const ahead = !role && prevGap === ', ' && prev ? appositiveBefore(body, tokens, i, prev) : null;
    if (ahead) ({ role, start } = ahead);
  }
  const k = hasHonorific ? i - 2 : i - 1;
  const bt = tokens[k];
  const isObject = bt !== undefined && role === null &&
    (PREPOSITIONS.has(bt.lower) ? bt.end <= start : isAfterPrepositionAndDescriptor(body, tokens, k));
  const person: Mention = {
    kind: 'person', start, end, nameStart: t.start, nameEnd: last.end, name: tokens.slice(i, j + 1).map((r) => r.word), role,
    text: body.slice(t.start, last.end).replace(/['’]s$/, ''), gender, isPlural: false, isPossessive: last.possessive, isNested: false, isObject,
  };
  const owned = last.possessive ? possessiveDescription(body, tokens, j, start) : null;
  return owned ? [person, owned] : [person];
}

/** A title before the name ("NATO Secretary General", "Mr Blinken’s deputy"), read back from token k: the role and where it starts. */
function titleBefore(body: string, tokens: Token[], k: number, start: number): { role: string; start: number } | null {
  let roleStart = -1;
  let hasHead = false;
  for (let steps = 0; k >= 0 && steps < 8; steps++, k--) {
    const r = tokens[k] as Token;
    const gapAfter = body.slice(r.end, (tokens[k + 1] as Token).start);
    const isAbbrev = isAbbreviationLetter(body, tokens, k);
    if (!/^\s+$/.test(gapAfter) && !(r.dotted && /^\.\s+$/.test(gapAfter)) && !(isAbbrev && gapAfter === '.')) break;
    if (r.possessive && isNameWord(r) && roleStart >= 0) {
      roleStart = r.start;
      let q = k - 1;
      while (q >= 0 && isNameWord(tokens[q] as Token)) q--;
      const h = tokens[q];
      if (h && HONORIFICS[h.lower] !== undefined) roleStart = h.start;
      else if (q + 1 < k) roleStart = (tokens[q + 1] as Token).start;
      break;
    }
    const isTitleAbbrev = isTitleAbbreviation(r);
    // "Sgt. 1st Class": an ordinal inside a military title.
    const isOrdinal = /^\d{1,2}(?:st|nd|rd|th)$/.test(r.word);
    if (!isRoleishWord(r) && !(/^\s+$/.test(gapAfter) && isTitleCapital(r)) && !isAbbrev && !isTitleAbbrev && !isOrdinal) break;
    if (isRoleHead(r.lower) || isTitleAbbrev) hasHead = true;
    roleStart = r.start;
  }
  if (roleStart < 0 || !hasHead) return null;
  const text = body.slice(roleStart, start).trim().replace(/^(?:(?:the|to|of|his|her|their|its|and)\s+)+/i, '').replace(/\s+(?:the|of|to|and)$/i, '');
  if (!text || ![...text.toLowerCase().split(/[\s-]+/)].some((w) => isRoleHead(w) || isRoleHead(expandTitleAbbreviation(w)))) return null;
  return { role: text, start: body.indexOf(text, roleStart) };
}

/** An appositive role after the name: "Dmitry Kozak, the Kremlin deputy chief of staff, said". */
function appositiveAfter(body: string, last: Token): { role: string; end: number } | null {
  const ap = /^,\s+((?:the|a|an|his|her)\s+)?([^,.;:“”"]{2,120}?)(?=,|\.|;|$)/.exec(body.slice(last.end, last.end + 160));
  // ", and Benfica's president, X": a conjunction starts the next item of a list, not an appositive.
  if (!ap || /^,\s+(?:and|or|but|nor)\s/i.test(ap[0])) return null;
  const phrase = (ap[1] ?? '') + (ap[2] ?? '');
  const words = phrase.toLowerCase().split(/[\s’']+/);
  const headAt = words.findIndex((w) => isRoleHead(w));
  if (headAt < 0 || headAt >= 6 || words.some((w) => SPEECH_VERBS.has(w)) || words.length > 16) return null;
  const cut = phrase.split(/\s+(?:who|which|that|and the|and a)\s+/)[0] ?? phrase;
  return { role: cut.trim(), end: last.end + ap[0].length };
}

/**
 * An appositive role before the name: "the head of US diplomacy, Tony Blinken", or an owner's title of
 * plain words, "Lufthansa's chief human resources officer, Jens Obermaier".
 */
function appositiveBefore(body: string, tokens: Token[], i: number, prev: Token): { role: string; start: number } | null {
  let head = false;
  let first = -1;
  let owner = false;
  for (let q = i - 1, n = 0; q >= 0 && n < 8; q--, n++) {
    const r = tokens[q] as Token;
    const gapAfter = body.slice(r.end, (tokens[q + 1] as Token).start);
    const isAbbrev = isAbbreviationLetter(body, tokens, q);
    if (q < i - 1 && !/^\s+$/.test(gapAfter) && !(isAbbrev && /^\.\s*$/.test(gapAfter))) break;
    if (r.possessive && startsUpper(r.word) && first >= 0) {
      first = q;
      owner = true;
      break;
    }
    const plainWord = /^[a-z][a-z-]*$/.test(r.word) && !PHRASE_BREAKERS.has(r.lower) && !SPEECH_VERBS.has(r.lower);
    if (!(isRoleishWord(r) || isRoleHead(r.lower) || (head && plainWord) || (head && isAbbrev))) break;
    if (isRoleHead(r.lower) && q === i - 1) head = true;
    first = q;
    if (DETERMINERS.has(r.lower)) break;
  }
  const firstTok = tokens[first];
  if (!head || !firstTok || !(owner || DETERMINERS.has(firstTok.lower))) return null;
  return { role: body.slice(firstTok.start, prev.end).replace(/^(?:the|his|her|its|their)\s+/i, ''), start: firstTok.start };
}

/** "Emmanuel Macron’s chief of staff": a possessive name followed by a title with no name after it is an anonymous description. */
function possessiveDescription(body: string, tokens: Token[], j: number, start: number): Mention | null {
  const last = tokens[j] as Token;
  // The longest run of up to five plain words ending in a title: "chief human resources officer".
  let h = -1;
  for (let q = j + 1; q <= j + 5 && q < tokens.length; q++) {
    const r = tokens[q] as Token;
    const isOfStaff = r.lower === 'of' && tokens[q + 1]?.lower === 'staff';
    if (!/^[a-z][a-z-]*$/.test(r.word) || (PHRASE_BREAKERS.has(r.lower) && !isOfStaff) || SPEECH_VERBS.has(r.lower)) break;
    if (body.slice((tokens[q - 1] as Token).end, r.start) !== ' ') break;
    if (isRoleHead(r.lower) || (r.lower === 'staff' && (tokens[q - 1] as Token).lower === 'of')) h = q;
  }
  const headTok = tokens[h];
  const nextTok = tokens[h + 1];
  if (!headTok) return null;
  if (nextTok !== undefined && isNameWord(nextTok) && /^,?\s$/.test(body.slice(headTok.end, nextTok.start))) return null;
  const dEnd = headTok.end;
  return {
    kind: 'description', start, end: dEnd, nameStart: start, nameEnd: dEnd, name: [], role: body.slice(last.end + 1, dEnd),
    text: body.slice(start, dEnd), gender: null, isPlural: PLURAL_HEADS.has(headTok.lower), isPossessive: false,
    isNested: false, isObject: false,
  };
}

/** Organisation nouns that speak as "the bank", "the company": the organisation table, not a list of their own. */
const ORG_HEAD_ALTERNATION = [...ORG_HEADS].filter((w) => !['ministry', 'agency', 'department'].includes(w)).join('|');
const ROLE_HEAD_RE =
  new RegExp(String.raw`\b(secretary of state|secretary[- ]general|secretary|director[- ]general|chief of staff|chief executive|foreign minister|prime minister|vice[- ]president|president|minister|spokesman|spokeswoman|spokesperson|ambassador|chancellor|premier|treasurer|taoiseach|tánaiste|governor|commissioner|director|chairman|chairwoman|executive|economist|cfo|ceo|coo|mayor|coach|captain|manager|lieutenant|sergeant|colonel|admiral|prosecutor|judge|senator|official|diplomat|leader|envoy|adviser|advisor|aide|source|negotiator|person|people|ministry|agency|department|${ORG_HEAD_ALTERNATION}|officials|diplomats|sources|aides|lawmakers|analysts|negotiators|executives|chief)\b`, 'gi');
const PLURAL_LEAD = /^(?:[A-Z][a-z]+|senior|top|other|some|several|many|western|two|three)$/;
const MODIFIER_RE = /^(?:senior|top|former|administration|government|military|western|other|some|several|many|two|three|state|department|foreign|defence|defense|chief|deputy|russian|ukrainian|american|kremlin|white|house)$/i;

/** The role noun after an organisation's name that makes it a description of someone: "Foreign Office spokesperson". */
const ORG_VOICE_AFTER = /^ (?:spokes(?:person|man|woman)|officials?|sources?|representatives?)\b/;

const POSSESSED_RE = /['’]s\s+(office|ministry|department|government|administration|spokesman|spokeswoman|spokesperson|aide|adviser|advisor|team|campaign|lawyer|lawyers)\b/y;
const QUALIFIER_RE = /\s+(familiar with|close to|briefed on|with (?:direct )?knowledge of|involved in)\s+((?:the|a|an)\s+)?([a-z-]+)(\s+[a-z-]+)?/y;

const ORG_VERBS = new Set(['said', 'says', 'told', 'added', 'wrote', 'warned', 'announced', 'stated']);

/**
 * An organisation speaking: "UNICEF said", "The German Airports Association (ADV) said". Only when a
 * speech verb follows, so that a name in passing never becomes a speaker. Read from the tokens
 * backwards from each speech verb, which keeps it linear.
 */
function findOrgMentions(body: string, tokens: Token[]): Mention[] {
  const out: Mention[] = [];
  for (let v = 1; v < tokens.length; v++) {
    if (!ORG_VERBS.has((tokens[v] as Token).lower)) continue;
    let k = v - 1;
    let gapEnd = (tokens[v] as Token).start;
    if ((tokens[k] as Token).lower === 'also' || (tokens[k] as Token).lower === 'later') {
      gapEnd = (tokens[k] as Token).start;
      k--;
    }
    const last = tokens[k];
    if (!last) continue;
    const gap = body.slice(last.end, gapEnd);
    const isAcronym = /^\p{Lu}{2,8}$/u.test(last.word) && !(last.lower in NATIONALITIES);
    // "Association (ADV) said": the acronym in brackets names the organisation before it.
    if (isAcronym && gap === ') ' && k > 0 && body.slice((tokens[k - 1] as Token).end, last.start) === ' (') k--;
    else if (gap !== ' ') continue;
    else if (isAcronym) {
      out.push(orgMention(body, last.start, last.end));
      continue;
    }
    const tail = tokens[k] as Token;
    const voice = venueVoiceBefore(body, tokens, k);
    if (voice) {
      out.push(voice);
      continue;
    }
    if (!startsUpper(tail.word) || !ORG_TAILS.has(tail.lower)) continue;
    let first = k;
    while (first > 0 && k - first < 5) {
      const r = tokens[first - 1] as Token;
      if (body.slice(r.end, (tokens[first] as Token).start) !== ' ' || !startsUpper(r.word) || r.possessive) break;
      first--;
    }
    if (first === k) continue;
    out.push(orgMention(body, (tokens[first] as Token).start, tail.end));
  }
  return out;
}

/** "The White House said", "the Kremlin said": a building that speaks for a government, ending at token k. */
function venueVoiceBefore(body: string, tokens: Token[], k: number): Mention | null {
  const last = tokens[k] as Token;
  if (!startsUpper(last.word)) return null;
  let key = last.lower;
  let first = last;
  for (let n = 1; n <= 2; n++) {
    if (n === 2) {
      const prev = tokens[k - 1];
      if (!prev || !startsUpper(prev.word) || body.slice(prev.end, last.start) !== ' ') return null;
      first = prev;
      key = `${prev.lower}-${key}`;
    }
    if (!VENUE_VOICES.has(key)) continue;
    // "the Kremlin said": the article belongs to the name, as in "the bank said".
    const the = tokens[k - n];
    const start = the && the.lower === 'the' && body.slice(the.end, first.start) === ' ' ? the.start : first.start;
    return orgMention(body, start, last.end);
  }
  return null;
}

function orgMention(body: string, start: number, end: number): Mention {
  return {
    kind: 'description', start, end, nameStart: start, nameEnd: end, name: [], role: null, text: body.slice(start, end),
    gender: null, isPlural: false, isPossessive: false, isNested: false, isObject: false, isOrg: true,
  };
}


/** Words the role walk reads back over at most (five modifiers and a determiner). */
const WORDS_BACK = 7;

/**
 * The last words of body[from, to), split at whitespace as `.split(/\s+/).filter(Boolean)` would split
 * them, in order: the role walk reads only the last few, so the rest are never sliced.
 */
function lastWords(body: string, from: number, to: number): string[] {
  const out: string[] = [];
  let i = to;
  while (i > from && out.length < WORDS_BACK) {
    while (i > from && isSpaceUnit(body.charCodeAt(i - 1))) i--;
    const end = i;
    while (i > from && !isSpaceUnit(body.charCodeAt(i - 1))) i--;
    if (end > i) out.push(body.slice(i, end));
  }
  return out.reverse();
}

/**
 * Role nouns and anonymous sources: "the minister" (to resolve), "an administration official",
 * "Western officials" (kept as written). Found from the head noun backwards, which keeps the scan linear.
 */
function findRoleMentions(body: string, from: number, to: number): Mention[] {
  const out: Mention[] = [];
  // Run over the paragraph alone: from the body, a paragraph without a head read on to the next one.
  // The same matches: the paragraph is trimmed and no head spans a line break, so none runs past its end.
  const text = body.slice(from, to);
  ROLE_HEAD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ROLE_HEAD_RE.exec(text))) {
    const at = m.index + from;
    const end = at + m[0].length;
    if (end > to) break;
    const head = m[0].toLowerCase();
    // "Government Clerks": a capitalised head inside a longer proper name heads nothing by itself.
    if (/^\p{Lu}/u.test(m[0]) && /^ \p{Lu}/u.test(body.slice(end, end + 2))) continue;
    // "A Foreign Office spokesperson": the office names whose spokesperson speaks, the role noun after it heads.
    if (ORG_HEADS.has(head) && ORG_VOICE_AFTER.test(body.slice(end, Math.min(to, end + 16)))) continue;
    // Glued to the word before ("non-official"): no head; checked before the words before are split.
    if (/\S$/.test(body.slice(Math.max(from, at - 1), at))) continue;
    const isPlural = PLURAL_HEADS.has(head);
    const words = lastWords(body, Math.max(from, at - 60), at);
    // Walk back over modifiers to a determiner ("the", "an") or, for plurals, to a leading adjective.
    let k = words.length - 1;
    let det: string | null = null;
    const mods: string[] = [];
    while (k >= 0 && mods.length <= 4) {
      // A word ending a clause stops the walk, but a dotted abbreviation ("the U.N. envoy") does not.
      const isAbbrev = /^(?:\p{Lu}\.){2,}$/u.test(words[k] as string);
      const w = isAbbrev ? (words[k] as string) : (words[k] as string).replace(/[,;:.]$/, '');
      if (w !== words[k]) break;
      if (/^(?:the|an?)$/i.test(w)) {
        det = w.toLowerCase();
        break;
      }
      const plain = /^[a-z][a-z-]*$/.test(w) && !PHRASE_BREAKERS.has(w) && !SPEECH_VERBS.has(w);
      const lw = w.toLowerCase();
      // "&" inside a proper name: "A Foreign & Commonwealth Office spokesperson".
      const isAmpersand = w === '&' && /^[A-Z]/.test(mods[0] ?? '');
      if (!(ROLE_WORDS.has(lw) || lw in NATIONALITIES || /^[A-Z]/.test(w) || MODIFIER_RE.test(w) || plain || isAmpersand)) break;
      mods.unshift(w);
      k--;
    }
    if (!det && !(isPlural && mods.length > 0 && PLURAL_LEAD.test(mods[0] as string))) continue;
    const phrase = [...(det ? [words[k] as string] : []), ...mods, m[0]].join(' ');
    const start = end - phrase.length;
    if (body.slice(start, end) !== phrase) continue;
    const isDefinite = det === 'the';
    // "the president's office": the office speaks, not the president; "the minister's aide" is someone else.
    let fullEnd = end;
    let isOrg = ORG_HEADS.has(head);
    let kind: MentionKind = isDefinite && !isPlural ? 'role' : 'description';
    if (body[end] === '’' || body[end] === "'") {
      POSSESSED_RE.lastIndex = end;
      const pm = POSSESSED_RE.exec(body);
      if (!pm || end + pm[0].length > to) continue;
      fullEnd = end + pm[0].length;
      isOrg = ORG_HEADS.has((pm[1] as string).toLowerCase());
      kind = 'description';
    }
    // "The Federation of Government Clerks": a capitalised head goes on through the rest of its proper name.
    if (/^\p{Lu}/u.test(m[0]) && fullEnd === end) {
      const rest = /^\s+(?:of|for|on)(?:\s+the)?(?:\s+\p{Lu}[\p{L}’'-]*)+/u.exec(body.slice(end, to));
      if (rest) fullEnd = end + rest[0].length;
    }
    // "a person familiar with the talks", "a source close to the negotiations": the qualifier is part of who it is.
    QUALIFIER_RE.lastIndex = end;
    const qm = QUALIFIER_RE.exec(body);
    if (qm && qm.index + qm[0].length <= to) {
      const extra = qm[4] ?? '';
      const w = extra.trim().toLowerCase();
      fullEnd = end + qm[0].length - (w && (SPEECH_VERBS.has(w) || PHRASE_BREAKERS.has(w)) ? extra.length : 0);
    }
    out.push({
      kind,
      start,
      end: fullEnd,
      nameStart: start,
      nameEnd: fullEnd,
      name: [],
      role: isPlural ? phrase : `${mods.length ? `${mods.join(' ')} ` : ''}${head}`,
      text: body.slice(start, fullEnd),
      gender: null,
      isPlural,
      isPossessive: false,
      isNested: false,
      isObject: false,
      isOrg,
    });
  }
  return out;
}

function findPronouns(tokens: Token[]): Mention[] {
  const out: Mention[] = [];
  for (const t of tokens) {
    // Most words are longer than "she": their length rules them out before any comparison.
    if (t.lower.length > 3 || (t.lower !== 'he' && t.lower !== 'she')) continue;
    out.push({
      kind: 'pronoun', start: t.start, end: t.end, nameStart: t.start, nameEnd: t.end, name: [], role: null,
      text: t.word, gender: PRONOUNS[t.lower] ?? null, isPlural: false, isPossessive: false, isNested: false, isObject: false,
    });
  }
  return out;
}

/** "One teacher in Kayes, who asked not to be named, said": an anonymous source, by its head noun and the cue. */
const ANONYMOUS_RE =
  /\b(?:One|A|An)\s+((?:[\p{L}’'-]+\s+){0,3}?)([a-z]+)((?:\s+(?:in|from|of|at|with)\s+[^,.;:“”"]{1,60}?)?),\s+who\s+(?:asked|requested|declined|spoke|was granted|agreed|did not want|would not be|could not be)\b[^.;:“”"]{0,100}?\b(?:named|identified|anonymity|anonymously|quoted)\b[^,.;:“”"]{0,60},\s/gu;

/**
 * Anonymous sources introduced with a cue ("One teacher in Kayes, who asked not to be named, told …",
 * "A former category manager, who spoke on condition of anonymity, said …"): a description whose span
 * runs over the relative clause up to the verb, so the verb after it is theirs. None when the clause
 * gives a name ("who asked that only her first name, Alina, be used"): then the name is who speaks.
 */
function findAnonymousSources(body: string, p: Paragraph, persons: Mention[]): Mention[] {
  const out: Mention[] = [];
  ANONYMOUS_RE.lastIndex = p.start;
  let m: RegExpExecArray | null;
  while ((m = ANONYMOUS_RE.exec(body)) && m.index < p.end) {
    const start = m.index;
    const end = start + m[0].length - 2;
    if (end > p.end) break;
    const head = m[2] as string;
    // Only where a sentence starts: "One teacher …", never "… told one teacher, who …".
    if (PHRASE_BREAKERS.has(head) || SPEECH_VERBS.has(head) || !/(?:^|[.!?”"])\s*$/.test(body.slice(Math.max(p.start, start - 3), start))) continue;
    const npEnd = start + m[0].indexOf(',', (m[1] as string).length + head.length);
    // The name may sit in an appositive after the stretch matched: "… by her first name, Carla, recalled".
    if (persons.some((x) => x.start > npEnd && x.start < end + 40 && (x.name.length >= 2 || NAME_CUE.test(body.slice(x.start - 30, x.start))))) continue;
    out.push({
      kind: 'description', start, end, nameStart: start, nameEnd: npEnd, name: [], role: head, text: body.slice(start, npEnd),
      gender: null, isPlural: false, isPossessive: false, isNested: false, isObject: false,
    });
  }
  return out;
}

/**
 * "the teacher" after "One teacher in Kayes, who asked not to be named, …": the same anonymous source,
 * written as it was introduced. Not when a named person was given that title too.
 */
function findAnonymousAnaphors(body: string, p: Paragraph, sources: Mention[], seen: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const src of sources) {
    const head = src.role as string;
    if (seen.some((x) => x.kind === 'person' && x.role !== null && x.role.toLowerCase().split(/\s+/).includes(head))) continue;
    const re = new RegExp(`\\b[Tt]he ${head}\\b(?![’'-])`, 'g');
    re.lastIndex = p.start;
    let m: RegExpExecArray | null;
    while ((m = re.exec(body)) && m.index < p.end) {
      if (m.index + m[0].length > p.end) break;
      out.push({
        kind: 'description', start: m.index, end: m.index + m[0].length, nameStart: m.index, nameEnd: m.index + m[0].length, name: [],
        role: head, text: src.text, gender: null, isPlural: false, isPossessive: false, isNested: false, isObject: false,
      });
    }
  }
  return out;
}

/** A role that titles a named person is part of that person's mention; one inside a description is the description's. */
function coversRole(all: Mention[], from: number, r: Mention): boolean {
  for (let i = from; i < all.length; i++) {
    const x = all[i] as Mention;
    if (x.kind === 'person' && x.start <= r.start && r.end <= x.end) return true;
  }
  for (let i = from; i < all.length; i++) {
    const x = all[i] as Mention;
    if (x.kind === 'description' && x.start < r.end && r.start < x.end) return true;
  }
  return false;
}

/**
 * Every person, pronoun, role noun and anonymous description in the non-junk paragraphs, sorted
 * by position, with mentions inside another mention's span marked nested.
 *
 * @example
 * findMentions('NATO chief Jens Stoltenberg said.', [{ start: 0, end: 33, index: 0, isJunk: false }])[0]?.name
 * // ['Jens', 'Stoltenberg']
 */
export function findMentions(body: string, paragraphs: Paragraph[], sink?: { push(t: Token): unknown }): Mention[] {
  const all: Mention[] = [];
  const anonymous: Mention[] = [];
  /** Where the next ", who " is: the only place an anonymous source can be introduced. */
  let nextWho = body.indexOf(', who ');
  /** The furthest end of the mentions of earlier paragraphs. */
  let endBefore = -1;
  for (const p of paragraphs) {
    if (p.isJunk) continue;
    const paragraphFrom = all.length;
    const tokens = tokenize(body, p.start, p.end);
    if (sink) for (const t of tokens) sink.push(t);
    const persons = findPersonMentions(body, tokens);
    // Read here, while the paragraph's tokens are at hand: the people index needs it before attribution.
    for (const m of persons) if (m.name.length === 1) m.showsPerson = showsPerson(body, tokens, m);
    all.push(...persons, ...findPronouns(tokens));
    if (anonymous.length > 0) all.push(...findAnonymousAnaphors(body, p, anonymous, all));
    if (nextWho >= 0 && nextWho < p.start) nextWho = body.indexOf(', who ', p.start);
    const found = nextWho >= 0 && nextWho < p.end ? findAnonymousSources(body, p, persons) : [];
    anonymous.push(...found);
    all.push(...found);
    for (const r of [...findRoleMentions(body, p.start, p.end), ...findOrgMentions(body, tokens)]) {
      // Mentions of earlier paragraphs end before this one starts unless an appositive ran on: only then are they read.
      const from = endBefore > r.start ? 0 : paragraphFrom;
      if (coversRole(all, from, r)) continue;
      all.push(r);
    }
    for (let x = paragraphFrom; x < all.length; x++) endBefore = Math.max(endBefore, (all[x] as Mention).end);
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  for (let i = 0; i < all.length; i++) {
    const a = all[i] as Mention;
    for (let j = i - 1; j >= 0 && j >= i - 6; j--) {
      const b = all[j] as Mention;
      if (b.start <= a.start && a.end <= b.end && b !== a && !(b.start === a.start && b.end === a.end && b.kind === a.kind)) {
        a.isNested = true;
        break;
      }
    }
  }
  return all;
}

/** Index of the first token of a sorted token list starting at or after pos, by binary search. */
export function firstTokenFrom(tokens: Token[], pos: number): number {
  return lowerBound(tokens, pos, (t) => t.start);
}

/** The tokens inside [a, b) of a sorted token list. */
export function tokensIn(tokens: Token[], a: number, b: number): Token[] {
  const lo = firstTokenFrom(tokens, a);
  const out: Token[] = [];
  for (let i = lo; i < tokens.length && (tokens[i] as Token).start < b; i++) out.push(tokens[i] as Token);
  return out;
}
