/**
 * The library-wide view every question builder needs: articles by id, facts in a canonical order,
 * the alias index, clusters and conflicts by fact, and which facts may be taught as plain truth.
 */
import type {
  ArticleInput, Cluster, Conflict, Fact, FactBase, Figure, LibraryFacts, Meeting, Quote,
} from '@/lib/extract/types';
import { buildPeopleIndex, type PeopleIndex } from './people';
import { normalise } from './text';
import { memoByObject } from './memo';

/** Conflicts two reports must share before one is treated as a garbled copy of the other. */
const DERIVATIVE_MIN_CONFLICTS = 2;

export interface GenerateContext {
  seed: string;
  articles: Map<string, ArticleInput>;
  quotes: Quote[];
  meetings: Meeting[];
  figures: Figure[];
  factById: Map<string, Fact>;
  people: PeopleIndex;
  /** Facts reported as the same fact in other articles (cluster mates), excluding the fact itself. */
  siblings(fact: FactBase): Fact[];
  /** Every report of the same fact, the fact itself included (a shared array: do not mutate). */
  reportsOf(fact: FactBase): Fact[];
  /** Conflicts the fact takes part in. */
  conflictsOf(fact: FactBase): Conflict[];
  /** Whether the fact may be asked as plain truth (see isTrusted). */
  isTrusted(fact: FactBase): boolean;
  conflicts: Conflict[];
  /**
   * How often an article's side of its conflicts is echoed by a third article (proper names, places,
   * dates only: common words prove nothing). A rewrite that swaps names scores below its original.
   */
  corroboration(articleId: string): number;
  /** Positive when report `a` is more reliable than `b` (fewer sources contradict it, more echo it), 0 when undecided. */
  compareReliability(a: string, b: string): number;
  /** Whether the article is the less corroborated of two reports that disagree repeatedly (a garbled copy). */
  isDerivative(articleId: string): boolean;
}

const SUBJECT_STOP = new Set([
  'that', 'this', 'with', 'from', 'have', 'were', 'will', 'would', 'their', 'they', 'said', 'says', 'after', 'before',
  'which', 'there', 'about', 'been', 'also', 'into', 'over', 'when', 'where', 'what', 'week', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'last', 'next', 'today', 'meeting', 'meetings', 'talks',
]);

/** Words of substance two claims must share, and the share of all their words (a city and a continent are not enough). */
const MIN_SHARED_SUBJECT = 3;
const MIN_SUBJECT_OVERLAP = 0.12;

function subjectWords(text: string): Set<string> {
  return new Set(normalise(text).split(' ').filter((w) => w.length >= 4 && !SUBJECT_STOP.has(w) && !/^\d/.test(w)));
}

/**
 * Whether every pair of claims in a conflict speaks of the same thing: their sentences share words of
 * substance (beyond meeting words, days and what the claims themselves say), enough of them to be one event.
 */
function sameSubject(c: Conflict, articles: Map<string, ArticleInput>): boolean {
  // What a claim says is the disagreement itself (a day, a place), except for a quotation's wording, which is its subject.
  const said = new Set(c.kind === 'wording' ? [] : c.claims.flatMap((cl) => normalise(cl.says).split(' ')));
  const words = c.claims.map((cl) => {
    const body = articles.get(cl.article)?.body ?? '';
    const from = Math.max(0, body.lastIndexOf('.', cl.start) + 1);
    const to = body.indexOf('.', cl.end);
    return new Set([...subjectWords(body.slice(from, to < 0 ? body.length : to))].filter((w) => !said.has(w)));
  });
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j < words.length; j++) {
      if (c.claims[i]?.article === c.claims[j]?.article) continue;
      const a = words[i] ?? new Set<string>();
      const b = words[j] ?? new Set<string>();
      const shared = [...a].filter((w) => b.has(w)).length;
      if (shared < MIN_SHARED_SUBJECT || shared / (a.size + b.size - shared || 1) < MIN_SUBJECT_OVERLAP) return false;
    }
  }
  return true;
}

/**
 * How reliable each report is: how often a third article echoes its side of a conflict, and which
 * reports are garbled copies (the less reliable of two that disagree at least twice). A garbled copy
 * disagrees with every other source; an original disagrees only with its copy.
 */
