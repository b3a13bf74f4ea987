/**
 * The review harness, and the verdicts kept from reviews: a question once sent back (fix or reject)
 * must never come back in the same form. Each verdict file names the library its sheet was drawn
 * from, so the bank is rebuilt exactly as the reviewer saw it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import { buildContext } from '@/lib/generate/context';
import { readArticleFiles, readCuratedPeople } from '@/lib/cli/read-article-files';
import { fingerprint, parseSheet, renderSheet, sampleByKind, summarise } from '@/lib/cli/review-format';
import { readVerdictFile } from '@/lib/cli/review-sample';
import { acceptedNote } from '@/lib/grading/accepted';
import type { Question } from '@/lib/generate/types';
import { realLibrary } from './banks';

const root = path.join(import.meta.dirname, '../../..');
const dir = path.join(root, 'tests/fixtures/question-review');

describe('review sheet', () => {
  const { facts, articles } = realLibrary();
  const bank = generateBank(facts, articles).questions;
  const ctx = buildContext(facts, articles, 'cited');

  it('draws the same seeded sample every time, at most N per kind', () => {
    const a = sampleByKind(bank, 's1', 3);
    expect(sampleByKind(bank, 's1', 3).map((q) => q.id)).toEqual(a.map((q) => q.id));
    const perKind = new Map<string, number>();
    for (const q of a) perKind.set(q.kind, (perKind.get(q.kind) ?? 0) + 1);
    for (const n of perKind.values()) expect(n).toBeLessThanOrEqual(3);
  });

  it('reads back the verdicts written into a sheet, with the form that was judged', () => {
    const sample = sampleByKind(bank, 's2', 1);
    const sheet = renderSheet(ctx, sample, { seed: 's2', perKind: 1, files: ['a.md'], total: bank.length });
    const first = sample[0]!;
    const filled = sheet.replace('- Verdict (sign / fix / reject): ', '- Verdict (sign / fix / reject): reject').replace('- Defect: ', '- Defect: `fragment`');
    const { verdicts, library, seed } = parseSheet(filled);
    expect(library).toEqual(['a.md']);
    expect(seed).toBe('s2');
    expect(Object.keys(verdicts)).toEqual([first.id]);
    expect(verdicts[first.id]).toMatchObject({ verdict: 'reject', defect: 'fragment', kind: first.kind, fingerprint: fingerprint(first), answer: first.answer });
    expect(summarise(verdicts)).toMatchObject({ total: 1, signed: 0, defects: { fragment: 1 } });
  });

  it('shows the source by its headline, never by a file id', () => {
    const sheet = renderSheet(ctx, sampleByKind(bank, 's3', 2), { seed: 's3', perKind: 2, files: [], total: bank.length });
    for (const line of sheet.split('\n').filter((l) => l.startsWith('**Source:**'))) expect(line).not.toMatch(/\d{3}_[0-9a-f]{16}/);
  });
});

/** Sent-back questions fixed in text the fingerprint does not cover, each with the checks that say so. */
type OutsideFix = { reviews: string[]; shownExcludes: string[]; shownIncludes: string[] };
const outsideFixes: Record<string, OutsideFix> = JSON.parse(readFileSync(path.join(dir, 'fixed-outside-fingerprint.json'), 'utf8')).fixes;

/** Why a question that came back in the judged form is still not fixed, or null when its recorded fix holds. */
function stillUnfixed(review: string, q: Question): string | null {
  const fix = outsideFixes[q.id];
  if (!fix?.reviews.includes(review)) return 'same form';
  const shown = `${q.explanation}\n${acceptedNote({ kind: q.kind, choices: q.choices, answer: q.answer, numeric: q.numeric ?? null, tags: q.tags }) ?? ''}`;
  const bad = fix.shownExcludes.filter((t) => shown.includes(t)).map((t) => `shows “${t}”`);
  const lost = fix.shownIncludes.filter((t) => !shown.includes(t)).map((t) => `no longer shows “${t}”`);
  return bad.length + lost.length > 0 ? [...bad, ...lost].join('; ') : null;
}

const verdictFiles = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'fixed-outside-fingerprint.json').sort();

describe.each(verdictFiles.map((f) => [f]))('verdicts kept in %s', (name) => {
  const file = readVerdictFile(path.join(dir, name))!;
  const paths = file.library.map((f) => path.join(root, f));
  // Every reviewed library is in the repository (blind-15 judged the blind extraction set's articles,
  // tests/fixtures/realnews-blind: its verdicts are about questions, and the extractor is not tuned on them).
  const missing = paths.filter((p) => !existsSync(p));
  const { articles } = readArticleFiles(paths.filter((p) => !missing.includes(p)));
  const facts = extractLibrary(articles, { curated: readCuratedPeople(path.join(root, 'content/people.json')) });
  const bank = generateBank(facts, articles).questions;

  it('rebuilds the reviewed library', () => {
    expect(missing).toEqual([]);
    expect(articles.length).toBe(file.library.length);
  });

  it('never brings back a question sent back for a defect in the same form', () => {
    const now = new Map(bank.map((q) => [fingerprint(q), q]));
    const review = name.replace(/\.json$/, '');
    const back = Object.entries(file.verdicts)
      .filter(([, v]) => v.verdict !== 'sign' && now.has(v.fingerprint))
      .map(([id, v]) => [id, v, stillUnfixed(review, now.get(v.fingerprint)!)] as const)
      .filter(([, , why]) => why !== null)
      .map(([id, v, why]) => `${id} (${v.kind}, ${v.defect ?? 'no defect given'}; ${why}): ${v.prompt.slice(0, 100)}`);
    expect(back).toEqual([]);
  });
});
