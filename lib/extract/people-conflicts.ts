import type { Conflict, Person } from './types';
import { stableId, slugify } from './ids';
import { INITIAL_PERIOD, rankTitle } from './canonical-person';
import { firstTokenOf, isNickname, lastTokenOf, writtenName } from './name-variants';
import type { Group, NameSighting } from './person-groups';

/**
 * Name and title disagreements between the sources of each person of the people index: spellings that
 * are not the canonical one ("Pskov" for Peskov) and ranks that differ ("Vice President" vs "President").
 */

/** Name and title disagreements between the sources of each person. */
export function peopleConflicts(groups: Group[], misspelled: Set<string>): Conflict[] {
  const out: Conflict[] = [];
  for (const g of groups) {
    if (!g.person) continue;
    const names = nameConflict(g, g.person, misspelled);
    if (names) out.push(names);
    const titles = titleConflict(g, g.person);
    if (titles) out.push(titles);
  }
  return out;
}

/** Spellings of one person that disagree with the canonical one ("Pskov" for Peskov), or null. */
function nameConflict(g: Group, p: Person, misspelled: Set<string>): Conflict | null {
  const canonName = p.name.replace(INITIAL_PERIOD, '');
  const canonLast = lastTokenOf(canonName);
  const canonFirst = firstTokenOf(canonName);
  const canonLower = canonName.toLowerCase();
  const canonTokens = canonLower.split(' ');
  const canonSlug = slugify(canonName);
  const canonSlugWords = canonSlug.split('-');
  const seen = new Map<string, NameSighting>();
  // A person is seen under a few spellings many times over: each spelling is judged once. (Name words
  // hold no space, so the written form tells a lone word from a full name.)
  const oddSpelling = new Map<string, string | null>();
  for (const s of g.sightings) {
    if (s.fromHeadline) continue;
    const written = writtenName(s.mention);
    let odd = oddSpelling.get(written);
    if (odd === undefined) {
      const lower = written.toLowerCase();
      const last = lastTokenOf(written);
      const first = s.mention.name.length >= 2 ? firstTokenOf(written) : canonFirst;
      const isSuffix = canonLower.endsWith(` ${lower}`) || (s.mention.name.length === 1 && canonTokens.includes(lower));
      // "Erdoğan" for Erdogan, "Kim Jong-un" for Kim Jong Un: the same letters, nothing a student should check.
      const slug = slugify(written);
      const isSameLetters = slug === canonSlug || (s.mention.name.length === 1 && canonSlugWords.includes(slug));
      const isOdd = misspelled.has(lower) || misspelled.has(last) || (!isSuffix && !isSameLetters && (last !== canonLast || !isNickname(first, canonFirst)));
      odd = isOdd ? lower : null;
      oddSpelling.set(written, odd);
    }
    if (odd !== null && !seen.has(odd)) seen.set(odd, s);
  }
  if (seen.size === 0) return null;
  const canonSighting = g.sightings.find((s) => !s.fromHeadline && writtenName(s.mention) === canonName || lastTokenOf(writtenName(s.mention)) === canonLast);
  const claimOf = (s: NameSighting) => ({ article: s.articleId, says: writtenName(s.mention), start: s.mention.nameStart, end: s.mention.nameEnd, factId: null });
  const claims = [...(canonSighting ? [claimOf(canonSighting)] : []), ...[...seen.values()].map(claimOf)];
  return {
    id: stableId('conflict', 'name', p.id, claims.map((c) => c.says).join('|')),
    kind: 'name',
    about: `How ${p.name} is spelled${g.curated ? ' (curated spelling: ' + g.curated.name + ')' : ''}`,
    claims,
    ...(g.curated ? { reference: g.curated.name } : {}),
  };
}

/** Two sources give one person different ranks ("Vice President" vs "President"), or the curated list does. */
function titleConflict(g: Group, p: Person): Conflict | null {
  const ranks = new Map<string, NameSighting>();
  for (const s of g.sightings) {
    if (s.fromHeadline) continue;
    const r = rankTitle(s.mention.role);
    if (r && !ranks.has(r)) ranks.set(r, s);
  }
  const curatedRank = rankTitle(g.curated?.role ?? null);
  if (ranks.size <= 1 && (curatedRank === null || [...ranks.keys()].every((r) => r === curatedRank))) return null;
  return {
    id: stableId('conflict', 'title', p.id, [...ranks.keys()].join('|')),
    kind: 'title',
    about: `${p.name}'s title${curatedRank ? ` (the curated list says ${g.curated?.role})` : ''}`,
    claims: [...ranks.values()].map((s) => ({
      article: s.articleId, says: `${s.mention.role} ${writtenName(s.mention)}`, start: s.mention.start, end: s.mention.nameEnd, factId: null,
    })),
    ...(curatedRank && g.curated?.role ? { reference: g.curated.role } : {}),
  };
}