function reliabilityOf(conflicts: Conflict[], articleMap: Map<string, ArticleInput>) {
  // Which articles contain a claim's words; claims repeat across copies, so memoise by text.
  const sayers = new Map<string, string[]>();
  let normalisedBodies: [string, string][] | null = null;
  const articlesSaying = (says: string) => {
    const key = normalise(says);
    let hit = sayers.get(key);
    if (!hit) {
      normalisedBodies ??= [...articleMap.values()].map((a) => [a.id, ` ${normalise(a.body)} `]);
      hit = key ? normalisedBodies.filter(([, body]) => body.includes(` ${key} `)).map(([id]) => id) : [];
      sayers.set(key, hit);
    }
    return hit;
  };
  const scores = new Map<string, number>();
  const pairConflicts = new Map<string, number>();
  for (const c of conflicts) {
    const parties = [...new Set(c.claims.map((cl) => cl.article))].sort();
    for (const cl of c.claims) {
      const named = /^[A-Z0-9]/.test(cl.says.trim());
      const echoed = named && articlesSaying(cl.says).some((a) => !parties.includes(a));
      scores.set(cl.article, (scores.get(cl.article) ?? 0) + (echoed ? 1 : 0));
    }
    for (let i = 0; i < parties.length; i++) {
      for (let j = i + 1; j < parties.length; j++) {
        const key = `${parties[i]}\u0000${parties[j]}`;
        pairConflicts.set(key, (pairConflicts.get(key) ?? 0) + 1);
      }
    }
  }
  const corroboration = (articleId: string) => scores.get(articleId) ?? 0;
  const partners = new Map<string, Set<string>>();
  for (const key of pairConflicts.keys()) {
    const [a, b] = key.split('\u0000') as [string, string];
    partners.set(a, (partners.get(a) ?? new Set()).add(b));
    partners.set(b, (partners.get(b) ?? new Set()).add(a));
  }
  /** Positive when `a` is the more reliable report of the two. */
  const compareReliability = (a: string, b: string) =>
    (partners.get(b)?.size ?? 0) - (partners.get(a)?.size ?? 0) || corroboration(a) - corroboration(b);
  const derivative = new Set<string>();
  for (const [key, n] of pairConflicts) {
    if (n < DERIVATIVE_MIN_CONFLICTS) continue;
    const [a, b] = key.split('\u0000') as [string, string];
    const cmp = compareReliability(a, b);
    if (cmp > 0) derivative.add(b);
    else if (cmp < 0) derivative.add(a);
  }
  return { corroboration, compareReliability, derivative };
}

interface TrustInputs {
  factById: Map<string, Fact>;
  derivative: Set<string>;
  /** Conflicts left out as no disagreement (two meetings sharing a city). */
  dismissed: Set<string>;
  conflictById: Map<string, Conflict>;
  conflictsOf: (fact: FactBase) => Conflict[];
}

/** Whether a claim says what this fact says (the same speaker, or the same words give or take a lead-in). */
function agrees(f: Fact | undefined, says: string): boolean {
  if (!f || f.kind !== 'quote') return false;
  const a = normalise(says);
  const b = normalise(f.text);
  return (!!f.speaker && normalise(f.speaker) === a) || (!!a && !!b && (a.includes(b) || b.includes(a)));
}

/**
 * A fact that takes part in a conflict is plain truth only when an article that is not itself a
 * party to that conflict supports it; otherwise it is asked only as a source check. A disagreement
 * only with a garbled copy, or with nobody but reports that say what this fact says, leaves it standing.
 */
function trusted(fact: FactBase, t: TrustInputs): boolean {
  // A garbled copy teaches nothing on its own word: only what another article also reports.
  if (t.derivative.has(fact.articleId) && !fact.supportedBy.some((a) => !t.derivative.has(a))) return false;
  const all = t.conflictsOf(fact);
  const self = t.factById.get(fact.id);
  const mine = t.derivative.has(fact.articleId)
    ? all
    : all.filter((c) => c.claims.some((cl) => cl.article !== fact.articleId && !t.derivative.has(cl.article) && !agrees(self, cl.says)));
  const unknown = fact.conflictIds.filter((id) => !t.dismissed.has(id) && !t.conflictById.has(id));
  if (mine.length === 0 && (unknown.length === 0 || all.length > 0)) return true;
  const parties = new Set(mine.flatMap((c) => c.claims.map((cl) => cl.article)));
  parties.add(fact.articleId);
  return fact.supportedBy.some((a) => !parties.has(a));
}

/**
 * A list of facts (ctx.quotes, ctx.figures …) grouped by article, computed once per list.
 *
 * @example
 * factsOfArticle(ctx.figures, '003_7dd9c39fcf2f66b9').map((f) => f.raw); // → ['13,000', '8,500', 'eight']
 */
export function factsOfArticle<T extends FactBase>(facts: readonly T[], articleId: string): T[] {
  return (factsByArticle(facts).get(articleId) ?? []) as T[];
}

const factsByArticle = memoByObject((facts: readonly FactBase[]): Map<string, FactBase[]> => {
  const map = new Map<string, FactBase[]>();
  for (const f of facts) {
    const list = map.get(f.articleId);
    if (list) list.push(f);
    else map.set(f.articleId, [f]);
  }
  return map;
});

