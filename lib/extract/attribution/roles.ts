import { NATIONALITIES } from '../lexicon';
import { expandTitleAbbreviation } from '../name-words';
import { RANK_QUALIFIERS, ROLE_ACRONYMS } from '../roles';

/**
 * Titles and role nouns already read, with their words: every role noun resolved reads the titles before it, and
 * articles share most of them ("the minister", "Foreign Minister"). Safe to keep: the words depend on the string
 * alone, and callers only read the lists. Bounded, so a library of odd titles cannot grow it without end.
 */
const ROLE_WORDS_READ = new Map<string, string[]>();
const MAX_ROLES_READ = 20_000;

/**
 * The words of a title that tell posts apart, lower case, possessives and acronyms resolved, cut
 * before "of"/"at" ("Chancellor of the Exchequer" → chancellor; "the CFO" → chief financial officer).
 *
 * @example
 * roleWords("Lufthansa's chief human resources officer") // ['lufthansa', 'chief', 'human', 'resources', 'officer']
 */
export function roleWords(role: string): string[] {
  let words = ROLE_WORDS_READ.get(role);
  if (words === undefined) {
    if (ROLE_WORDS_READ.size >= MAX_ROLES_READ) ROLE_WORDS_READ.clear();
    words = readRoleWords(role);
    ROLE_WORDS_READ.set(role, words);
  }
  return words;
}

function readRoleWords(role: string): string[] {
  const main = role.toLowerCase().replace(/['’]s\b/g, '').replace(/\./g, '').replace(/-/g, ' ')
    .split(/\s+(?:of|at|for|in|to|with|who|from)\s+|,/)[0] ?? '';
  return main.split(/\s+/).filter((w) => w && !/^(?:the|an?|his|her|its|their|our)$/.test(w))
    .flatMap((w) => ROLE_ACRONYMS[w]?.split(' ') ?? [expandTitleAbbreviation(w)]);
}

/** Role nouns that news copy uses for a title with another head: "the judge" for Justice Ana Ruiz. */
const HEAD_SYNONYMS: Record<string, string> = { judge: 'justice' };

/** Words of a role noun that a title need not repeat: "the Russian minister" is the Minister X. */
const OPTIONAL_ROLE_WORDS = new Set(['top', 'senior', 'chief', 'country', 'bank', 'company', 'club', 'new']);

/**
 * Whether a role noun ("the deputy governor") names the post a person was given ("Deputy Governor"):
 * same head noun, every other word of the noun in the title, and no rank qualifier on one side only.
 *
 * @example
 * sameRole(roleWords('the governor'), roleWords('Deputy Governor')) // false
 */
export function sameRole(noun: string[], title: string[]): boolean {
  const head = noun[noun.length - 1];
  const titleHead = title[title.length - 1];
  if (head === 'leader') return leadsNation(noun, title);
  if (head === undefined || titleHead === undefined || (titleHead !== head && HEAD_SYNONYMS[head] !== titleHead)) return false;
  const have = new Set(title);
  for (const w of noun.slice(0, -1)) if (!have.has(w) && !(w in NATIONALITIES) && !OPTIONAL_ROLE_WORDS.has(w)) return false;
  const want = new Set(noun);
  for (const w of title) if (RANK_QUALIFIERS.has(w) && !want.has(w)) return false;
  return true;
}

/** Titles of who leads a country's government or state, which news calls "the Russian leader". */
const NATIONAL_LEADER_TITLES = ['president', 'prime minister', 'premier', 'chancellor', 'king', 'queen', 'emperor'];

/**
 * "The Russian leader" for "Russian President Vladimir Putin": a nation's leader is who holds its head of
 * state's or government's title, and the title must name the same nation ("President Bush" is no Russian leader).
 */
function leadsNation(noun: string[], title: string[]): boolean {
  const nations = noun.slice(0, -1);
  if (nations.length !== 1 || !((nations[0] as string) in NATIONALITIES) || !title.includes(nations[0] as string)) return false;
  const written = title.filter((w) => w !== nations[0]).join(' ');
  return NATIONAL_LEADER_TITLES.includes(written);
}

const GENDERED_COMPOUNDS = '(?:spokes|chair|business|congress|council|police|fire|assembly|alder|sales|committee|ombuds|country|fresh)?';
const FEMALE_HEAD = new RegExp(`^(?:${GENDERED_COMPOUNDS}wom[ae]n|mother|sister|daughter|wife|widow|grandmother|girl|niece|aunt)$`, 'i');
const MALE_HEAD = new RegExp(`^(?:${GENDERED_COMPOUNDS}m[ae]n|father|brother|son|husband|widower|grandfather|boy|nephew|uncle)$`, 'i');

/**
 * The gender a description's head noun gives ("a FreshWay spokeswoman", "the chairman"), or null.
 *
 * @example
 * descriptionGender('a company spokeswoman') // 'f'
 */
export function descriptionGender(text: string): 'm' | 'f' | null {
  const head = text.trim().split(/\s+/).pop() ?? '';
  if (FEMALE_HEAD.test(head)) return 'f';
  if (MALE_HEAD.test(head)) return 'm';
  return null;
}

/** "the diplomat" after "a senior EU diplomat": one source named twice, not two candidates. */
export function isSameDescription(a: string, b: string): boolean {
  if (!a.startsWith('d:') || !b.startsWith('d:')) return false;
  const ha = a.split(/\s+/).pop();
  return ha !== undefined && ha === b.split(/\s+/).pop();
}
