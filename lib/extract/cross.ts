import { normalizeWords, stableId } from './ids';
import type { ArticleFacts, Cluster, Conflict, Fact, Figure, Meeting, Quote } from './types';

const STANDBY = new Set(['on standby', 'on alert']);

function jaccard(a: Set<string>, b: Set<string>): { j: number; contain: number } {
  let inter = 0;
  for (const w of a) if (b.has(w)) inter++;
  const union = a.size + b.size - inter;
  return { j: union ? inter / union : 0, contain: Math.min(a.size, b.size) ? inter / Math.min(a.size, b.size) : 0 };
}

/**
 * Union-find over facts. `keys` puts facts in buckets (only facts sharing a bucket are compared) and
 * `exact` collapses identical facts first, so a library of repeated articles stays near-linear.
 */
function groupBy<T extends Fact>(facts: T[], same: (a: T, b: T) => boolean, keys: (f: T) => string[], exact: (f: T) => string): T[][] {
  const parent = facts.map((_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] as number;
    while (parent[i] !== r) {
      const n = parent[i] as number;
      parent[i] = r;
      i = n;
    }
    return r;
  };
  const reps = new Map<string, number>();
  const repList: number[] = [];
  facts.forEach((f, i) => {
    const k = exact(f);
    const r = reps.get(k);
    if (r === undefined) {
      reps.set(k, i);
      repList.push(i);
    } else parent[find(i)] = find(r);
  });
  const buckets = new Map<string, number[]>();
  for (const i of repList) {
    const a = facts[i] as T;
    const compared = new Set<number>();
    for (const key of keys(a)) {
      const bucket = buckets.get(key) ?? [];
      for (const j of bucket) {
        if (compared.has(j)) continue;
        compared.add(j);
        if (find(i) === find(j)) continue;
        if (same(a, facts[j] as T)) parent[find(i)] = find(j);
      }
      bucket.push(i);
      buckets.set(key, bucket);
    }
  }
  const groups = new Map<number, T[]>();
  facts.forEach((f, i) => {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(f);
    else groups.set(r, [f]);
  });
  return [...groups.values()].filter(spansArticles);
}

/** Whether a group holds facts of more than one article: a walk that stops at the first other article, no set per group. */
function spansArticles(g: Fact[]): boolean {
  const first = (g[0] as Fact).articleId;
  for (let i = 1; i < g.length; i++) if ((g[i] as Fact).articleId !== first) return true;
  return false;
}

function sameQuote(wordSet: (q: Quote) => Set<string>) {
  return (a: Quote, b: Quote): boolean => {
    const wa = wordSet(a);
    const wb = wordSet(b);
    if (a.isFragment || b.isFragment) {
      if (!(a.isFragment && b.isFragment)) return false;
      // Scare quotes match only in the same setting: same words around them, with some substance ("Thank you." is
      // every transcript's sentence, no one quotation).
      return [...wa].join(' ') === [...wb].join(' ') && sentenceOverlap(a, b) && sharesLongWords(sentenceWords.get(a.id) ?? wa, sentenceWords.get(b.id) ?? wb);
    }
    const { j, contain } = jaccard(wa, wb);
    return Math.min(wa.size, wb.size) >= 4 && (j >= 0.45 || contain >= 0.8) && sharesLongWords(wa, wb);
  };
}

/** Words of this many letters or more carry what a quotation says; shorter ones are its grammar and courtesies. */
const LONG_WORD = 5;
/** The least number of long words two reports of one quotation share. */
const SHARED_LONG_WORDS = 4;

/**
 * Whether two quotations share enough words of substance to be one: "Mr. President, thank you so very much." and
 * "Thank you very much, Mr. President and Mr. Prime Minister." (two White House transcripts, 2022 and 2024) share
 * six of seven words but only "thank" and "president" of substance: two courtesies, two speakers, no disagreement.
 */
function sharesLongWords(wa: Set<string>, wb: Set<string>): boolean {
  let shared = 0;
  for (const w of wa) if (w.length >= LONG_WORD && wb.has(w) && ++shared >= SHARED_LONG_WORDS) return true;
  return false;
}

