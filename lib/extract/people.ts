import { NATIONALITIES, RANK_TITLES } from './lexicon';
import type { Mention } from './mentions';
import type { Conflict, CuratedPerson, Person } from './types';
import { slugify, stableId } from './ids';
import { roleWords } from './attribution/roles';
import { withinOneEdit } from '@/lib/text/within-one-edit';
import { REPORTER } from './reporter-mentions';
import { givenNameGender } from './given-name-gender';

/** A person mention as the library step sees it. */
export interface NameSighting {
  articleId: string;
  mention: Mention;
  /**
   * For a lone capitalised word ("Hicks"): the article shows it is a person (it speaks, carries a title
   * or a courtesy title, or is given as a name), so it may stand for someone the article never names in full.
   */
  isPersonEvidence?: boolean;
  /** Read from the headline: offsets are the headline's, so it names a person but is no source to quote in a conflict. */
  fromHeadline?: boolean;
  /** Written as the report's own reporter ("Jim Teeple reports …", "Reporting by …"): see reporter-mentions.ts. */
  isReporter?: boolean;
}

/**
 * The canonical people of a library, built whole from every name mention before any attribution
 * starts, and read-only after: the order in which later stages ask never changes an answer.
 */
export interface PeopleIndex {
  readonly people: Person[];
  /** The person a name mention refers to, or null when it cannot be told (two people share the surname, or no evidence). */
  resolve(articleId: string, mention: Mention): Person | null;
  /** Name and title disagreements between sources. */
  conflicts(): Conflict[];
}

/** Tony/Antony, Sergey/Sergei, J./John: first names that can belong to one person. */
function compatibleFirst(a: string, b: string): boolean {
  const x = a.toLowerCase().replace(/\.$/, '');
  const y = b.toLowerCase().replace(/\.$/, '');
  if (x === y) return true;
  if (x.length >= 3 && y.length >= 3 && (x.endsWith(y) || y.endsWith(x) || x.startsWith(y) || y.startsWith(x))) return true;
  if (x.length === 1 || y.length === 1) return x[0] === y[0];
  return x.length >= 4 && withinOneEdit(x, y);
}

/** Nickname or initial: not a spelling disagreement worth reporting. */
function isNickname(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x === y || x.endsWith(y) || y.endsWith(x) || x.startsWith(y) || y.startsWith(x);
}

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

interface Group {
  key: string;
  names: Map<string, { articles: Set<string>; first: NameSighting }>;
  curated: CuratedPerson | null;
  sightings: NameSighting[];
  /** Last and first words (lower case) of the full names in `names`. */
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
const suffixOf = (n: string): string | null => {
  const last = n.split(' ').pop() ?? '';
  return NAME_SUFFIX.test(last) ? last.toLowerCase().replace(/\.$/, '') : null;
};
const firstTokenOf = (n: string) => (n.split(' ')[0] ?? '').toLowerCase();
/** The name as written; a lone word (most sightings) is itself, without a join. */
const writtenName = (m: Mention) => (m.name.length === 1 ? (m.name[0] as string) : m.name.join(' '));

/**
 * Builds the canonical people of a library from every person mention, merging spelling variants
 * (Tony/Antony Blinken, Sergey/Sergei Lavrov, "Le Drian"/"Jean-Yves Le Drian") and, where a curated
 * list is given, known misspellings ("Pskov" → Dmitry Peskov). Every mention is resolved here, once.
 *
 * @example
 * const idx = buildPeople(sightings, []);
 * idx.resolve('003', mentionOfMrBlinken)?.name // 'Antony Blinken'
 */
export function buildPeople(sightings: NameSighting[], curated: CuratedPerson[]): PeopleIndex {
  const registry = new Registry(curated);
  for (const s of sightings) if (s.mention.name.length >= 2) registry.addFullName(s);
  const singles = sightings.filter((s) => s.mention.name.length === 1);
  // Lone words with evidence first, so that the others find them whichever comes first in the text.
  for (const s of singles) if (s.isPersonEvidence) registry.resolveSingle(s, true);
  for (const s of singles) if (!s.isPersonEvidence) registry.resolveSingle(s, false);
  registry.freeze();
  return {
    people: registry.people(),
    resolve: (articleId, mention) => registry.lookup(articleId, mention),
    conflicts: () => peopleConflicts(registry.groups, registry.misspelled),
  };
}

class Registry {
  readonly groups: Group[] = [];
  readonly misspelled: Set<string>;
  private readonly curatedBy = new Map<string, CuratedPerson>();
  private readonly byName = new Map<string, Group>();
  /** Full names by their letters alone: one name written with a hyphen or accents in one report and not in another. */
  private readonly bySlug = new Map<string, Group>();
  /** Groups with a full name ending in a word: who a lone surname may stand for, without scanning every group. */
  private readonly byLast = new Map<string, Group[]>();
  private readonly articleGroups = new Map<string, Group[]>();
  private readonly singles = new Map<string, Group>();
  private readonly resolved = new Map<Mention, Group | null>();
  private frozen = false;

