/**
 * Scores extraction on a folder of hand-annotated articles (a `gold.json` beside the `.txt` files):
 * quote recall, right and wrong speakers, fragments, meetings by place, figures by value. Shared by
 * the corpus tests: unseen, heldout and retired-blind (their misses were read to find pattern classes)
 * and blind (never looked at: its test prints totals only).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { extractLibrary, parseArticleFile, type ArticleFacts } from '@/lib/extract';

interface GoldQuote { snippet: string; speaker: string | null; fragment: boolean }
interface GoldMeeting { place: string | null; when: string | null; what: string }
interface GoldFigure { value: number; unit: string; snippet: string }
interface GoldArticle { file: string; quotes: GoldQuote[]; meetings: GoldMeeting[]; figures: GoldFigure[] }


/** Case, curly/straight quotes, dashes and whitespace differ between gold and extraction without meaning anything. */
const norm = (s: string) =>
  s.toLowerCase().replace(/[‘’`]/g, "'").replace(/[“”„]/g, '"').replace(/[–—]/g, '-').replace(/\s+/g, ' ').trim();

const STOP = new Set(['a', 'an', 'the', 'of', 'for', 'with', 'at', 'and', 'in', 'to', 'on', 'one', 'who', 'not', 'by']);
const words = (s: string) => norm(s).split(/[^\p{L}\p{N}-]+/u).filter((w) => w && !STOP.has(w));
/** "a senior EU diplomat", "the German environment ministry": anonymous or organisational sources. */
const isDescription = (speaker: string) => /^(a|an|the|one)\s/i.test(speaker);

/** Names match on the surname; descriptions match when they share a content word. */
function sameSpeaker(got: string | null, want: string): boolean {
  if (got === null) return false;
  if (isDescription(want)) {
    const have = new Set(words(got));
    return words(want).some((w) => have.has(w));
  }
  const surname = words(want).filter((w) => !/^(jr|sr|ii|iii)\.?$/.test(w)).at(-1);
  return surname !== undefined && norm(got).includes(surname);
}

function placeMatches(got: string | null, want: GoldMeeting): boolean {
  if (want.place === null) return got === null;
  if (got === null) return false;
  if (want.place === 'virtual') return /virtual|video|online/.test(norm(got));
  return norm(got).includes(norm(want.place)) || norm(want.place).includes(norm(got));
}

export interface Score {
  file: string;
  quotes: number;
  found: number;
  rightSpeaker: number;
  wrongSpeaker: number;
  fragments: number;
  fragmentsFound: number;
  meetings: number;
  meetingsFound: number;
  /** Extracted meetings that satisfied no gold entry: the precision side of meeting recall. */
  meetingsSpurious: number;
  figures: number;
  figuresFound: number;
  misses: string[];
  /** Per attribution pass: gold quotations (found, not fragments) it gave a speaker, and how many rightly. */
  passes: Record<string, PassScore>;
}

export interface PassScore { given: number; right: number }

function scoreArticle(g: GoldArticle, facts: ArticleFacts): Score {
  const s: Score = {
    file: g.file, quotes: 0, found: 0, rightSpeaker: 0, wrongSpeaker: 0, fragments: 0, fragmentsFound: 0,
    meetings: g.meetings.length, meetingsFound: 0, meetingsSpurious: 0, figures: g.figures.length, figuresFound: 0, misses: [], passes: {},
  };
  const taken = new Set<ArticleFacts['quotes'][number]>();
  for (const q of g.quotes) {
    // The extractor shows quoted words without the comma, colon or dash that closes them inside the marks
    // (cleanQuoteText): "While many folks —", cut off by a reporter, is shown as "While many folks".
    const snippet = norm(q.snippet).replace(/[\s,;:-]+$/, '');
    // A short line said twice ("Thank you.") is the quotation written exactly so, else one no earlier gold line took.
    const hits = facts.quotes.filter((x) => norm(x.text).includes(snippet));
    const hit = hits.find((x) => norm(x.text).replace(/[\s,;:-]+$/, '') === snippet) ?? hits.find((x) => !taken.has(x)) ?? hits[0];
    if (hit) taken.add(hit);
    if (q.fragment) {
      s.fragments++;
      if (hit) s.fragmentsFound++;
      continue;
    }
    s.quotes++;
    if (!hit) {
      s.misses.push(`not found: “${q.snippet}” (${q.speaker})`);
      continue;
    }
    s.found++;
    const isRight = q.speaker !== null && sameSpeaker(hit.speaker, q.speaker);
    if (hit.speaker !== null) {
      const p = (s.passes[hit.pass ?? 'unknown'] ??= { given: 0, right: 0 });
      p.given++;
      if (isRight) p.right++;
    }
    if (isRight) s.rightSpeaker++;
    else {
      if (hit.speaker !== null) s.wrongSpeaker++;
      s.misses.push(`speaker: “${q.snippet}” → ${hit.speaker ?? 'null'} [${hit.pass ?? hit.method}], want ${q.speaker}`);
    }
  }
  // Each extracted meeting or figure may satisfy one gold entry only, so "10%" cannot count for both 10% lines.
  const meetingsLeft = [...facts.meetings];
  for (const m of g.meetings) {
    // Without a place, the time must agree too; a meeting the gold gives neither place nor time needs an extracted one with neither.
    const i = meetingsLeft.findIndex((x) =>
      placeMatches(x.place, m) && (m.place !== null || (m.when === null ? x.when === null : x.when !== null && norm(x.when).includes(words(m.when)[0] ?? ''))));
    if (i >= 0) { s.meetingsFound++; meetingsLeft.splice(i, 1); } else s.misses.push(`meeting: ${m.what} (${m.place ?? '?'}, ${m.when})`);
  }
  s.meetingsSpurious = meetingsLeft.length;
  for (const x of meetingsLeft) s.misses.push(`spurious meeting: ${x.what} (${x.place ?? '?'}, ${x.when}) [${x.participants.join(', ')}]`);
  // Value alone would let "Four members" stand in for "4%"; the number as written must overlap the gold snippet too.
  const figuresLeft = [...facts.figures];
  for (const f of g.figures) {
    const i = figuresLeft.findIndex((x) => Math.abs(x.value - f.value) <= 1e-9 * Math.max(1, Math.abs(f.value))
      && (norm(f.snippet).includes(norm(x.raw)) || norm(x.raw).includes(norm(f.snippet))));
    if (i >= 0) { s.figuresFound++; figuresLeft.splice(i, 1); } else s.misses.push(`figure: ${f.snippet} (${f.value} ${f.unit})`);
  }
  return s;
}

export const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const pct = (a: number, b: number) => `${(100 * ratio(a, b)).toFixed(0)}%`.padStart(5);

function formatTable(title: string, rows: Score[], total: Score, showMisses: boolean): string {
  const line = (r: Score) =>
    [r.file.padEnd(32), `${r.found}/${r.quotes}`.padStart(7), pct(r.found, r.quotes), pct(r.rightSpeaker, r.found),
      String(r.wrongSpeaker).padStart(5), `${r.fragmentsFound}/${r.fragments}`.padStart(6),
      `${r.meetingsFound}/${r.meetings}`.padStart(6), pct(r.meetingsFound, r.meetings), String(r.meetingsSpurious).padStart(5),
      `${r.figuresFound}/${r.figures}`.padStart(6), pct(r.figuresFound, r.figures)].join(' | ');
  const head = ['article'.padEnd(32), 'quotes'.padStart(7), 'recl'.padStart(5), 'spkr'.padStart(5), 'wrong', 'frags'.padStart(6),
    'meet'.padStart(6), 'recl'.padStart(5), 'spur.', 'figs'.padStart(6), 'recl'.padStart(5)].join(' | ');
  return [
    `${title}: recl = recall, spkr = right speaker among found quotes,`,
    'wrong = found quotes with a non-null speaker that does not match the gold, spur. = extracted meetings matching no gold meeting.',
    'Bars on real news: quotes found with the right speaker >= 0.90, wrong speakers <= 2% of those given one.',
    head, '-'.repeat(head.length), ...(showMisses ? rows.map(line) : []), '-'.repeat(head.length), line(total),
    ...(showMisses ? ['', 'Misses:', ...rows.flatMap((r) => r.misses.map((m) => `  ${r.file}: ${m}`))] : ['(per-article rows and misses withheld: this corpus stays blind)']),
  ].join('\n');
}

function sumPasses(rows: Score[]): Record<string, PassScore> {
  const out: Record<string, PassScore> = {};
  for (const r of rows) {
    for (const [name, p] of Object.entries(r.passes)) {
      const t = (out[name] ??= { given: 0, right: 0 });
      t.given += p.given;
      t.right += p.right;
    }
  }
  return out;
}

/** Precision per attribution pass: of the gold quotations a pass gave a speaker, how many got the right one. */
function formatPasses(passes: Record<string, PassScore>): string {
  const rows = Object.entries(passes).sort((a, b) => b[1].given - a[1].given);
  const head = ['pass'.padEnd(20), 'given'.padStart(6), 'right'.padStart(6), 'wrong'.padStart(6), 'precision'.padStart(9)].join(' | ');
  return ['Precision per attribution pass (gold quotations, fragments excluded):', head, '-'.repeat(head.length),
    ...rows.map(([name, p]) => [name.padEnd(20), String(p.given).padStart(6), String(p.right).padStart(6), String(p.given - p.right).padStart(6),
      pct(p.right, p.given).padStart(9)].join(' | '))].join('\n');
}

export interface CorpusScore {
  files: number;
  total: Score;
  /** The table and the list of misses, for the test log. */
  table: string;
}

/**
 * Extracts every article of `tests/fixtures/<folder>` as one library and scores it against the gold.
 *
 * @example
 * const { total, table } = scoreCorpus('heldout', 'Held-out articles');
 * console.log(table); ratio(total.rightSpeaker, total.found); // → 0.9…
 */
export function scoreCorpus(folder: string, title: string, showMisses = true): CorpusScore {
  const dir = path.resolve(import.meta.dirname, '../../fixtures', folder);
  const gold = JSON.parse(readFileSync(path.join(dir, 'gold.json'), 'utf8')) as { articles: GoldArticle[] };
  const inputs = gold.articles.map((g) => parseArticleFile(g.file, readFileSync(path.join(dir, g.file), 'utf8')));
  const lib = extractLibrary(inputs);
  const rows = gold.articles.map((g, i) => {
    const facts = lib.articles.find((a) => a.id === inputs[i]!.id);
    if (!facts) throw new Error(`no facts for ${g.file}`);
    return scoreArticle(g, facts);
  });
  const sum = (k: keyof Omit<Score, 'file' | 'misses' | 'passes'>) => rows.reduce((n, r) => n + r[k], 0);
  const total: Score = {
    file: 'TOTAL', quotes: sum('quotes'), found: sum('found'), rightSpeaker: sum('rightSpeaker'), wrongSpeaker: sum('wrongSpeaker'),
    fragments: sum('fragments'), fragmentsFound: sum('fragmentsFound'), meetings: sum('meetings'), meetingsFound: sum('meetingsFound'), meetingsSpurious: sum('meetingsSpurious'),
    figures: sum('figures'), figuresFound: sum('figuresFound'), misses: [], passes: sumPasses(rows),
  };
  const table = [formatTable(`${title} (tests/fixtures/${folder})`, rows, total, showMisses), '', formatPasses(total.passes)].join('\n');
  return { files: inputs.length, total, table };
}

export interface CorpusFloor { quoteRecall: number; speakerAccuracy: number; wrongSpeakersMax: number; meetingRecall: number; figureRecall: number }

/**
 * The regression suite of one scored corpus: every article read, and each figure at or above its
 * floor. Floors sit just below today's figures; raise them whenever the extractor improves.
 */
export function describeCorpus(opts: { folder: string; title: string; articles: number; floor: CorpusFloor; showMisses?: boolean }): void {
  const { folder, title, articles, floor } = opts;
  describe(`extraction on ${title.toLowerCase()}`, () => {
    const { files, total, table } = scoreCorpus(folder, title, opts.showMisses ?? true);
    console.log(table);

    it('reads every article', () => expect(files).toBe(articles));

    it('finds the quotations and attributes them to the right speaker (regression floors)', () => {
      expect(ratio(total.found, total.quotes)).toBeGreaterThanOrEqual(floor.quoteRecall);
      expect(ratio(total.rightSpeaker, total.found)).toBeGreaterThanOrEqual(floor.speakerAccuracy);
      expect(total.wrongSpeaker).toBeLessThanOrEqual(floor.wrongSpeakersMax);
    });

    it('finds the meetings by place and the figures by value (regression floors)', () => {
      expect(ratio(total.meetingsFound, total.meetings)).toBeGreaterThanOrEqual(floor.meetingRecall);
      expect(ratio(total.figuresFound, total.figures)).toBeGreaterThanOrEqual(floor.figureRecall);
    });
  });
}
