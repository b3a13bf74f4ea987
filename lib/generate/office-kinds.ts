/**
 * Offices a who-said question may borrow stand-ins from when the speaker's own story names too few people:
 * a foreign minister's words offered beside other foreign ministers of the library, a defence secretary's
 * beside other defence secretaries (officers of different armies are not peers: a Chilean police colonel is no
 * stand-in for an African Union one). A press availability or a briefing transcript has one or two
 * principals; a teacher writing the question would add their peers, not a stranger of another trade.
 */
import type { Person } from '@/lib/extract/types';
import { jobTitle } from './clean';
import { containsWords } from './text';
import { memoByText } from './memo';

/** Office kinds by role, most specific first; a role that names none has no peers to borrow. */
const OFFICES: [kind: string, pattern: RegExp][] = [
  ['spokesperson:un', /\b(?:UN|U\.N\.|UNHCR|UNICEF|United Nations)\b.*\bspokes(?:man|woman|person)\b/i],
  ['spokesperson:government', /\b(?:State Department|Pentagon|White House|Kremlin|Foreign Ministry|prime minister['’]s|president['’]s)\b.*\b(?:spokes(?:man|woman|person)|press secretary)\b|\bPentagon Press Secretary\b/i],
  ['foreign-minister', /\b(?:foreign (?:minister|secretary)|secretary of state|minister of foreign affairs|foreign affairs minister)\b/i],
  ['defence-minister', /\b(?:defen[cs]e (?:minister|secretary)|secretary of defen[cs]e|minister of defen[cs]e)\b/i],
  ['head-of-government', /^(?:\p{Lu}[\p{L}.]*\s+)?(?:president|prime minister|chancellor)(?:\s+of\s+the\s+(?:United States|Russian Federation|Republic of \p{Lu}\p{L}+))?$/iu],
];

/** Roles that hold an office's words without holding the office ("deputy", "former", a spokesperson's). */
const NOT_THE_OFFICE = /\b(?:deputy|vice|former|assistant|under|acting|spokes(?:man|woman|person)|press|adviser|advisor|aide|counterpart|envoy)\b/i;

/**
 * A person's office kind, or null when the role names none this module knows.
 *
 * @example
 * officeKind({ role: 'British Foreign Secretary' } as Person); // → 'foreign-minister'
 * officeKind({ role: 'Deputy Secretary of State' } as Person); // → null
 */
export function officeKind(p: Pick<Person, 'role'>): string | null {
  return officeKindOf(p.role ?? '');
}

/** Once per distinct role: every candidate of every question is asked for its office. */
const officeKindOf = memoByText((written: string): string | null => {
  const role = jobTitle(written);
  if (!role) return null;
  for (const [kind, pattern] of OFFICES) {
    if (!pattern.test(role)) continue;
    if (!kind.startsWith('spokesperson') && NOT_THE_OFFICE.test(role)) return null;
    return kind;
  }
  return null;
});

/** The office words of a role, without a nationality or country before them: "U.S. Secretary of State" → "Secretary of State". */
function officeWords(role: string): string {
  return role.replace(/^(?:(?:U\.S\.|US|UK|U\.N\.|UN|EU|\p{Lu}\p{Ll}+(?:an|ese|ish|ch|i))\s+)+/u, '');
}

/**
 * Whether a peer from another story may stand in for `speaker` beside the quotation `text`: the same office
 * kind, and an office the quotation does not name ("welcome the 68th Secretary of State" is said to a
 * Secretary of State, so none is offered as its speaker).
 *
 * @example
 * isOfficePeer(hague, clinton, 'We are delighted that you chose the United Kingdom'); // → true
 * isOfficePeer(hague, clinton, 'It is a great honour to welcome the 68th Secretary of State'); // → false
 */
export function isOfficePeer(speaker: Person, candidate: Person, text: string): boolean {
  const kind = officeKind(speaker);
  // "Great" (of Great Britain) or a bare "Hillary": only a full name is offered as a peer.
  if (!kind || officeKind(candidate) !== kind || !/^\p{Lu}\S+\s+(?:\S+\s+)*\p{Lu}\S+$/u.test(candidate.name)) return false;
  const title = jobTitle(candidate.role);
  return !title || !containsWords(text, officeWords(title));
}

/** Roles outside government: a charity's or a company's head, a campaigner, a lawyer. An economist or a scholar is left out: a commentator on a central bank's vote beside its governors is a teacher's fair option. */
const CIVIL_ROLE = /\b(?:chief executive|CEO|executive director|founder|co-founder|campaigner|activist|barrister|lawyer|solicitor|attorney|charity|NGO|advocate|advocacy)\b/i;
/** The opposition's front bench: politicians, but outside government; a neighbour of either kind. */
const OPPOSITION_ROLE = /\b(?:shadow|opposition)\b/i;
/** Roles inside government: ministers, heads of state or government, their officials and envoys. */
const GOVERNMENT_ROLE = /\b(?:minister|secretary|president|chancellor|premier|governor|mayor|ambassador|envoy|official|spokes(?:man|woman|person)|press secretary)\b/i;

/**
 * Which side of government a person's role puts them: "government" (a minister, a president, their
 * officials), "civil" (a charity's chief executive, a campaigner, a barrister) or null when the role says
 * neither (no role, an opposition front-bencher). A refugee charity's head offered beside three ministers is
 * the only name outside government, and a student finds him by elimination (blind-32).
 *
 * @example
 * publicKind({ role: 'CEO of the Refugee Council' } as Person); // → 'civil'
 * publicKind({ role: 'Home Secretary' } as Person); // → 'government'
 * publicKind({ role: "Labour's Shadow Home Secretary" } as Person); // → null
 */
export function publicKind(p: Pick<Person, 'role'>): 'government' | 'civil' | null {
  const role = p.role ?? '';
  if (!role) return null;
  if (CIVIL_ROLE.test(role)) return 'civil';
  if (OPPOSITION_ROLE.test(role)) return null;
  return GOVERNMENT_ROLE.test(role) ? 'government' : null;
}

/**
 * Whether `candidate` is of the answer's kind, inside or outside government: a role that says neither fits
 * either.
 *
 * @example
 * isOfTheSameKind({ role: 'CEO of the Refugee Council' } as Person, { role: 'Home Secretary' } as Person); // → false
 */
export function isOfTheSameKind(answer: Pick<Person, 'role'>, candidate: Pick<Person, 'role'>): boolean {
  const a = publicKind(answer);
  const b = publicKind(candidate);
  return !a || !b || a === b;
}