  constructor(curated: CuratedPerson[]) {
    for (const c of curated) for (const n of [c.name, ...(c.aliases ?? []), ...(c.misspellings ?? [])]) this.curatedBy.set(n.toLowerCase(), c);
    this.misspelled = new Set(curated.flatMap((c) => (c.misspellings ?? []).map((m) => m.toLowerCase())));
  }

  private newGroup(key: string, cur: CuratedPerson | null): Group {
    const g: Group = { key, names: new Map(), curated: cur, sightings: [], lasts: new Set(), firsts: new Set() };
    this.groups.push(g);
    return g;
  }

  /** `written` and `lower`: the mention's name as written and in lower case, when the caller has them. */
  private addName(g: Group, s: NameSighting, written = writtenName(s.mention), lower = written.toLowerCase()): void {
    const entry = g.names.get(written) ?? { articles: new Set<string>(), first: s };
    entry.articles.add(s.articleId);
    if (!g.names.has(written) && written.includes(' ')) {
      const last = lastTokenOf(written);
      if (!g.lasts.has(last)) {
        g.lasts.add(last);
        const list = this.byLast.get(last);
        if (list) list.push(g);
        else this.byLast.set(last, [g]);
      }
      g.firsts.add(firstTokenOf(written));
      const slug = slugify(written);
      if (!this.bySlug.has(slug)) this.bySlug.set(slug, g);
    }
    g.names.set(written, entry);
    g.sightings.push(s);
    this.byName.set(lower, g);
    const local = this.articleGroups.get(s.articleId);
    if (!local) this.articleGroups.set(s.articleId, [g]);
    else if (!local.includes(g)) local.push(g);
    this.resolved.set(s.mention, g);
  }

  /** A full name: the group of the same spelling, of a compatible variant, or a new one. */
  addFullName(s: NameSighting): void {
    const written = writtenName(s.mention);
    const lower = written.toLowerCase();
    const known = this.byName.get(lower);
    if (known) return this.addName(known, s, written, lower);
    const tokens = s.mention.name;
    const lastTok = lastTokenOf(written);
    let cur = this.curatedBy.get(lower) ?? null;
    // "Volodymyr Belinsky": a curated misspelling of the surname with a matching first name.
    const bySurname = this.curatedBy.get(lastTok);
    if (!cur && bySurname && compatibleFirst(bySurname.name.split(' ')[0] ?? '', tokens[0] as string)) cur = bySurname;
    // "Kim Jong-un" and "Kim Jong Un", "Recep Tayyip Erdoğan" and "Recep Tayyip Erdogan": one name, one person.
    const sameLetters = this.bySlug.get(slugify(written));
    const fitsCurated = (g: Group) => !(cur && g.curated && g.curated !== cur);
    const target = (cur ? this.groups.find((g) => g.curated === cur) : undefined) ??
      (sameLetters && fitsCurated(sameLetters) ? sameLetters : undefined) ?? this.groups.find((g) => {
      if (!fitsCurated(g)) return false;
      for (const other of g.names.keys()) {
        if (lastTokenOf(other) !== lastTok) continue;
        // "Lester Parks Sr." and "Lester Parks Jr.": father and son, never one person.
        if (suffixOf(other) !== suffixOf(written) && suffixOf(other) !== null && suffixOf(written) !== null) continue;
        const a = other.toLowerCase();
        const b = lower;
        if (a.endsWith(` ${b}`) || b.endsWith(` ${a}`)) return true;
        const ot = other.split(' ');
        if (ot.length >= 2 && tokens.length >= 2 && compatibleFirst(ot[0] as string, tokens[0] as string)) return true;
      }
      return false;
    });
    this.addName(target ?? this.newGroup(written, cur), s, written, lower);
  }