/** Sorts by a string key computed once per item. */
function sortedBy<T>(xs: T[], key: (x: T) => string): T[] {
  return xs
    .map((x) => ({ x, k: key(x) }))
    .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0))
    .map(({ x }) => x);
}

/** Canonical fact order: article, position, id — independent of the order the extractor produced. */
function factOrder(f: Quote | Meeting | Figure): string {
  return `${f.articleId}\u0000${String(f.sentence.start).padStart(9, '0')}\u0000${f.id}`;
}

/**
 * Builds the context. Everything is sorted by content-derived keys so that the bank does not
 * depend on the order articles or facts arrived in.
 *
 * @example
 * const ctx = buildContext(facts, articles, 'cited');
 * ctx.isTrusted(ctx.quotes[0]!);
 */
export function buildContext(facts: LibraryFacts, articles: readonly ArticleInput[], seed: string): GenerateContext {
  const articleMap = new Map<string, ArticleInput>();
  for (const a of sortedBy([...articles], (x) => x.id)) articleMap.set(a.id, a);
  // Facts whose article text we do not have cannot be cited, so they are left out.
  const known = <T extends FactBase>(xs: T[]) => xs.filter((x) => articleMap.has(x.articleId));
  const quotes = sortedBy(known(facts.articles.flatMap((a) => a.quotes)), factOrder);
  const meetings = sortedBy(known(facts.articles.flatMap((a) => a.meetings)), factOrder);
  const figures = sortedBy(known(facts.articles.flatMap((a) => a.figures)), factOrder);
  const factById = new Map<string, Fact>();
  for (const f of [...quotes, ...meetings, ...figures]) factById.set(f.id, f);

  // A fact may sit in several clusters; its siblings are the union.
  const clustersByFact = new Map<string, Cluster[]>();
  for (const c of sortedBy([...facts.clusters], (x) => x.id)) {
    for (const id of c.factIds) clustersByFact.set(id, [...(clustersByFact.get(id) ?? []), c]);
  }
  // A "conflict" between two unrelated meetings that share a city is no disagreement: kept only when the
  // reports' sentences are about the same thing (or the conflict concerns one name across the library).
  const conflicts = sortedBy(facts.conflicts.filter((c) => c.kind === 'name' || c.kind === 'title' || sameSubject(c, articleMap)), (x) => x.id);
  const dismissed = new Set(facts.conflicts.filter((c) => !conflicts.includes(c)).map((c) => c.id));
  const conflictById = new Map(conflicts.map((c) => [c.id, c]));
  const conflictsByFact = new Map<string, Conflict[]>();
  for (const c of conflicts) {
    for (const claim of c.claims) {
      if (!claim.factId) continue;
      const list = conflictsByFact.get(claim.factId) ?? [];
      if (!list.includes(c)) list.push(c);
      conflictsByFact.set(claim.factId, list);
    }
  }

  function conflictsOf(fact: FactBase): Conflict[] {
    const fromIds = fact.conflictIds.map((id) => conflictById.get(id)).filter((c): c is Conflict => !!c);
    const fromClaims = conflictsByFact.get(fact.id) ?? [];
    return [...new Set([...fromIds, ...fromClaims])];
  }

  // Facts in the same clusters share one array (a fact sits in one group per set of clusters),
  // so a library of copies does not rebuild the same 600-fact list for every member.
  const groupCache = new Map<string, Fact[]>();
  function reportsOf(fact: FactBase): Fact[] {
    const cs = clustersByFact.get(fact.id);
    if (!cs) return [];
    const key = cs.map((c) => c.id).join('\u0000');
    let group = groupCache.get(key);
    if (!group) {
      const ids = new Set(cs.flatMap((c) => c.factIds));
      group = [...ids].map((id) => factById.get(id)).filter((f): f is Fact => !!f);
      groupCache.set(key, group);
    }
    return group;
  }

  function siblings(fact: FactBase): Fact[] {
    return reportsOf(fact).filter((f) => f.id !== fact.id);
  }

  const { corroboration, compareReliability, derivative } = reliabilityOf(conflicts, articleMap);
  const isDerivative = (articleId: string) => derivative.has(articleId);

  const isTrusted = (fact: FactBase) => trusted(fact, { factById, derivative, dismissed, conflictById, conflictsOf });

  return {
    seed,
    articles: articleMap,
    quotes,
    meetings,
    figures,
    factById,
    people: buildPeopleIndex(facts.people),
    siblings,
    reportsOf,
    conflictsOf,
    isTrusted,
    conflicts,
    corroboration,
    compareReliability,
    isDerivative,
  };
}
