import type { Mention } from '../mentions';
import { isRoleHead } from '../name-words';
import type { Person } from '../types';
import { lowerBound } from '../sorted';
import { NATIONALITIES } from '../lexicon';
import { TEMPORARY_QUALIFIER_LEXICON } from '../lexicons/titles';
import type { Discourse } from './discourse';
import { sameRole, roleWords } from './roles';

/**
 * Who holds the role a noun names ("the minister", "the Iraqi president"): the people titled so before
 * it, read by the role-noun answer of discourse.ts.
 */

const TEMPORARY_QUALIFIERS = TEMPORARY_QUALIFIER_LEXICON.words;
const TEMPORARY_RE = new RegExp(`\\b(?:${[...TEMPORARY_QUALIFIERS].join('|')})\\b`, 'i');
/** A person given a title, at their latest mention before a role noun. */
export interface RoleHolder { person: Person; pos: number; paragraph: number; title: string[] }
/** How far back (characters) a role noun looks for the person given that title. */
const ROLE_LOOKBACK = 20_000;

/**
 * Whether a title holds the role a noun names: "the secretary" for a Defense Secretary, and "the press
 * secretary" for a job title that the service goes on after ("Pentagon Press Secretary Navy Rear Adm.
 * John Kirby"), though not for a compound title ("Secretary General": its last word heads a title too).
 */
function holdsRole(noun: string[], written: string[], isTemporaryHolder = false): boolean {
  const title = isTemporaryHolder ? written.filter((w) => noun.includes(w) || !TEMPORARY_QUALIFIERS.has(w)) : written;
  if (sameRole(noun, title)) return true;
  const head = title.lastIndexOf(noun[noun.length - 1] ?? '');
  return head >= 0 && head < title.length - 1 && !title.slice(head + 1).some((w) => isRoleHead(w)) && sameRole(noun, title.slice(0, head + 1));
}

/**
 * "The Iraqi president" where the story titled both "President Bush" and "Iraqi President Jalal Talabani": the
 * holders whose title names the noun's nation, when any does; else all of them.
 */
export function ofSameNation(noun: string[], holders: RoleHolder[]): RoleHolder[] {
  const nations = noun.filter((w) => w in NATIONALITIES);
  if (holders.length < 2 || nations.length === 0) return holders;
  const same = holders.filter((h) => nations.every((w) => h.title.includes(w)));
  return same.length > 0 ? same : holders;
}

/**
 * The people named before `pos` with a title that holds the role noun, each at their latest mention; apart,
 * those whose title holds it only once "acting" or "interim" is set aside.
 */
export function roleHolders(d: Discourse, mentions: Mention[], noun: string[], pos: number): { exact: RoleHolder[]; temporary: RoleHolder[] } {
  const exact = new Map<string, RoleHolder>();
  const temporary = new Map<string, RoleHolder>();
  if (noun.length === 0) return { exact: [], temporary: [] };
  for (let xi = lowerBound(mentions, pos - ROLE_LOOKBACK, (x) => x.start); xi < mentions.length; xi++) {
    const x = mentions[xi] as Mention;
    if (x.start >= pos) break;
    if (x.kind !== 'person' || !x.role) continue;
    const written = roleWords(x.role);
    const into = holdsRole(noun, written) ? exact : TEMPORARY_RE.test(x.role) && holdsRole(noun, written, true) ? temporary : null;
    const p = into ? d.personOf(x) : null;
    if (into && p) into.set(p.id, { person: p, pos: x.start, paragraph: d.view.paragraphOf(x.start), title: written });
  }
  return { exact: [...exact.values()], temporary: [...temporary.values()] };
}