  /** A lone word: the one person of its article with that surname or first name, else of the library, else (with evidence) a new one. */
  resolveSingle(s: NameSighting, allowNew: boolean): void {
    const g = this.findSingle(s.articleId, s.mention, allowNew);
    if (g) this.addName(g, s);
    else this.resolved.set(s.mention, null);
  }

  private findSingle(articleId: string, m: Mention, allowNew: boolean): Group | null {
    const word = writtenName(m).toLowerCase();
    const local = this.articleGroups.get(articleId) ?? [];
    let hits = local.filter((g) => g.lasts.has(word));
    if (hits.length === 0) hits = local.filter((g) => g.firsts.has(word));
    // "President Bush … Mr. Bush": a lone name this article has already given to someone means them again.
    if (hits.length === 0) hits = local.filter((g) => g.names.get(writtenName(m))?.articles.has(articleId) === true);
    if (hits.length === 1) return hits[0] as Group;
    // Two people share the surname here: the title tells them apart ("Lieutenant Parks", "Sergeant Parks"), else nobody.
    if (hits.length > 1) return telling(hits, m);
    const cur = this.curatedBy.get(word);
    const curatedGroup = cur ? this.groups.find((x) => x.curated === cur) : undefined;
    if (curatedGroup) return curatedGroup;
    hits = this.byLast.get(word) ?? [];
    if (hits.length === 1) return hits[0] as Group;
    // "envoy Mitchell" in a story that never writes his given name: the one Mitchell of the library who holds that title.
    if (hits.length > 1) return telling(hits, m);
    if (cur && allowNew && !this.frozen) return this.newGroup(cur.name, cur);
    if (word.length >= 5) {
      // "Mr. Rassumen" in a story about Anders Fogh Rasmussen: a slip of the pen, told against this article's people
      // first (letters swapped or dropped), then the library's (one edit).
      const near = slipTarget(local, word, true) ?? slipTarget(this.groups, word, false);
      if (near) return near;
    }
    const known = this.singles.get(word);
    if (known || !allowNew || this.frozen) return known ?? null;
    const g = this.newGroup(writtenName(m), null);
    this.singles.set(word, g);
    return g;
  }

  freeze(): void {
    this.frozen = true;
    for (const g of this.groups) g.person = personOf(g, this.misspelled);
  }

  /** Read-only: a mention seen while building gets its recorded answer; any other is looked up without changing anything. */
  lookup(articleId: string, m: Mention): Person | null {
    if (m.kind !== 'person') return null;
    const recorded = this.resolved.get(m);
    const g = recorded !== undefined ? recorded : m.name.length >= 2 ? this.byName.get(writtenName(m).toLowerCase()) : this.findSingle(articleId, m, false);
    return g?.person ?? null;
  }

