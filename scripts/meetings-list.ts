/**
 * Lists every meeting the extractor finds in the open corpora, one line each, so a change to meeting
 * extraction can be diffed for meetings added and removed (false meetings are worse than misses: the
 * generator asks questions from them):
 *
 *   npx tsx scripts/meetings-list.ts > /tmp/before.tsv && … && npx tsx scripts/meetings-list.ts > /tmp/after.tsv
 *   diff /tmp/before.tsv /tmp/after.tsv
 *
 * The blind sets (realnews-blind, realnews-blind2, retired-blind) are never read: nobody may look at their output.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractLibrary } from '@/lib/extract';
import { parseArticleFile } from '@/lib/extract/article-file';

const FOLDERS = [
  'tests/fixtures/realnews-dev', 'tests/fixtures/realnews-dev2', 'tests/fixtures/realnews-dev3', 'tests/fixtures/realnews-dev4', 'tests/fixtures/realnews-dev5', 'tests/fixtures/realnews-dev6', 'tests/fixtures/realnews-dev7',
  'tests/fixtures/unseen', 'tests/fixtures/heldout', 'tests/fixtures/blind', 'content/articles',
];

interface GoldMeeting { place: string | null; when: string | null; what: string }

/** The scorer's matching (tests/unit/extract/corpus-score.ts): place, else the first content word of the time. */
const norm = (s: string) => s.toLowerCase().replace(/[‘’`]/g, "'").replace(/[“”„]/g, '"').replace(/[–—]/g, '-').replace(/\s+/g, ' ').trim();
const STOP = new Set(['a', 'an', 'the', 'of', 'for', 'with', 'at', 'and', 'in', 'to', 'on', 'one', 'who', 'not', 'by']);
const firstWord = (s: string) => norm(s).split(/[^\p{L}\p{N}-]+/u).filter((w) => w && !STOP.has(w))[0] ?? '';
function matches(got: { place: string | null; when: string | null }, want: GoldMeeting): boolean {
  if (want.place === null) return got.place === null && (want.when === null ? got.when === null : got.when !== null && norm(got.when).includes(firstWord(want.when)));
  if (got.place === null) return false;
  if (want.place === 'virtual') return /virtual|video|online/.test(norm(got.place));
  return norm(got.place).includes(norm(want.place)) || norm(want.place).includes(norm(got.place));
}

/** Each extracted meeting marked "=" when it satisfies a gold meeting (each gold entry once, in gold order), else "+". */
function marks(gold: GoldMeeting[] | undefined, got: { place: string | null; when: string | null }[]): string[] {
  if (!gold) return got.map(() => '?');
  const out = got.map(() => '+');
  for (const g of gold) {
    const i = got.findIndex((m, k) => out[k] === '+' && matches(m, g));
    if (i >= 0) out[i] = '=';
  }
  return out;
}

const isArticle = (f: string) => /\.(md|txt)$/.test(f) && !/^(README|sources)\.md$/i.test(f);
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

for (const dir of FOLDERS) {
  if (!existsSync(dir)) continue;
  const inputs = readdirSync(dir).filter(isArticle).sort().map((f) => parseArticleFile(f, readFileSync(path.join(dir, f), 'utf8')));
  const lib = extractLibrary(inputs);
  const goldFile = path.join(dir, 'gold.json');
  const gold = existsSync(goldFile) ? (JSON.parse(readFileSync(goldFile, 'utf8')) as { articles: { file: string; meetings: GoldMeeting[] }[] }).articles : [];
  for (const a of lib.articles) {
    const input = inputs.find((x) => x.id === a.id);
    const body = input?.body ?? '';
    const mark = marks(gold.find((g) => input && g.file.replace(/\.(md|txt)$/, '') === input.id)?.meetings, a.meetings);
    a.meetings.forEach((m, i) => {
      const sentence = oneLine(body.slice(m.start, m.end)).slice(0, 160);
      console.log([mark[i], path.basename(dir), a.id, m.what, m.type, m.place ?? '-', m.when ?? '-', sentence].join('\t'));
    });
  }
}