let sentenceWords: Map<string, Set<string>> = new Map();
/** The same words joined, for the exact key of a scare quote: joined once per quotation, not once per key built. */
let sentenceWordsJoined: Map<string, string> = new Map();
function sentenceOverlap(a: Fact, b: Fact): boolean {
  const sa = sentenceWords.get(a.id);
  const sb = sentenceWords.get(b.id);
  return !!sa && !!sb && jaccard(sa, sb).j >= 0.2;
}

/**
 * The meetings of a group that another article's meeting, the same by itself and dated, confirms.
 * Meetings alike in everything sameMeeting reads are compared once, so a cluster of many copies stays linear.
 */
function withDatedTwin(group: Meeting[], sameMeeting: (a: Meeting, b: Meeting) => boolean, persons: (m: Meeting) => string[]): Set<Meeting> {
  const kinds = new Map<string, { rep: Meeting; articles: Set<string> }>();
  for (const o of group) {
    if (!(o.date || o.when)) continue;
    const key = `${o.place}|${o.what}|${o.type}|${persons(o).join(',')}`;
    const kind = kinds.get(key);
    if (kind) kind.articles.add(o.articleId);
    else kinds.set(key, { rep: o, articles: new Set([o.articleId]) });
  }
  const out = new Set<Meeting>();
  const memo = new Map<string, boolean>();
  const kindList = [...kinds.values()];
  for (const m of group) {
    const key = `${m.place}|${m.what}|${m.type}|${persons(m).join(',')}|${m.articleId}`;
    let ok = memo.get(key);
    if (ok === undefined) {
      ok = kindList.some(({ rep, articles }) => (articles.size > 1 || !articles.has(m.articleId)) && sameMeeting(m, rep));
      memo.set(key, ok);
    }
    if (ok) out.add(m);
  }
  return out;
}

/**
 * Each quotation's words, worked out when first asked and kept: for matching (as a set) and for
 * comparing wordings (in order). Only the quotations compared (one per identical text) and those of
 * a cluster ask, so most quotations of a library never pay for them.
 */
function quoteWords(): { wordListOf: (q: Quote) => string[]; wordSetOf: (q: Quote) => Set<string> } {
  const wordLists = new Map<Quote, string[]>();
  const wordListOf = (q: Quote) => {
    let list = wordLists.get(q);
    if (!list) wordLists.set(q, (list = normalizeWords(q.text)));
    return list;
  };
  const words = new Map<string, Set<string>>();
  const wordSetOf = (q: Quote) => {
    let set = words.get(q.id);
    if (!set) words.set(q.id, (set = new Set(wordListOf(q))));
    return set;
  };
  return { wordListOf, wordSetOf };
}

/**
 * Clusters the same quote, meeting or figure across articles, fills `supportedBy`, and reports
 * where sources disagree: another speaker, another wording, another date, standby vs deployed.
 *
 * @param bodies article id → body, to quote what each source says
 */
export function crossReference(articles: ArticleFacts[], bodies: Map<string, string>, years: Map<string, number> = new Map()): { clusters: Cluster[]; conflicts: Conflict[] } {
  const clusters: Cluster[] = [];
  const conflicts: Conflict[] = [];
  // Sentence words matter only for telling scare quotes apart; computed for those alone.
  sentenceWords = new Map();
  sentenceWordsJoined = new Map();
  for (const a of articles) {
    for (const f of a.quotes) {
      f.supportedBy = [f.articleId];
      if (!f.isFragment) continue;
      const words = new Set(normalizeWords((bodies.get(f.articleId) ?? '').slice(f.sentence.start, f.sentence.end)));
      sentenceWords.set(f.id, words);
      sentenceWordsJoined.set(f.id, [...words].join(' '));
    }
    for (const f of a.meetings) f.supportedBy = [f.articleId];
    for (const f of a.figures) f.supportedBy = [f.articleId];
  }

  const addConflict: Sink['addConflict'] = (c, facts) => {
    const id = stableId('conflict', c.kind, ...c.claims.map((x) => `${x.article}:${x.start}`));
    conflicts.push({ id, ...c });
    for (const f of facts) if (!f.conflictIds.includes(id)) f.conflictIds.push(id);
  };
  const register: Sink['register'] = (kind, group) => {
    const arts: string[] = [];
    const seenArticles = new Set<string>();
    for (const f of group) {
      if (seenArticles.has(f.articleId)) continue;
      seenArticles.add(f.articleId);
      arts.push(f.articleId);
    }
    for (const f of group) f.supportedBy = arts;
    const factIds = group.map((f) => f.id);
    clusters.push({ id: stableId('cluster', kind, ...[...factIds].sort()), kind, factIds, articles: arts });
  };

  const sink: Sink = { addConflict, register };
  crossQuotes(articles, sink);
  crossFigures(articles, sink);
  crossMeetings(articles, years, sink);
  return { clusters, conflicts };
}