  people(): Person[] {
    return this.groups.filter((g) => g.person !== undefined).map((g) => g.person as Person);
  }
}

/** The one group with a surname that `word` misspells, or null (none, or two could be meant). */
function slipTarget(groups: Group[], word: string, isLocal: boolean): Group | null {
  const near = groups.filter((g) => [...g.lasts].some((last) => isSlipOf(last, word, isLocal)));
  return near.length === 1 ? (near[0] as Group) : null;
}

/**
 * Whether `word` reads as a misspelling of the surname `last`. A slip keeps the first letter: "Price" is not
 * "Rice" (another name, one letter apart). Within the article, where the person has just been named, letters
 * swapped with one dropped or doubled ("Rassumen" for Rasmussen) are a slip too when the first two letters
 * hold; across the library only one edit is.
 */
function isSlipOf(last: string, word: string, isLocal: boolean): boolean {
  if (last[0] !== word[0]) return false;
  if (withinOneEdit(last, word)) return true;
  return isLocal && word.length >= 6 && last[1] === word[1] && Math.abs(last.length - word.length) <= 1 && lettersApart(last, word) <= 1;
}

/** How many letters one word has that the other lacks, counted on the side with more ("rasmussen"/"rassumen" → 1). */
function lettersApart(a: string, b: string): number {
  const counts = new Map<string, number>();
  for (const c of a) counts.set(c, (counts.get(c) ?? 0) + 1);
  for (const c of b) counts.set(c, (counts.get(c) ?? 0) - 1);
  let extraA = 0;
  let extraB = 0;
  for (const n of counts.values()) {
    if (n > 0) extraA += n;
    else extraB -= n;
  }
  return Math.max(extraA, extraB);
}

/** Of several people sharing a surname, the one the mention's title or courtesy title tells apart, or null. */
function telling(groups: Group[], m: Mention): Group | null {
  return byTitle(groups, m) ?? byHonorific(groups, m);
}

/** Of several people sharing a surname, the one whose titles hold the title written before it, if exactly one does. */
function byTitle(groups: Group[], m: Mention): Group | null {
  const head = m.role ? roleWords(m.role).at(-1) : undefined;
  if (!head) return null;
  const matching = groups.filter((g) => g.sightings.some((s) => s.mention.role !== null && s.mention.name.length >= 2 && roleWords(s.mention.role).includes(head)));
  return matching.length === 1 ? (matching[0] as Group) : null;
}

/**
 * Of several people sharing a surname, the one a courtesy title can mean: "Mr. Bush" in a story that
 * also names "First Lady Laura Bush" is the one man, when every other namesake is shown a woman (a
 * "Ms"/"Mrs" sighting, or a given name only women bear), and the other way round.
 */
function byHonorific(groups: Group[], m: Mention): Group | null {
  if (!m.gender) return null;
  const matching = groups.filter((g) => groupGender(g) !== (m.gender === 'm' ? 'f' : 'm'));
  return matching.length === 1 ? (matching[0] as Group) : null;
}

/** A group's gender when its sightings show one and only one: a courtesy title, else a given name of one list. */
function groupGender(g: Group): 'm' | 'f' | null {
  const seen = new Set<'m' | 'f'>();
  for (const s of g.sightings) {
    const { gender, name } = s.mention;
    if (gender) seen.add(gender);
    else for (const w of name.slice(0, -1)) {
      const given = givenNameGender(w);
      if (given) seen.add(given);
    }
  }
  return seen.size === 1 ? ([...seen][0] as 'm' | 'f') : null;
}

/** The canonical person of a group: the most widely used full spelling (or the curated one), its best-ranked role. */
function personOf(g: Group, misspelled: Set<string>): Person {
  const variants = [...g.names.entries()].filter(([n]) => n.includes(' ') && !misspelled.has(n.toLowerCase()));
  variants.sort((a, b) => b[1].articles.size - a[1].articles.size || b[0].split(' ').length - a[0].split(' ').length || b[0].length - a[0].length || a[0].localeCompare(b[0]));
  const written = g.curated?.name ?? variants[0]?.[0] ?? g.key;
  const name = g.curated ? written : withInitialPeriods(g, written);
  const allRoles = g.sightings.map((s) => s.mention.role).filter((r): r is string => !!r);
  const roles = bestTwoRoles(allRoles.filter((r) => !/['’]s\b/.test(r)));
  if (roles.length === 0 && allRoles[0]) roles.push(allRoles[0]);
  // Someone every report names only as its reporter is no one it quotes: the role says so to the generator, over
  // the rank a photo credit gives ("Marine Corps Sgt. Aaron Hostutler" is a photographer, not a sergeant to offer).
  const isReporter = !g.curated && g.sightings.some((s) => s.isReporter) && g.sightings.every((s) => s.isReporter || s.fromHeadline);
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
const INITIAL_PERIOD = /(?<= \p{Lu})\.(?= )/gu;

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

/** Name and title disagreements between the sources of each person. */
function peopleConflicts(groups: Group[], misspelled: Set<string>): Conflict[] {
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
