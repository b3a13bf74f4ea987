import { NATIONALITIES, RANK_TITLES } from './lexicon';
import type { Mention } from './mentions';
import type { Conflict, CuratedPerson, Person } from './types';
import { slugify, stableId } from './ids';

/** A person mention as the library step sees it. */
export interface NameSighting {
  articleId: string;
  mention: Mention;
}

/** Resolves the names written in articles to canonical people across the library. */
export interface PeopleIndex {
  people: Person[];
  /** The person a name mention refers to, or null when it cannot be told. */
  resolve(articleId: string, mention: Mention, allowNew: boolean): Person | null;
  /** Name and title disagreements between sources. */
  conflicts(): Conflict[];
}

/** Levenshtein distance, capped: enough to tell "Blinker" from "Blinken". */
export function editDistance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > cap) return cap + 1;
    prev = cur;
  }
  return prev[b.length] as number;
}

/** Whether two strings are at most one insertion, deletion or substitution apart: `editDistance(a, b, 1) <= 1` without the table. */
function withinOneEdit(a: string, b: string): boolean {
  if (a.length < b.length) [a, b] = [b, a];
  if (a.length - b.length > 1) return false;
  let i = 0;
  while (i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === b.length) return true; // equal, or a is b plus one final character
  // First difference at i: substitute (same length) or delete from the longer one.
  return a.length === b.length ? a.slice(i + 1) === b.slice(i + 1) : a.slice(i + 1) === b.slice(i);
}

/** Tony/Antony, Sergey/Sergei, J./John: first names that can belong to one person. */
function compatibleFirst(a: string, b: string): boolean {
  const x = a.toLowerCase().replace(/\.$/, '');
  const y = b.toLowerCase().replace(/\.$/, '');
  if (x === y) return true;
  if (x.length >= 3 && y.length >= 3 && (x.endsWith(y) || y.endsWith(x) || x.startsWith(y) || y.startsWith(x))) return true;
  if (x.length === 1 || y.length === 1) return x[0] === y[0];
  return x.length >= 4 && editDistance(x, y, 1) <= 1;
}

/** Nickname or initial: not a spelling disagreement worth reporting. */
function isNickname(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x === y || x.endsWith(y) || y.endsWith(x) || x.startsWith(y) || y.startsWith(x);
}

const RANK_RES = [...RANK_TITLES].sort((p, q) => q.length - p.length).map((t) => [t, new RegExp(`\\b${t}\\b`)] as const);

