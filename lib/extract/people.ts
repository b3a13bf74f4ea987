import type { Mention } from './mentions';
import type { Conflict, CuratedPerson, Person } from './types';
import { slugify } from './ids';
import { personOf } from './canonical-person';
import { compatibleFirst, firstTokenOf, lastTokenOf, suffixOf, writtenName } from './name-variants';
import { isQuotedStranger, slipTarget, telling } from './namesakes';
import { peopleConflicts } from './people-conflicts';
import type { Group, NameSighting } from './person-groups';

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
    const g = this.findSingle(s.articleId, s.mention, allowNew, s.courtesy);
    if (g) this.addName(g, s);
    else this.resolved.set(s.mention, null);
  }

  private findSingle(articleId: string, m: Mention, allowNew: boolean, courtesy?: string): Group | null {
    const word = writtenName(m).toLowerCase();
    const local = this.articleGroups.get(articleId) ?? [];
    // The tests of a candidate are written inline, not as named closures: under tsx's keepNames each named
    // closure is renamed by a property definition every time it is made, and this runs for every lone name.
    let hits = local.filter((g) => g.lasts.has(word) && !isQuotedStranger(g, m, courtesy, articleId));
    if (hits.length === 0) hits = local.filter((g) => g.firsts.has(word) && !isQuotedStranger(g, m, courtesy, articleId));
    // "President Bush … Mr. Bush": a lone name this article has already given to someone means them again.
    if (hits.length === 0) hits = local.filter((g) => g.names.get(writtenName(m))?.articles.has(articleId) === true && !isQuotedStranger(g, m, courtesy, articleId));
    if (hits.length === 1) return hits[0] as Group;
    // Two people share the surname here: the title tells them apart ("Lieutenant Parks", "Sergeant Parks"), else nobody.
    if (hits.length > 1) return telling(hits, m);
    const cur = this.curatedBy.get(word);
    const curatedGroup = cur ? this.groups.find((x) => x.curated === cur) : undefined;
    if (curatedGroup) return curatedGroup;
    hits = (this.byLast.get(word) ?? []).filter((g) => !isQuotedStranger(g, m, courtesy));
    if (hits.length === 1) return hits[0] as Group;
    // "envoy Mitchell" in a story that never writes his given name: the one Mitchell of the library who holds that title.
    if (hits.length > 1) return telling(hits, m);
    if (cur && allowNew && !this.frozen) return this.newGroup(cur.name, cur);
    if (word.length >= 5) {
      // "Mr. Rassumen" in a story about Anders Fogh Rasmussen: a slip of the pen, told against this article's people
      // first (letters swapped or dropped), then the library's (one edit).
      const near = slipTarget(local.filter((g) => !isQuotedStranger(g, m, courtesy, articleId)), word, true) ??
        slipTarget(this.groups, word, false, (g) => !isQuotedStranger(g, m, courtesy));
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