/** Where each kind's clusters and conflicts go, in the order they are found. */
type Sink = {
  addConflict: (c: Omit<Conflict, 'id'>, facts: Fact[]) => void;
  register: (kind: Fact['kind'], group: Fact[]) => void;
};

/** The same quotation across reports: another speaker, another wording. */
function crossQuotes(articles: ArticleFacts[], { addConflict, register }: Sink): void {
  const quotes = articles.flatMap((a) => a.quotes);
  const { wordListOf, wordSetOf } = quoteWords();
  const quoteKeys = (q: Quote) => {
    const w = [...wordSetOf(q)];
    return q.isFragment ? [w.join(' ')] : w.filter((x) => x.length >= 5).sort((x, y) => y.length - x.length).slice(0, 4);
  };
  for (const group of groupBy(quotes, (a, b) => a.articleId !== b.articleId && sameQuote(wordSetOf)(a, b), quoteKeys, (q) => `${q.speaker}\u0000${q.text}\u0000${q.isFragment}\u0000${sentenceWordsJoined.get(q.id) ?? ''}`)) {
    register('quote', group);
    const speakers = new Map<string, Quote>();
    for (const q of group) if (q.speaker && !speakers.has(q.speaker)) speakers.set(q.speaker, q);
    const sample = (group[0] as Quote).text.slice(0, 60);
    if (speakers.size > 1) {
      addConflict({
        kind: 'speaker',
        about: `Who said “${sample}…”`,
        claims: [...speakers.values()].map((q) => ({ article: q.articleId, says: q.speaker as string, start: q.start, end: q.end, factId: q.id })),
      }, group);
    }
    const wordings = new Map<string, Quote>();
    // Copies of one text (wire copy) have one wording: its words are joined once.
    const wordingOfText = new Map<string, string>();
    for (const q of group) {
      let wording = wordingOfText.get(q.text);
      if (wording === undefined) wordingOfText.set(q.text, (wording = wordListOf(q).join(' ')));
      wordings.set(wording, q);
    }
    const distinct = [...wordings.entries()].filter(([w], _i, arr) => !arr.some(([o]) => o !== w && o.includes(w)));
    if (distinct.length > 1) {
      addConflict({
        kind: 'wording',
        about: `The wording of the quotation “${sample}…”`,
        claims: distinct.map(([, q]) => ({ article: q.articleId, says: q.text, start: q.start, end: q.end, factId: q.id })),
      }, group);
    }
  }
}

/** The same figure across reports: on standby in one, deployed in another. */
function crossFigures(articles: ArticleFacts[], { addConflict, register }: Sink): void {
  const figures = articles.flatMap((a) => a.figures);
  for (const group of groupBy(figures, (a, b) => a.articleId !== b.articleId && a.value === b.value && a.unit === b.unit, (f) => [`${f.value}|${f.unit}`], (f) => `${f.value}|${f.unit}`)) {
    register('figure', group);
    const standby = group.filter((f) => f.status && STANDBY.has(f.status));
    const deployed = group.filter((f) => f.status && !STANDBY.has(f.status));
    if (standby.length && deployed.length) {
      const f0 = group[0] as Figure;
      addConflict({
        kind: 'status',
        about: `Whether the ${f0.raw} ${f0.unit} are on standby or deployed`,
        claims: [...standby, ...deployed].map((f) => ({ article: f.articleId, says: `${f.raw} ${f.unit} ${f.status}`, start: f.start, end: f.end, factId: f.id })),
      }, group);
    }
  }
}