export function rankTitle(role: string | null): string | null {
  if (!role || /['’]s\b/.test(role)) return null;
  const r = role.toLowerCase().replace(/-/g, ' ');
  for (const [t, re] of RANK_RES) if (re.test(r)) return t;
  return null;
}

function affiliationOf(role: string | null): string | null {
  if (!role) return null;
  for (const w of role.split(/[\s’']+/)) {
    const a = NATIONALITIES[w.toLowerCase()];
    if (a) return a;
  }
  return null;
}

interface Group {
  key: string;
  names: Map<string, { articles: Set<string>; first: NameSighting }>;
  curated: CuratedPerson | null;
  sightings: NameSighting[];
  seen: Set<Mention>;
  /** Last and first words (lower case) of the full names in `names`, kept as names are added. */
  lasts: Set<string>;
  firsts: Set<string>;
  person?: Person;
}

/** "Jr", "III": what may follow a surname; the surname is the word before it ("Lloyd J. Austin III" → austin). */
const NAME_SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/i;
const lastTokenOf = (n: string) => {
  const words = n.split(' ');
  const last = words.length > 2 && NAME_SUFFIX.test(words[words.length - 1] as string) ? words[words.length - 2] : words[words.length - 1];
  return (last ?? '').toLowerCase();
};
const firstTokenOf = (n: string) => (n.split(' ')[0] ?? '').toLowerCase();

/**
 * Builds the canonical people of a library from every person mention, merging spelling variants
 * (Tony/Antony Blinken, Sergey/Sergei Lavrov, "Le Drian"/"Jean-Yves Le Drian") and, where a curated
 * list is given, known misspellings ("Pskov" → Dmitry Peskov).
 *
 * @example
 * const idx = buildPeople(sightings, []);
 * idx.resolve('003', mentionOfMrBlinken, false)?.name // 'Antony Blinken'
 */
export function buildPeople(sightings: NameSighting[], curated: CuratedPerson[]): PeopleIndex {
  const curatedBy = new Map<string, CuratedPerson>();
  for (const c of curated) {
    for (const n of [c.name, ...(c.aliases ?? []), ...(c.misspellings ?? [])]) curatedBy.set(n.toLowerCase(), c);
  }
  const misspelled = new Set(curated.flatMap((c) => (c.misspellings ?? []).map((m) => m.toLowerCase())));

  const groups: Group[] = [];
  const byName = new Map<string, Group>();
  /** Groups with a full name ending in a word: who a lone surname may stand for, without scanning every group. */
  const byLast = new Map<string, Group[]>();
  const newGroup = (key: string, cur: CuratedPerson | null): Group => {
    const g: Group = { key, names: new Map(), curated: cur, sightings: [], seen: new Set(), lasts: new Set(), firsts: new Set() };
    groups.push(g);
    return g;
  };
  const addName = (g: Group, s: NameSighting) => {
    const written = s.mention.name.join(' ');
    const entry = g.names.get(written) ?? { articles: new Set<string>(), first: s };
    entry.articles.add(s.articleId);
    if (!g.names.has(written) && written.includes(' ')) {
      const last = lastTokenOf(written);
      if (!g.lasts.has(last)) {
        g.lasts.add(last);
        const list = byLast.get(last);
        if (list) list.push(g);
        else byLast.set(last, [g]);
      }
      g.firsts.add(firstTokenOf(written));
    }
    g.names.set(written, entry);
    g.sightings.push(s);
    g.seen.add(s.mention);
    byName.set(written.toLowerCase(), g);
  };

  // Full names first, so that single surnames can be matched against them afterwards.
  const fulls = sightings.filter((s) => s.mention.name.length >= 2);
  for (const s of fulls) {
    const written = s.mention.name.join(' ');
    const known = byName.get(written.toLowerCase());
    if (known) {
      addName(known, s);
      continue;
    }
    const tokens = s.mention.name;
    const lastTok = lastTokenOf(written);
    let cur = curatedBy.get(written.toLowerCase()) ?? null;
    // "Volodymyr Belinsky": a curated misspelling of the surname with a matching first name.
    const bySurname = curatedBy.get(lastTok);
    if (!cur && bySurname && compatibleFirst(bySurname.name.split(' ')[0] ?? '', tokens[0] as string)) cur = bySurname;
    let target: Group | undefined;
    if (cur) target = groups.find((g) => g.curated === cur);
    if (!target) {
      target = groups.find((g) => {
        if (cur && g.curated && g.curated !== cur) return false;
        for (const other of g.names.keys()) {
          const ot = other.split(' ');
          const oLast = lastTokenOf(other);
          if (oLast !== lastTok) continue;
          const a = ot.join(' ').toLowerCase();
          const b = tokens.join(' ').toLowerCase();
          if (a.endsWith(` ${b}`) || b.endsWith(` ${a}`)) return true;
          if (ot.length >= 2 && tokens.length >= 2 && compatibleFirst(ot[0] as string, tokens[0] as string)) return true;
        }
        return false;
      });
    }
    addName(target ?? newGroup(written, cur), s);
  }

  const personOf = (g: Group): Person => {
    if (g.person) return g.person;
    const variants = [...g.names.entries()].filter(([n]) => n.includes(' ') && !misspelled.has(n.toLowerCase()));
    variants.sort((a, b) => b[1].articles.size - a[1].articles.size || b[0].split(' ').length - a[0].split(' ').length || b[0].length - a[0].length || a[0].localeCompare(b[0]));
    const name = g.curated?.name ?? variants[0]?.[0] ?? g.key;
    const allRoles = g.sightings.map((s) => s.mention.role).filter((r): r is string => !!r);
    const roles = allRoles.filter((r) => !/['’]s\b/.test(r));
    const ranked = new Map(roles.map((r) => [r, rankTitle(r) ? 1 : 0]));
    roles.sort((a, b) => (ranked.get(b) as number) - (ranked.get(a) as number) || b.length - a.length);
    if (roles.length === 0 && allRoles[0]) roles.push(allRoles[0]);
    const role = g.curated?.role ?? roles[0] ?? null;
    const aliases = new Set<string>();
    for (const n of g.names.keys()) if (n !== name) aliases.add(n);
    for (const s of g.sightings) {
      const t = s.mention.text;
      if (t && t !== name) aliases.add(t);
    }
    for (const a of g.curated?.aliases ?? []) if (a !== name) aliases.add(a);
    g.person = {
      id: slugify(name),
      name,
      aliases: [...aliases].sort(),
      role,
      affiliation: g.curated?.affiliation ?? affiliationOf(role) ?? affiliationOf(roles[1] ?? null),
    };
    return g.person;
  };

  const articleGroups = new Map<string, Group[]>();
  for (const g of groups) {
    for (const s of g.sightings) {
      const list = articleGroups.get(s.articleId) ?? [];
      if (!list.includes(g)) list.push(g);
      articleGroups.set(s.articleId, list);
    }
  }
  // Only how many groups match, and the group when it is one, matter to the callers.
  const groupsWithLast = (list: Group[], word: string) => list.filter((g) => g.lasts.has(word));
  const groupsWithFirst = (list: Group[], word: string) => list.filter((g) => g.firsts.has(word));

  const singles = new Map<string, Group>();
  const resolveSingle = (articleId: string, m: Mention, allowNew: boolean): Group | null => {
    const word = m.name.join(' ').toLowerCase();
    const local = articleGroups.get(articleId) ?? [];
    let hits = groupsWithLast(local, word);
    if (hits.length === 0) hits = groupsWithFirst(local, word);
    if (hits.length === 1) return hits[0] as Group;
    if (hits.length > 1) return null; // two people share the surname here: unsure, so nobody
    const cur = curatedBy.get(word);
    if (cur) {
      const g = groups.find((x) => x.curated === cur);
      if (g) return g;
    }
    hits = byLast.get(word) ?? [];
    if (hits.length === 1) return hits[0] as Group;
    if (hits.length > 1) return null;
    if (cur) return newGroup(cur.name, cur);
    if (word.length >= 5) {
      const near = groups.filter((g) => [...g.lasts].some((last) => withinOneEdit(last, word)));
      if (near.length === 1) return near[0] as Group;
    }
    const known = singles.get(word);
    if (known) return known;
    if (!allowNew) return null;
    const g = newGroup(m.name.join(' '), null);
    singles.set(word, g);
    return g;
  };

  const resolved = new WeakMap<Mention, Group | null>();
  const index: PeopleIndex = {
    people: [],
    resolve(articleId, mention, allowNew) {
      if (mention.kind !== 'person') return null;
      if (resolved.has(mention)) {
        const g = resolved.get(mention);
        if (g || !allowNew) return g ? personOf(g) : null;
      }
      let g: Group | null = null;
      if (mention.name.length >= 2) g = byName.get(mention.name.join(' ').toLowerCase()) ?? null;
      else g = resolveSingle(articleId, mention, allowNew);
      resolved.set(mention, g);
      if (!g) return null;
      if (!g.seen.has(mention)) addName(g, { articleId, mention });
      return personOf(g);
    },
    conflicts() {
      const out: Conflict[] = [];
      for (const g of groups) {
        if (!g.person) continue;
        const p = g.person;
        const canonLast = lastTokenOf(p.name);
        const canonFirst = firstTokenOf(p.name);
        const seen = new Map<string, NameSighting>();
        for (const s of g.sightings) {
          const written = s.mention.name.join(' ');
          const lower = written.toLowerCase();
          const last = lastTokenOf(written);
          const first = s.mention.name.length >= 2 ? firstTokenOf(written) : canonFirst;
          const canonTokens = p.name.toLowerCase().split(' ');
          const isSuffix = p.name.toLowerCase().endsWith(` ${lower}`) || (s.mention.name.length === 1 && canonTokens.includes(lower));
          const odd = misspelled.has(lower) || misspelled.has(last) || (!isSuffix && (last !== canonLast || !isNickname(first, canonFirst)));
          if (odd && !seen.has(lower)) seen.set(lower, s);
        }
        if (seen.size > 0) {
          const canonSighting = g.sightings.find((s) => s.mention.name.join(' ') === p.name || lastTokenOf(s.mention.name.join(' ')) === canonLast);
          const claims = [...seen.values()].map((s) => ({
            article: s.articleId, says: s.mention.name.join(' '), start: s.mention.nameStart, end: s.mention.nameEnd, factId: null,
          }));
          if (canonSighting) {
            claims.unshift({ article: canonSighting.articleId, says: canonSighting.mention.name.join(' '), start: canonSighting.mention.nameStart, end: canonSighting.mention.nameEnd, factId: null });
          }
          const about = `How ${p.name} is spelled${g.curated ? ' (curated spelling: ' + g.curated.name + ')' : ''}`;
          out.push({
            id: stableId('conflict', 'name', p.id, claims.map((c) => c.says).join('|')),
            kind: 'name',
            about,
            claims,
            ...(g.curated ? { reference: g.curated.name } : {}),
          });
        }
        // Titles: two sources give one person different ranks ("Vice President" vs "President").
        const ranks = new Map<string, NameSighting>();
        for (const s of g.sightings) {
          const r = rankTitle(s.mention.role);
          if (r && !ranks.has(r)) ranks.set(r, s);
        }
        const curatedRank = rankTitle(g.curated?.role ?? null);
        const contradicts = ranks.size > 1 || (curatedRank !== null && [...ranks.keys()].some((r) => r !== curatedRank));
        if (contradicts) {
          out.push({
            id: stableId('conflict', 'title', p.id, [...ranks.keys()].join('|')),
            kind: 'title',
            about: `${p.name}'s title${curatedRank ? ` (the curated list says ${g.curated?.role})` : ''}`,
            claims: [...ranks.values()].map((s) => ({
              article: s.articleId, says: `${s.mention.role} ${s.mention.name.join(' ')}`, start: s.mention.start, end: s.mention.nameEnd, factId: null,
            })),
            ...(curatedRank && g.curated?.role ? { reference: g.curated.role } : {}),
          });
        }
      }
      return out;
    },
  };
  // Aliases and roles grow as mentions are resolved, so the list is rebuilt when read.
  Object.defineProperty(index, 'people', {
    get: () =>
      groups
        .filter((g) => g.person || [...g.names.keys()].some((n) => n.includes(' ')))
        .map((g) => {
          g.person = undefined;
          return personOf(g);
        }),
  });
  return index;
}
