import { NATIONALITIES, RANK_TITLES } from './lexicon';
import type { Person } from './types';
import { slugify } from './ids';
import { REPORTER } from './reporter-mentions';
import { isGivenName } from './given-name-gender';
import type { Group } from './person-groups';

/**
 * The canonical person of a group of sightings: its spelling (middle initials as written), its best
 * roles by rank title, its aliases and affiliation. Read by people.ts when the index is frozen; the rank
 * titles also tell sources apart in people-conflicts.ts.
 */

const RANK_RES = [...RANK_TITLES].sort((p, q) => q.length - p.length).map((t) => [t, new RegExp(`\\b${t}\\b`)] as const);

const rankCache = new Map<string, string | null>();

export function rankTitle(role: string | null): string | null {
  if (!role) return null;
  const hit = rankCache.get(role);
  if (hit !== undefined) return hit;
  let found: string | null = null;
  // A possessive ("the president's aide") holds no rank of its own; the answer is cached either way.
  if (!/['’]s\b/.test(role)) {
    const r = role.toLowerCase().replace(/-/g, ' ');
    for (const [t, re] of RANK_RES) {
      if (re.test(r)) {
        found = t;
        break;
      }
    }
  }
  if (rankCache.size < 10_000) rankCache.set(role, found);
  return found;
}

function affiliationOf(role: string | null): string | null {
  if (!role) return null;
  for (const w of role.split(/[\s’']+/)) {
    const a = NATIONALITIES[w.toLowerCase()];
    if (a) return a;
  }
  return null;
}

/** The canonical person of a group: the most widely used full spelling (or the curated one), its best-ranked role. */
export function personOf(g: Group, misspelled: Set<string>): Person {
  const variants = [...g.names.entries()].filter(([n]) => n.includes(' ') && !misspelled.has(n.toLowerCase()));
  variants.sort((a, b) => b[1].articles.size - a[1].articles.size || b[0].split(' ').length - a[0].split(' ').length || b[0].length - a[0].length || a[0].localeCompare(b[0]));
  const written = g.curated?.name ?? variants[0]?.[0] ?? g.key;
  const name = g.curated ? written : withInitialPeriods(g, written);
  const allRoles = g.sightings.map((s) => s.mention.role).filter((r): r is string => !!r);
  const roles = bestTwoRoles(allRoles.filter((r) => !/['’]s\b/.test(r)));
  if (roles.length === 0 && allRoles[0]) roles.push(allRoles[0]);
  // Someone every report names only as its reporter is no one it quotes: the role says so to the generator, over
  // the rank a photo credit gives ("Marine Corps Sgt. Aaron Hostutler" is a photographer, not a sergeant to offer).
  // A speaker's "Hi, Michelle." to the reporter who asked is a form of address, not a second sighting (blind-51).
  const isReporter = !g.curated && g.sightings.some((s) => s.isReporter)
    && g.sightings.every((s) => s.isReporter || s.fromHeadline || (s.mention.name.length === 1 && isGivenName(s.mention.name[0] as string)));
  const role = g.curated?.role ?? (isReporter ? REPORTER : roles[0] ?? null);
  const aliases = new Set<string>();
  for (const n of g.names.keys()) if (n !== name && n !== written) aliases.add(n);
  for (const s of g.sightings) if (s.mention.text && s.mention.text !== name) aliases.add(s.mention.text);
  for (const a of g.curated?.aliases ?? []) if (a !== name) aliases.add(a);
  return {
    id: slugify(written),
    name,
    aliases: [...aliases].sort(),
    role,
    affiliation: g.curated?.affiliation ?? affiliationOf(role) ?? affiliationOf(roles[1] ?? null),
  };
}

/** A middle initial's period, which name words leave out: "George W. Bush", not "George W Bush". */
export const INITIAL_PERIOD = /(?<= \p{Lu})\.(?= )/gu;

/** The canonical spelling as the text writes it, middle initials with their periods, when a sighting shows them. */
function withInitialPeriods(g: Group, name: string): string {
  if (!/ \p{Lu} /u.test(name)) return name;
  for (const s of g.sightings) {
    const text = s.mention.text;
    if (text !== name && text.replace(INITIAL_PERIOD, '') === name) return text;
  }
  return name;
}

/**
 * The first two roles of `roles` stably sorted by rank title first, then length (longest first): the
 * same two a sort gives, in one pass, since a person seen in many articles has a long list of roles.
 */
function bestTwoRoles(roles: string[]): string[] {
  const beats = (a: string, b: string) => {
    const ra = rankTitle(a) ? 1 : 0;
    const rb = rankTitle(b) ? 1 : 0;
    return ra !== rb ? ra > rb : a.length > b.length;
  };
  let best: string | undefined;
  let second: string | undefined;
  for (const r of roles) {
    if (best === undefined) best = r;
    else if (beats(r, best)) {
      second = best;
      best = r;
    } else if (second === undefined || beats(r, second)) second = r;
  }
  return [best, second].filter((r): r is string => r !== undefined);
}