/** The same meeting across reports: another date. */
function crossMeetings(articles: ArticleFacts[], years: Map<string, number>, { addConflict, register }: Sink): void {
  const meetings = articles.flatMap((a) => a.meetings);
  // Named people of a meeting, worked out once per meeting: sameMeeting runs for many pairs.
  const personsOf = new Map<Meeting, string[]>();
  const persons = (m: Meeting) => {
    let list = personsOf.get(m);
    if (!list) {
      list = m.participants.filter((x) => x.includes(' '));
      personsOf.set(m, list);
    }
    return list;
  };
  // Same place, and not two different sets of named people (Blinken–Lavrov in Geneva is not the US–Russia round).
  const sameMeeting = (a: Meeting, b: Meeting) => {
    // A city hosts many meetings: reports of other years tell other ones (a 2011 press conference in
    // Washington is not the 2022 forum there), however alike their words.
    const ya = years.get(a.articleId);
    const yb = years.get(b.articleId);
    if (ya !== undefined && yb !== undefined && ya !== yb) return false;
    const pa = persons(a);
    const pb = persons(b);
    if ((pa.length >= 2 && pb.length === 0) || (pb.length >= 2 && pa.length === 0)) return false;
    if (pa.length && pb.length && !pa.some((x) => pb.includes(x))) return false;
    if (a.type === 'call' || b.type === 'call' || a.type === 'video-conference' || b.type === 'video-conference') return false;
    return (a.place !== null && a.place !== 'virtual' && a.place === b.place) || (a.what.length > 12 && a.what.toLowerCase() === b.what.toLowerCase());
  };
  for (const group of groupBy(meetings, (a, b) => a.articleId !== b.articleId && sameMeeting(a, b), (m) => [m.place ?? '', m.what.toLowerCase()], (m) => `${m.place}|${m.what}|${m.when}|${persons(m).join(',')}|${m.type}|${years.get(m.articleId) ?? ''}`)) {
    register('meeting', group);
    // Compare only meetings that are the same by themselves, not through a third article.
    const twinned = withDatedTwin(group, sameMeeting, persons);
    const dated = group.filter((m) => (m.date || (m.when && /day\b/i.test(m.when))) && twinned.has(m));
    const keyOf = (m: Meeting) => m.date ?? (m.when ?? '').toLowerCase().match(/(mon|tues|wednes|thurs|fri|satur|sun)day/)?.[0] ?? '';
    const byKey = new Map<string, Meeting>();
    for (const m of dated) if (keyOf(m) && !byKey.has(keyOf(m))) byKey.set(keyOf(m), m);
    const weekdays = new Set([...byKey.values()].map((m) => (m.when ?? '').toLowerCase().match(/(mon|tues|wednes|thurs|fri|satur|sun)day/)?.[0] ?? m.date));
    if (byKey.size > 1 && weekdays.size > 1) {
      const m0 = group[0] as Meeting;
      addConflict({
        kind: 'date',
        about: `When the ${m0.what}${m0.place ? ` in ${m0.place}` : ''} took place`,
        claims: [...byKey.values()].map((m) => ({ article: m.articleId, says: m.date ? `${m.when} (${m.date})` : (m.when as string), start: m.start, end: m.end, factId: m.id })),
      }, group);
    }
  }
}

/**
 * The year each report is of: its publication date's, else the one year its dated meetings all fall in
 * (the five articles carry no date line, but their meetings are dated in 2022); absent when neither tells.
 */
export function reportYears(inputs: { id: string; date?: string | null }[], facts: ArticleFacts[]): Map<string, number> {
  const years = new Map<string, number>();
  for (const a of inputs) if (a.date) years.set(a.id, Number(a.date.slice(0, 4)));
  for (const f of facts) {
    if (years.has(f.id)) continue;
    const dated = new Set(f.meetings.map((m) => m.date?.slice(0, 4)).filter((y): y is string => !!y));
    if (dated.size === 1) years.set(f.id, Number([...dated][0]));
  }
  return years;
}
